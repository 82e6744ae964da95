import { describe, expect, it } from 'vitest';
import { calendarInvite, eventUid } from './calendar-invite.ts';
import { parseIcs } from './test/parse-ics.ts';

const invite = {
  uid: eventUid('e1'), sequence: 0, title: 'Nettverkstreff, Skien', startsAt: '2027-06-15T16:30:00.000Z', endsAt: '2027-06-15T18:00:00.000Z', place: 'Skien bibliotek',
  organiser: { name: 'KIA Skien', email: 'post@kia.example' }, attendees: [{ name: 'Åse Nordmann', email: 'ase@example.no' }], stampedAt: '2027-06-01T08:00:00.000Z',
};

describe('calendar invitation', () => {
  it('is a METHOD:REQUEST in Europe/Oslo with its VTIMEZONE that an independent reader parses to the right instants', () => {
    const parsed = parseIcs(calendarInvite(invite));
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.timezones).toEqual(['Europe/Oslo']);
    expect(parsed.events).toEqual([
      expect.objectContaining({
        uid: 'event-e1@koble', sequence: 0, summary: 'Nettverkstreff, Skien', location: 'Skien bibliotek', tzid: 'Europe/Oslo',
        startUtc: '2027-06-15T16:30:00+00:00', endUtc: '2027-06-15T18:00:00+00:00', organizer: 'mailto:post@kia.example',
      }),
    ]);
    expect(parsed.events[0]!.attendees.map((a) => a.toLowerCase())).toEqual(['mailto:ase@example.no']);
  });

  it('writes the Oslo wall clock in winter too, and an hour when there is no end', () => {
    const ics = calendarInvite({ ...invite, startsAt: '2027-01-12T17:00:00.000Z', endsAt: null });
    expect(ics).toContain('DTSTART;TZID=Europe/Oslo:20270112T180000');
    expect(parseIcs(ics).events[0]).toMatchObject({ startUtc: '2027-01-12T17:00:00+00:00', endUtc: '2027-01-12T18:00:00+00:00' });
  });

  it('keeps the UID and raises SEQUENCE for an update, so calendars replace the earlier invitation', () => {
    const first = parseIcs(calendarInvite(invite)).events[0]!;
    const update = parseIcs(calendarInvite({ ...invite, sequence: 1, place: 'Rådhuset' })).events[0]!;
    expect(update.uid).toBe(first.uid);
    expect(update.sequence).toBe(first.sequence + 1);
    expect(update.location).toBe('Rådhuset');
  });
});
