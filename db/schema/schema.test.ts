import Database from 'better-sqlite3';
import { getTableName, is, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from './index.ts';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));
const exported: unknown[] = Object.values(schema);
const tables: SQLiteTable[] = exported.filter((value): value is SQLiteTable => is(value, SQLiteTable));

type Snapshot = { tables: Record<string, { columns: Record<string, unknown>; indexes: Record<string, unknown>; checkConstraints: Record<string, unknown> }> };

function latestSnapshot(): Snapshot {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number }[] };
  const last = Math.max(...journal.entries.map((e) => e.idx));
  return JSON.parse(readFileSync(join(MIGRATIONS, 'meta', `${String(last).padStart(4, '0')}_snapshot.json`), 'utf8')) as Snapshot;
}

describe('schema', () => {
  let dir: string;
  let sqlite: Database.Database;
  let db: ReturnType<typeof drizzle<typeof schema>>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'koble-schema-'));
    sqlite = new Database(join(dir, 'test.db'));
    sqlite.pragma('foreign_keys = ON');
    db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS });
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has committed migrations that match the TypeScript schema (run drizzle-kit generate after a change)', () => {
    const snapshot = latestSnapshot();
    expect(Object.keys(snapshot.tables).sort()).toEqual(tables.map((t) => getTableName(t)).sort());
    for (const table of tables) {
      const config = getTableConfig(table);
      const stored = snapshot.tables[config.name];
      expect(Object.keys(stored?.columns ?? {}).sort(), config.name).toEqual(config.columns.map((c) => c.name).sort());
      expect(Object.keys(stored?.indexes ?? {}).sort(), config.name).toEqual(config.indexes.map((i) => i.config.name).sort());
      expect(Object.keys(stored?.checkConstraints ?? {}).sort(), config.name).toEqual(config.checks.map((c) => c.name).sort());
    }
  });

  it('creates every table in a fresh file', () => {
    const names = (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name);
    for (const table of tables) expect(names).toContain(getTableName(table));
    for (const name of ['participants', 'mentors', 'stage_changes', 'matches', 'attendance', 'audit_log', 'settings']) expect(names).toContain(name);
  });

  it('has no religion or health columns', () => {
    for (const table of tables) {
      for (const column of getTableConfig(table).columns) expect(column.name).not.toMatch(/relig|health|diagnos|helse/);
    }
  });

  function seed() {
    const at = '2026-01-01T10:00:00.000Z';
    db.insert(schema.staff).values({ id: 's1', name: 'Kari' }).run();
    db.insert(schema.participants).values({ id: 'p1', firstName: 'Олена', lastName: 'Шевченко', stage: 'registered', stageChangedOn: '2026-01-01', registeredOn: '2026-01-01' }).run();
    db.insert(schema.mentors).values({ id: 'm1', firstName: 'Bjørn', lastName: 'Ås', registeredOn: '2025-12-01' }).run();
    db.insert(schema.events).values({ id: 'e1', kind: 'sprakkafe', title: 'Språkkafé', startsAt: at }).run();
  }

  it('fills ids, timestamps and JSON defaults, and reads JSON back as values', () => {
    seed();
    const p = db.select().from(schema.participants).get();
    expect(p?.languages).toEqual([]);
    expect(p?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    db.insert(schema.stageChanges).values({ participantId: 'p1', stage: 'registered', effectiveOn: '2026-01-01', staffId: 's1' }).run();
    const change = db.select().from(schema.stageChanges).get();
    expect(change?.id).toMatch(/^[0-9a-f-]{36}$/);
    db.insert(schema.matches).values({ participantId: 'p1', mentorId: 'm1', score: 72.5, scoreBreakdown: [{ criterion: 'field', weight: 10, points: 1, met: true, mustHave: false, share: 72.5, explanation: { key: 'field.same', params: { field: 'IT' } } }] }).run();
    expect(db.select().from(schema.matches).get()?.scoreBreakdown?.[0]?.explanation).toEqual({ key: 'field.same', params: { field: 'IT' } });
    db.insert(schema.settings).values({ key: 'programme', value: JSON.stringify({ autoLockMinutes: 10 }) }).run();
    expect(JSON.parse(db.select().from(schema.settings).get()?.value ?? '{}')).toEqual({ autoLockMinutes: 10 });
  });

  it('keeps attendance to exactly one person, once per event', () => {
    seed();
    db.insert(schema.attendance).values({ eventId: 'e1', participantId: 'p1' }).run();
    expect(() => db.insert(schema.attendance).values({ eventId: 'e1', participantId: 'p1' }).run()).toThrow(/UNIQUE/);
    expect(() => db.insert(schema.attendance).values({ eventId: 'e1', participantId: 'p1', mentorId: 'm1' }).run()).toThrow(/CHECK/);
    expect(() => db.insert(schema.attendance).values({ eventId: 'e1' }).run()).toThrow(/CHECK/);
    db.insert(schema.attendance).values({ eventId: 'e1', mentorId: 'm1', status: 'attended', source: 'walk_in' }).run();
    const again = db
      .insert(schema.attendance)
      .values({ eventId: 'e1', participantId: 'p1', status: 'attended' })
      .onConflictDoNothing()
      .run();
    expect(again.changes).toBe(0);
    db.insert(schema.attendance)
      .values({ eventId: 'e1', participantId: 'p1', status: 'attended' })
      .onConflictDoUpdate({ target: [schema.attendance.participantId, schema.attendance.eventId], targetWhere: sql`participant_id is not null`, set: { status: 'attended' } })
      .run();
    expect(db.select().from(schema.attendance).where(sql`participant_id = 'p1'`).get()?.status).toBe('attended');
    expect(() => db.insert(schema.attendance).values({ eventId: 'e1', participantId: 'nobody' }).run()).toThrow(/FOREIGN KEY/);
  });

  it('checks scales, hours and follow-up people', () => {
    seed();
    expect(() => db.insert(schema.progressionForms).values({ participantId: 'p1', timepoint: 'start', filledOn: '2026-01-02', jobSeeking: 6 }).run()).toThrow(/CHECK/);
    db.insert(schema.progressionForms).values({ participantId: 'p1', timepoint: 'start', filledOn: '2026-01-02', jobSeeking: 5 }).run();
    expect(() => db.insert(schema.hours).values({ workedOn: '2026-01-02', hours: 0, staffId: 's1' }).run()).toThrow(/CHECK/);
    expect(() => db.insert(schema.hours).values({ workedOn: '2026-01-02', hours: 2, staffId: 's1', mentorId: 'm1' }).run()).toThrow(/CHECK/);
    expect(() => db.insert(schema.followUps).values({ contactedOn: '2026-01-02', kind: 'call' }).run()).toThrow(/CHECK/);
  });

  it('deletes a participant’s history with them and keeps staff-authored rows when staff leave', () => {
    seed();
    db.insert(schema.stageChanges).values({ participantId: 'p1', stage: 'registered', effectiveOn: '2026-01-01', staffId: 's1' }).run();
    db.insert(schema.attendance).values({ eventId: 'e1', participantId: 'p1' }).run();
    db.insert(schema.auditLog).values({ staffId: 's1', action: 'create', entity: 'participants', entityId: 'p1', details: { fields: ['firstName'] } }).run();
    db.delete(schema.staff).run();
    expect(db.select().from(schema.stageChanges).get()?.staffId).toBeNull();
    expect(db.select().from(schema.auditLog).get()?.staffId).toBeNull();
    db.delete(schema.participants).run();
    expect(db.select().from(schema.stageChanges).all()).toEqual([]);
    expect(db.select().from(schema.attendance).all()).toEqual([]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('pipeline transitions', () => {
  it('covers every stage and starts at registered', () => {
    expect(Object.keys(schema.STAGE_TRANSITIONS).sort()).toEqual([...schema.STAGES].sort());
    expect(schema.isAllowedTransition(null, 'registered')).toBe(true);
    expect(schema.isAllowedTransition(null, 'active')).toBe(false);
    expect(schema.isAllowedTransition('ready', 'intro_meeting')).toBe(true);
    expect(schema.isAllowedTransition('registered', 'active')).toBe(false);
    expect(schema.isAllowedTransition('followed_up', 'registered')).toBe(false);
    for (const stage of schema.MAIN_STAGES.slice(0, -1)) {
      const next = schema.MAIN_STAGES[schema.MAIN_STAGES.indexOf(stage) + 1];
      if (next) expect(schema.isAllowedTransition(stage, next), `${stage} → ${next}`).toBe(true);
    }
  });
});
