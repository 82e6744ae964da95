import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { attendance, matches, mentors, outcomes, participants, stageChanges } from '../../db/schema/index.ts';
import { filesContaining, tempDir } from '../../db/test/temp-dir.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';
import { createApi } from './index.ts';

const PASS = 'blåbærsyltetøy på fjellet';
/** The demo's history ends on this day, whatever the clock says. */
const DEMO_DAY = '2026-11-02';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

async function demoProgramme() {
  const { dir, cleanup } = tempDir();
  const session = new Session({ sleep: async () => {} });
  const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
  cleanups.push(() => session.lock(), cleanup);
  const call = async (method: string, input: unknown) => {
    const reply = await api.call(method, input);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
    return reply.value as never;
  };
  await call('vault.create', { path: join(dir, 'programme', 'Demo.koble'), staffName: 'Kari Koordinator', passphrase: PASS });
  await call('demo.generate', { people: 60, seed: 7, today: DEMO_DAY });
  return { dir, api, call, session, db: session.requireVault().db };
}

/** A participant with a scored match and a phone and e-mail. */
function scoredParticipant(db: KobleDb) {
  const row = db
    .select({ p: participants, score: matches.score })
    .from(participants)
    .innerJoin(matches, eq(matches.participantId, participants.id))
    .where(and(isNotNull(matches.score), isNotNull(participants.email), isNotNull(participants.phone)))
    .get();
  if (!row) throw new Error('demo has no scored match');
  return { ...row.p, score: row.score!, name: `${row.p.firstName} ${row.p.lastName}` };
}

/** Every row of every table whose text columns contain one of `needles`. */
function rowsContaining(session: Session, needles: string[]): string[] {
  const sqlite = session.requireVault().sqlite;
  const hits: string[] = [];
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = sqlite.prepare(`select name, type from pragma_table_info(?)`).all(name) as { name: string; type: string }[];
    for (const column of columns.filter((c) => c.type === '' || /TEXT|CHAR|CLOB|BLOB/i.test(c.type))) {
      for (const needle of needles) {
        const found = sqlite.prepare(`select count(*) as n from "${name}" where instr(cast("${column.name}" as text), ?) > 0`).get(needle) as { n: number };
        if (found.n > 0) hits.push(`${name}.${column.name} ~ ${needle}`);
      }
    }
  }
  return hits;
}

describe('innsyn', () => {
  it('exports a person with their name and match score as .xlsx and JSON', async () => {
    const { call, db } = await demoProgramme();
    const person = scoredParticipant(db);

    const xlsx = (await call('privacy.exportPerson', { personId: person.id, format: 'xlsx' })) as { path: string };
    expect(xlsx.path).toMatch(/exports[/\\]Innsyn-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toContain('Person');
    expect(names).toContain('Koblinger');
    const personSheet = workbook.getWorksheet('Person')!;
    expect(personSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const personText = JSON.stringify(personSheet.getSheetValues());
    expect(personText).toContain(person.firstName);
    expect(personText).toContain(person.lastName);
    const matchSheet = workbook.getWorksheet('Koblinger')!;
    expect(matchSheet.getRow(1).values).toContain('Poengsum');
    expect(JSON.stringify(matchSheet.getSheetValues())).toContain(String(person.score));

    const json = (await call('privacy.exportPerson', { personId: person.id, format: 'json' })) as { path: string };
    const data = JSON.parse(readFileSync(json.path, 'utf8')) as { person: Record<string, unknown>; matches: { score: number; scoreBreakdown: unknown[] }[]; stageHistory: unknown[]; consents: unknown[] };
    expect(data.person).toMatchObject({ firstName: person.firstName, lastName: person.lastName, email: person.email });
    expect(data.matches.map((m) => m.score)).toContain(person.score);
    expect(data.matches.some((m) => Array.isArray(m.scoreBreakdown) && m.scoreBreakdown.length > 0)).toBe(true);
    expect(data.stageHistory.length).toBeGreaterThan(0);
    expect(data.consents.length).toBeGreaterThan(0);
  });

  it('returns null when the save dialog is cancelled, and refuses an unchosen folder', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const session = new Session({ sleep: async () => {} });
    const host = { ...fakeHost(dir), chooseExportFile: async () => null };
    const api = createApi(host, session);
    cleanups.push(() => session.lock());
    await api.call('vault.chooseNewFile', { suggestedName: 'P.koble' });
    await api.call('vault.create', { path: join(dir, 'P.koble'), staffName: 'Kari', passphrase: PASS });
    await api.call('demo.generate', { people: 50, seed: 3 });
    const id = session.requireVault().db.select({ id: participants.id }).from(participants).get()!.id;
    expect(await api.call('privacy.exportPerson', { personId: id, format: 'json' })).toEqual({ ok: true, value: null });
    expect(await api.call('privacy.exportPerson', { personId: id, format: 'json', targetDir: dir })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    expect(await api.call('privacy.exportPerson', { personId: 'nobody', format: 'json' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });
});

describe('erasure', () => {
  it('leaves an anonymous stub: no name, e-mail or phone in any table or file, reports still add up', async () => {
    const { dir, api, call, db, session } = await demoProgramme();
    const person = scoredParticipant(db);
    const needles = [person.name, person.email!, person.phone!];
    expect(rowsContaining(session, needles).length).toBeGreaterThan(0);
    const countOf = (table: typeof stageChanges | typeof outcomes | typeof attendance | typeof matches) =>
      db.select({ n: count() }).from(table).where(eq(table.participantId, person.id)).get()!.n;
    const before = { stages: countOf(stageChanges), outcomes: countOf(outcomes), attendance: countOf(attendance), matches: countOf(matches), all: db.select({ n: count() }).from(participants).get()!.n };
    const summaryBefore = (await call('overview.summary', {})) as { participants: number };

    expect(await api.call('privacy.erase', { personId: person.id, confirmName: person.firstName })).toMatchObject({ ok: false, error: { code: 'PRIVACY_NAME_MISMATCH' } });
    expect(await call('privacy.erase', { personId: person.id, confirmName: person.name.toUpperCase() })).toEqual({ stubId: person.id });

    expect(rowsContaining(session, needles)).toEqual([]);
    expect(filesContaining(join(dir, 'programme'), needles)).toEqual([]);
    const stub = db.select().from(participants).where(eq(participants.id, person.id)).get()!;
    expect(stub).toMatchObject({ firstName: '', lastName: '', email: null, phone: null, notes: null, countryOfBackground: null, gender: person.gender, birthYear: person.birthYear, cohortId: person.cohortId, field: person.field, stage: person.stage });
    expect(stub.erasedAt).not.toBeNull();
    // The stub still counts where reports count: the person, their stage history, outcomes, attendance, matches with the score.
    expect({ stages: countOf(stageChanges), outcomes: countOf(outcomes), attendance: countOf(attendance), matches: countOf(matches), all: db.select({ n: count() }).from(participants).get()!.n }).toEqual(before);
    expect(db.select({ score: matches.score }).from(matches).where(eq(matches.participantId, person.id)).all().map((m) => m.score)).toContain(person.score);
    // Oversikt shows the people in the programme today: the stub is no longer among them.
    expect(((await call('overview.summary', {})) as { participants: number }).participants).toBe(summaryBefore.participants - 1);

    expect(await api.call('privacy.erase', { personId: person.id, confirmName: person.name })).toMatchObject({ ok: false, error: { code: 'PRIVACY_ALREADY_ERASED' } });
    expect(await api.call('privacy.exportPerson', { personId: person.id, format: 'json' })).toMatchObject({ ok: false, error: { code: 'PRIVACY_ALREADY_ERASED' } });

    const audit = (await call('audit.forPerson', { personId: person.id })) as { action: string; staffName: string; fields: string[] }[];
    const erase = audit.find((a) => a.action === 'erase')!;
    expect(erase).toMatchObject({ staffName: 'Kari Koordinator', entity: 'participants' });
    expect(erase.fields).toEqual(expect.arrayContaining(['firstName', 'email', 'phone', 'notes']));
    expect(JSON.stringify(audit)).not.toContain(person.email!);
    expect(JSON.stringify(audit)).not.toContain(person.name);
  });

  it('erases a mentor the same way', async () => {
    const { call, db, session } = await demoProgramme();
    const mentor = db.select().from(mentors).where(and(isNotNull(mentors.email), isNotNull(mentors.phone))).get()!;
    const name = `${mentor.firstName} ${mentor.lastName}`;
    expect(await call('privacy.erasePreview', { personId: mentor.id })).toMatchObject({ kind: 'mentor', name, erasedAt: null });
    await call('privacy.erase', { personId: mentor.id, confirmName: name });
    expect(rowsContaining(session, [name, mentor.email!, mentor.phone!])).toEqual([]);
    expect(db.select().from(mentors).where(eq(mentors.id, mentor.id)).get()).toMatchObject({ firstName: '', active: false, gender: mentor.gender, field: mentor.field });
  });
});

describe('consents', () => {
  it('records, lists and withdraws a consent, and refuses a second withdrawal', async () => {
    const { api, call, db } = await demoProgramme();
    const id = db.select({ id: participants.id }).from(participants).get()!.id;
    const before = ((await call('consents.list', { personId: id })) as unknown[]).length;
    const { id: consentId } = (await call('consents.record', { personId: id, purpose: 'photos', lawfulBasis: 'consent', textVersion: '2026-01', method: 'paper', givenOn: '2026-01-15' })) as { id: string };
    const list = (await call('consents.list', { personId: id })) as { id: string; purpose: string; withdrawnOn: string | null }[];
    expect(list).toHaveLength(before + 1);
    expect(list.find((c) => c.id === consentId)).toEqual({ id: consentId, purpose: 'photos', lawfulBasis: 'consent', textVersion: '2026-01', method: 'paper', givenOn: '2026-01-15', withdrawnOn: null });
    expect(await api.call('consents.withdraw', { consentId, withdrawnOn: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'CONSENT_WITHDRAWN_BEFORE_GIVEN' } });
    expect(await call('consents.withdraw', { consentId, withdrawnOn: '2026-02-01' })).toBeNull();
    expect(((await call('consents.list', { personId: id })) as { id: string; withdrawnOn: string | null }[]).find((c) => c.id === consentId)!.withdrawnOn).toBe('2026-02-01');
    expect(await api.call('consents.withdraw', { consentId, withdrawnOn: '2026-02-02' })).toMatchObject({ ok: false, error: { code: 'CONSENT_ALREADY_WITHDRAWN' } });
    expect(await api.call('consents.record', { personId: id, purpose: 'gossip', givenOn: '2026-01-15' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    // 30 February is no day: refused here as everywhere else (privacy's own date check once let it through).
    expect(await api.call('consents.record', { personId: id, purpose: 'photos', givenOn: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT', details: [{ path: 'givenOn' }] } });
    expect(await api.call('consents.withdraw', { consentId, withdrawnOn: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT', details: [{ path: 'withdrawnOn' }] } });
    expect(await api.call('privacy.retentionDue', { today: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT', details: [{ path: 'today' }] } });

    const audit = (await call('audit.forPerson', { personId: id })) as { action: string; entity: string; fields: string[] }[];
    expect(audit.filter((a) => a.entity === 'consents').map((a) => [a.action, a.fields])).toEqual([
      ['create', ['purpose', 'lawfulBasis', 'textVersion', 'method', 'givenOn']],
      ['update', ['withdrawnOn']],
    ]);
  });
});

describe('retention', () => {
  it('lists people due on a fixed day and anonymises them in bulk; refuses people not due', async () => {
    const { api, call, db } = await demoProgramme();
    const ended = db.select().from(participants).where(eq(participants.stage, 'completed')).get()!;
    const today = '2100-01-01';
    const due = (await call('privacy.retentionDue', { today })) as { id: string; kind: string; name: string; endedOn: string; dueOn: string }[];
    expect(due.find((d) => d.id === ended.id)).toEqual({ id: ended.id, kind: 'participant', name: `${ended.firstName} ${ended.lastName}`, endedOn: ended.stageChangedOn, dueOn: expect.any(String) });
    const dayBeforeDue = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);
    const entry = due.find((d) => d.id === ended.id)!;
    expect(((await call('privacy.retentionDue', { today: dayBeforeDue(entry.dueOn) })) as { id: string }[]).some((d) => d.id === ended.id)).toBe(false);
    await call('settings.update', { retentionMonths: 240 });
    expect((await call('privacy.retentionDue', { today: '2030-01-01' })) as unknown[]).toEqual([]);
    await call('settings.update', { retentionMonths: 24 });

    const active = db.select().from(participants).where(eq(participants.stage, 'active')).get()!;
    expect(await api.call('privacy.anonymiseDue', { personIds: [ended.id, active.id], today })).toMatchObject({ ok: false, error: { code: 'PRIVACY_NOT_DUE', details: { personIds: [active.id] } } });
    expect(db.select().from(participants).where(eq(participants.id, ended.id)).get()!.erasedAt).toBeNull();

    const ids = due.map((d) => d.id);
    expect(await call('privacy.anonymiseDue', { personIds: ids, today })).toEqual({ erased: ids.length });
    expect((await call('privacy.retentionDue', { today })) as unknown[]).toEqual([]);
    expect(db.select().from(participants).where(eq(participants.id, ended.id)).get()).toMatchObject({ firstName: '', email: null });
  });
});
