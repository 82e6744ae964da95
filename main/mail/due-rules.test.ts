import { describe, expect, it } from 'vitest';
import { dueProposals, invitationsDue, outcomeRequestsDue, remindersDue, welcomesDue } from './due-rules.ts';

const TODAY = '2027-03-10';
const NOW = '2027-03-10T09:00:00.000Z';

describe('what is due to be sent (pure rules)', () => {
  it('reminds of events starting today (later on) and within two Oslo days, not of started or later ones', () => {
    const due = remindersDue(
      [
        { id: 'started', startsAt: '2027-03-10T08:00:00.000Z' },
        { id: 'tonight', startsAt: '2027-03-10T17:00:00.000Z' },
        // 00:30 on 13 March in Oslo is 23:30 UTC on the 12th: three days ahead, not two.
        { id: 'day-three', startsAt: '2027-03-12T23:30:00.000Z' },
        { id: 'day-two', startsAt: '2027-03-12T22:30:00.000Z' },
      ],
      TODAY,
      NOW,
    );
    expect(due.map((d) => [d.request.eventId, d.reason])).toEqual([
      ['tonight', { code: 'event_soon', startsOn: '2027-03-10', days: 0 }],
      ['day-two', { code: 'event_soon', startsOn: '2027-03-12', days: 2 }],
    ]);
  });

  it('invites to koblingsmøter booked with a time that lies ahead', () => {
    const due = invitationsDue(
      [
        { matchId: 'ahead', status: 'intro_meeting', meetingAt: '2027-03-20T17:30:00.000Z' },
        { matchId: 'no-time', status: 'intro_meeting', meetingAt: null },
        { matchId: 'past', status: 'intro_meeting', meetingAt: '2027-03-01T17:30:00.000Z' },
        { matchId: 'confirmed', status: 'active', meetingAt: '2027-03-20T17:30:00.000Z' },
      ],
      NOW,
    );
    expect(due.map((d) => d.request)).toEqual([{ template: 'intro-meeting', matchId: 'ahead' }]);
  });

  it('welcomes everyone registered in the last 30 days in one group', () => {
    const due = welcomesDue(
      [
        { participantId: 'today', registeredOn: TODAY },
        { participantId: 'day-30', registeredOn: '2027-02-08' },
        { participantId: 'day-31', registeredOn: '2027-02-07' },
        { participantId: 'future', registeredOn: '2027-03-11' },
      ],
      TODAY,
    );
    expect(due).toEqual([{ request: { template: 'welcome', personIds: ['today', 'day-30'] }, reason: { code: 'newly_registered', count: 2 }, sortKey: '2:welcome' }]);
    expect(welcomesDue([], TODAY)).toEqual([]);
  });

  it('asks for outcomes per checkpoint from the day they fall due, for 60 days', () => {
    const due = outcomeRequestsDue(
      [
        { participantId: 'a', timepoint: 'exit', dueOn: TODAY },
        { participantId: 'b', timepoint: '3m', dueOn: '2027-01-08' },
        { participantId: 'c', timepoint: '3m', dueOn: '2027-01-09' },
        { participantId: 'd', timepoint: '6m', dueOn: '2027-03-11' },
      ],
      TODAY,
    );
    expect(due.map((d) => d.request)).toEqual([
      { template: 'outcome-request', checkpoint: 'exit', personIds: ['a'] },
      { template: 'outcome-request', checkpoint: '3m', personIds: ['c'] },
    ]);
  });

  it('lists koblingsmøter first, then reminders by time, welcomes and outcome requests', () => {
    const all = dueProposals(
      {
        events: [{ id: 'e', startsAt: '2027-03-11T17:00:00.000Z' }],
        meetings: [{ matchId: 'm', status: 'intro_meeting', meetingAt: '2027-04-01T10:00:00.000Z' }],
        newcomers: [{ participantId: 'n', registeredOn: TODAY }],
        outcomes: [{ participantId: 'o', timepoint: '6m', dueOn: TODAY }],
      },
      TODAY,
      NOW,
    );
    expect(all.map((p) => p.request.template)).toEqual(['intro-meeting', 'event-reminder', 'welcome', 'outcome-request']);
  });
});
