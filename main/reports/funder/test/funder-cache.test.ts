import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../../db/sqlite-client.ts';
import { countReport } from '../counts.ts';
import { loadReportData } from '../loader.ts';
import { buildFixture, PERIOD, type Fixture } from './fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await buildFixture();
});
afterAll(() => f?.close());

describe('the page cache around the attendance pass', () => {
  it('is the connection’s own setting again after the report, and the counts do not depend on it', () => {
    const sqlite = sqliteOf(f.db());
    const before = sqlite.pragma('cache_size', { simple: true });
    const first = countReport(loadReportData(f.db(), f.id('county'), PERIOD));
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(before);
    sqlite.pragma('cache_size = -2048');
    try {
      expect(countReport(loadReportData(f.db(), f.id('county'), PERIOD))).toEqual(first);
      expect(sqlite.pragma('cache_size', { simple: true })).toBe(-2048);
    } finally {
      sqlite.pragma(`cache_size = ${before}`);
    }
  });
});
