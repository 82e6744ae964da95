import { expect, it } from 'vitest';
import { closingTestProgrammes } from '../test/programme.ts';
import { overviewSummary } from './summary.ts';

const programme = closingTestProgrammes();

it('counts an event at 00:30 Oslo time as today’s, though its UTC date is the day before', async () => {
  const p = await programme();
  // 00:30 on 2 March in Oslo (UTC+1) is 23:30 UTC on 1 March; 23:30 on 1 March in Oslo is 22:30 UTC.
  await p.call('events.create', { kind: 'sprakkafe', title: 'Språkkafé', startsAt: '2026-03-01T23:30:00.000Z' });
  await p.call('events.create', { kind: 'kurs', title: 'CV-kurs', startsAt: '2026-03-01T22:30:00.000Z' });
  expect(overviewSummary(p.db(), '2026-03-02').upcomingEvents).toBe(1);
  expect(overviewSummary(p.db(), '2026-03-01').upcomingEvents).toBe(2);
});
