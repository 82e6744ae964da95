import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { cliInProcess } from '../test/cli.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { addMonths } from '../../shared/calendar-date.ts';

/** A day on which the 120-person demo with seed 5 has matches waiting for their koblingsmøte. */
const DEMO_DAY = '2026-11-02';

let cleanup = () => {};
afterEach(() => cleanup());


type MatchRow = { id: string; participantId: string; status: string; plannedEndOn: string | null; introMeetingAt: string | null };
type PlacementRow = { id: string; participantId: string; status: string; navAgreement: boolean; navAdvisor: string | null; warnings: string[] };

it('koble match list|confirm|end and koble placement list|add on a demo programme', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const today = osloToday();
  const { koble, stderr } = await cliInProcess(temp.dir);
  try {
    // The demo's history ends on a pinned day (this seed has koblingsmøter waiting then), whatever the clock says.
    expect((await koble(['demo', '--db', db, '--people', '120', '--seed', '5', '--today', '2026-02-30'])).code).toBe(1);
    const demo = await koble(['demo', '--db', db, '--people', '120', '--seed', '5', '--today', DEMO_DAY, '--json']);
    expect(demo.code).toBe(0);
    expect(demo.json()).toMatchObject({ created: true, summary: { today: DEMO_DAY } });

    // Matches waiting for the koblingsmøte's outcome; confirm one, then end it.
    const waiting = (await koble(['match', 'list', '--db', db, '--status', 'intro_meeting', '--json'])).json() as MatchRow[];
    expect(waiting.length).toBeGreaterThan(0);
    for (const m of waiting) expect(m.status).toBe('intro_meeting');
    const target = waiting[0]!;
    // Demo koblingsmøter lie ahead; the period starts on the meeting's day at the earliest.
    const start = (target.introMeetingAt ?? today).slice(0, 10) > today ? target.introMeetingAt!.slice(0, 10) : today;
    expect((await koble(['match', 'list', '--db', db])).stdout).toMatch(/\d+ koblinger$/);
    expect((await koble(['match', 'list', '--db', db, '--status', 'maybe'])).code).toBe(1);

    expect((await koble(['match', 'confirm', '--match', target.id, '--db', db])).code).toBe(1); // --start missing
    expect((await koble(['match', 'confirm', '--match', target.id, '--start', '01.03.2026', '--db', db])).code).toBe(1);
    const badEnd = await koble(['match', 'confirm', '--match', target.id, '--start', start, '--planned-end', start, '--db', db]);
    expect(badEnd.code).toBe(2);
    expect(badEnd.stderr).toMatch(/MATCHING_TRANSITION_REFUSED/);
    const confirmed = await koble(['match', 'confirm', '--match', target.id, '--start', start, '--goals', 'Jobb i IT', '--db', db, '--json']);
    expect(confirmed.code, confirmed.stdout).toBe(0);
    expect(confirmed.json()).toEqual({ matchId: target.id, plannedEndOn: addMonths(start, 6) });
    const [after] = (await koble(['match', 'list', '--db', db, '--participant', target.participantId, '--status', 'active', '--json'])).json() as MatchRow[];
    expect(after).toMatchObject({ id: target.id, status: 'active', plannedEndOn: addMonths(start, 6) });

    // End a running demo match: early needs a reason.
    const running = ((await koble(['match', 'list', '--db', db, '--status', 'active', '--json'])).json() as (MatchRow & { startedOn: string })[]).find((m) => m.startedOn <= today)!;

    const noReason = await koble(['match', 'end', '--match', running.id, '--outcome', 'ended_early', '--db', db]);
    expect(noReason.code).toBe(2);
    expect((await koble(['match', 'end', '--match', running.id, '--outcome', 'maybe', '--db', db])).code).toBe(1);
    const ended = await koble(['match', 'end', '--match', running.id, '--outcome', 'ended_early', '--reason', 'Flyttet', '--db', db]);
    expect(ended.code).toBe(0);
    expect(ended.stdout).toMatch(/avsluttet \(ended_early\)/);

    // Placements: a NAV one for the same participant (mentor and placement at once is allowed).
    const refused = await koble(['placement', 'add', '--participant', target.participantId, '--start', today, '--end', today, '--nav-advisor', 'Ola', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/endsOn: Slutt må være etter start/);
    expect(refused.stderr).toMatch(/navAdvisor: NAV-kontor og veileder i NAV hører til en NAV-avtale/);
    const before = (await koble(['placement', 'list', '--db', db, '--participant', target.participantId, '--json'])).json() as PlacementRow[];
    const added = await koble(['placement', 'add', '--participant', target.participantId, '--start', today, '--end', addMonths(today, 2), '--nav', '--nav-advisor', 'Ola Nav', '--livelihood', 'measures_benefit', '--status', 'active', '--db', db]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Praksisplass lagret/);
    expect(added.stdout).toMatch(/Merk: En praksisplass varer vanligvis 3–6 måneder/);
    const listed = (await koble(['placement', 'list', '--db', db, '--participant', target.participantId, '--json'])).json() as PlacementRow[];
    expect(listed.length).toBe(before.length + 1);
    expect(listed.find((p) => !before.some((b) => b.id === p.id))).toMatchObject({ status: 'active', navAgreement: true, navAdvisor: 'Ola Nav', warnings: ['length_outside_3_6_months'] });
    expect((await koble(['placement', 'list', '--db', db])).stdout).toMatch(/\d+ praksisplasser$/);
    expect((await koble(['placement', 'add', '--participant', target.participantId, '--start', today, '--db', db])).code).toBe(1);
    expect((await koble(['placement', 'fly', '--db', db])).code).toBe(1);
    // The match command's own sub-commands still work.
    expect((await koble(['match', 'suggest', '--participant', 'nobody', '--db', db])).code).toBe(2);
  } finally {
    stderr.mockRestore();
  }
});
