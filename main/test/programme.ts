import { afterEach } from 'vitest';
import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import { tempDir } from '../../db/test/temp-dir.ts';
import { createApi, type ApiInput, type ApiMethod, type ApiOutput } from '../api/index.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from './test-host.ts';

export const TEST_PASSPHRASE = 'blåbærsyltetøy på fjellet';

type CountedTable = 'participants' | 'mentors' | 'stage_changes' | 'organisations' | 'audit_log';

/**
 * A new encrypted programme file in a temp folder, unlocked through the API, for tests.
 * `trustsPaths: false` makes the host check paths as the Electron shell does (the file is chosen
 * through vault.chooseNewFile first); `spreadsheet` is what the spreadsheet dialog answers.
 */
export async function testProgramme(options: { trustsPaths?: boolean; spreadsheet?: string } = {}) {
  const { dir, cleanup } = tempDir('koble-test-');
  const session = new Session({ sleep: async () => undefined });
  const api = createApi(fakeHost(dir, { trustsPaths: options.trustsPaths ?? true, ...(options.spreadsheet ? { spreadsheet: options.spreadsheet } : {}) }), session);
  await api.call('vault.chooseNewFile', { suggestedName: 'Skien.koble' });
  const path = join(dir, 'Skien.koble');
  const created = await api.call('vault.create', { path, staffName: 'Kari Nordmann', passphrase: TEST_PASSPHRASE });
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  /** Calls a method and returns its value; throws with the error code otherwise. */
  const call = async <M extends ApiMethod>(name: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const reply = await api.call(name, input);
    if (!reply.ok) throw Object.assign(new Error(`${name}: ${reply.error.code} ${reply.error.message}`), { reply: reply.error });
    return reply.value as ApiOutput<M>;
  };
  const db = () => session.requireVault().db;
  /** The number of rows in a table. */
  const count = (table: CountedTable) => db().get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))!.n;
  /** Empties the people tables (and their stage history), keeping the programme open. */
  const clearPeople = () => {
    for (const table of ['stage_changes', 'participants', 'mentors', 'organisations']) db().run(sql.raw(`delete from ${table}`));
  };
  return {
    dir,
    path,
    api,
    session,
    call,
    db,
    count,
    clearPeople,
    close() {
      session.lock();
      cleanup();
    },
  };
}

export type TestProgramme = Awaited<ReturnType<typeof testProgramme>>;

/**
 * For a test file: returns `programme()`, which opens a new test programme, and closes every
 * programme it opened after each test.
 */
export function closingTestProgrammes(): () => Promise<TestProgramme> {
  let open: TestProgramme[] = [];
  afterEach(() => {
    for (const p of open) p.close();
    open = [];
  });
  return async () => {
    const p = await testProgramme();
    open.push(p);
    return p;
  };
}
