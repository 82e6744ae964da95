import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { explanationText } from '../explain.ts';
import { accepted, activeMatch, closeProgrammesAfterEach, matchRow, readyPeople, snapshot, stageOf, today } from '../../test/lifecycle.ts';
import { addMonths } from '../../../shared/calendar-date.ts';

const { demoProgramme } = closeProgrammesAfterEach();

describe('matching.bookIntroMeeting', () => {
  it('books and moves the koblingsmøte with a time and place while it is pending, and is refused after', async () => {
    const p = await demoProgramme();
    const [participantId] = await readyPeople(p, 1);
    const [best] = await p.call('matching.suggest', { participantId: participantId!, top: 1 });
    const { matchId } = await p.call('matching.accept', { participantId: participantId!, mentorId: best!.mentorId, introMeetingOn: `${today}T09:15`, introMeetingPlace: 'Kafé' });
    expect(matchRow(p, matchId)).toMatchObject({ introMeetingAt: `${today}T09:15`, introMeetingPlace: 'Kafé' });

    const later = addMonths(today, 1);
    expect(await p.call('matching.bookIntroMeeting', { matchId, introMeetingAt: `${later}T14:30`, introMeetingPlace: 'Skien bibliotek' })).toEqual({ matchId });
    const [listed] = await p.call('matching.list', { participantId: participantId! });
    expect(listed).toMatchObject({ status: 'intro_meeting', introMeetingAt: `${later}T14:30`, introMeetingPlace: 'Skien bibliotek' });
    const audit = await p.call('audit.forPerson', { personId: participantId! });
    expect(audit.filter((a) => a.entity === 'matches').at(-1)).toMatchObject({ action: 'update', fields: ['introMeetingAt', 'introMeetingPlace'] });

    const before = snapshot(p);
    for (const bad of [`${later}T25:00`, '2026-02-30', `${later} 14:30`, 'i morgen']) {
      expect(await p.api.call('matching.bookIntroMeeting', { matchId, introMeetingAt: bad, introMeetingPlace: null })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    }
    expect(await p.api.call('matching.accept', { participantId: participantId!, mentorId: best!.mentorId, introMeetingOn: 'snart' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('matching.bookIntroMeeting', { matchId: 'nothing', introMeetingAt: later, introMeetingPlace: null })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(snapshot(p)).toBe(before);

    // A date alone is fine; the start may not be before the koblingsmøte's day.
    await p.call('matching.bookIntroMeeting', { matchId, introMeetingAt: today, introMeetingPlace: null });
    await p.call('matching.confirm', { matchId, startOn: today });
    const active = snapshot(p);
    expect(await p.api.call('matching.bookIntroMeeting', { matchId, introMeetingAt: later, introMeetingPlace: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'active', event: 'reschedule' } },
    });
    expect(snapshot(p)).toBe(active);
  });
});

describe('matching.update and matching.meetings', () => {
  it('edits goals and planned end of a running period only, and lists the meeting log newest first', async () => {
    const p = await demoProgramme();
    const intro = await accepted(p);
    const before = snapshot(p);
    expect(await p.api.call('matching.update', { matchId: intro.matchId, goals: 'Nytt mål' })).toMatchObject({ ok: false, error: { code: 'MATCHING_TRANSITION_REFUSED', details: { from: 'intro_meeting' } } });
    expect(snapshot(p)).toBe(before);

    await p.call('matching.confirm', { matchId: intro.matchId, startOn: today, goals: 'Jobb som ingeniør' });
    await p.call('matching.update', { matchId: intro.matchId, goals: 'Jobb som ingeniør; bygge nettverk', plannedEndOn: addMonths(today, 5) });
    expect(matchRow(p, intro.matchId)).toMatchObject({ goals: 'Jobb som ingeniør; bygge nettverk', plannedEndOn: addMonths(today, 5) });
    await p.call('matching.update', { matchId: intro.matchId, goals: '' });
    expect(matchRow(p, intro.matchId).goals).toBeNull();

    const stable = snapshot(p);
    expect(await p.api.call('matching.update', { matchId: intro.matchId, plannedEndOn: today })).toMatchObject({ ok: false, error: { details: { why: 'planned_end_not_after_start' } } });
    expect(await p.api.call('matching.update', { matchId: intro.matchId })).toMatchObject({ ok: false, error: { details: { why: 'nothing_to_change' } } });
    expect(snapshot(p)).toBe(stable);

    expect(await p.call('matching.meetings', { matchId: intro.matchId })).toEqual([]);
    await p.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: 60, topics: 'CV', kind: 'meeting' });
    await p.call('matching.addMeeting', { matchId: intro.matchId, date: today, minutes: 30, topics: 'Halvveis', kind: 'midpoint' });
    const log = await p.call('matching.meetings', { matchId: intro.matchId });
    expect(log).toEqual([
      expect.objectContaining({ metOn: today, minutes: 30, topics: 'Halvveis', kind: 'midpoint', staffName: 'Kari Nordmann' }),
      expect.objectContaining({ metOn: today, minutes: 60, topics: 'CV', kind: 'meeting' }),
    ]);
    expect(await p.api.call('matching.meetings', { matchId: 'nothing' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });
});

describe('the participant follows the match and the placement together', () => {
  it('stays aktiv while a placement runs, through a koblingsmøte, a not-a-fit and a completed mentoring; avsluttet when the last one ends', async () => {
    const p = await demoProgramme();
    const [participantId] = await readyPeople(p, 1);
    const { placementId } = await p.call('placements.create', { participantId: participantId!, startsOn: today, endsOn: addMonths(today, 4), status: 'active' });
    expect(stageOf(p, participantId!)).toBe('active');

    const [first, second] = await p.call('matching.suggest', { participantId: participantId!, top: 2 });
    const a = await p.call('matching.accept', { participantId: participantId!, mentorId: first!.mentorId, introMeetingOn: today });
    expect(stageOf(p, participantId!)).toBe('active');
    await p.call('matching.notAFit', { matchId: a.matchId, reason: 'Ulike forventninger' });
    expect(stageOf(p, participantId!)).toBe('active');

    const b = await p.call('matching.accept', { participantId: participantId!, mentorId: second!.mentorId });
    await p.call('matching.confirm', { matchId: b.matchId, startOn: today });
    expect(await p.call('matching.end', { matchId: b.matchId, endedOn: today, outcome: 'completed' })).toEqual({ matchId: b.matchId, participantStage: null });
    expect(stageOf(p, participantId!)).toBe('active');
    expect(await p.call('placements.end', { placementId, endedOn: today, outcome: 'completed' })).toEqual({ placementId, participantStage: 'completed' });
    expect(stageOf(p, participantId!)).toBe('completed');
  });
});

describe('innsyn shows the match score', () => {
  it("exports each match's score and breakdown, with the criteria's names and explanations in the workbook", async () => {
    const p = await demoProgramme();
    const { participantId, suggestion } = await activeMatch(p);
    const json = (await p.call('privacy.exportPerson', { personId: participantId, format: 'json' }))!;
    const data = JSON.parse(readFileSync(json.path, 'utf8')) as { matches: { score: number; scoreBreakdown: { criterion: string; explanation: unknown }[] }[] };
    expect(data.matches).toHaveLength(1);
    expect(data.matches[0]!.score).toBe(suggestion.score);
    expect(data.matches[0]!.scoreBreakdown).toEqual(suggestion.breakdown);

    const xlsx = (await p.call('privacy.exportPerson', { personId: participantId, format: 'xlsx' }))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const text = JSON.stringify(workbook.getWorksheet('Koblinger')!.getSheetValues());
    expect(text).toContain(String(suggestion.score));
    const field = suggestion.breakdown.find((b) => b.criterion === 'field')!;
    expect(text).toContain(`Fagfelt: ${field.share}`);
    expect(text).toContain(explanationText(field.explanation));
  });
});
