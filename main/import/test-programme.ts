import { sql } from 'drizzle-orm';
import { tempDir } from '../../db/test/temp-dir.ts';
import { createApi, type Api } from '../api/index.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

/** An encrypted programme opened through the API, for import tests; `count` reads table sizes. */
export async function openTestProgramme(options: { trustsPaths?: boolean; spreadsheet?: string } = {}) {
  const { dir, cleanup } = tempDir('koble-import-');
  const session = new Session({ sleep: async () => {} });
  const api: Api = createApi(fakeHost(dir, { trustsPaths: options.trustsPaths ?? true, ...(options.spreadsheet ? { spreadsheet: options.spreadsheet } : {}) }), session);
  await api.call('vault.chooseNewFile', { suggestedName: 'Programme.koble' });
  const created = await api.call('vault.create', { path: `${dir}/Programme.koble`, staffName: 'Kari Koordinator', passphrase: 'blåbærsyltetøy på fjellet' });
  if (!created.ok) throw new Error(`could not create the test programme: ${created.error.code}`);
  const db = () => session.requireVault().db;
  const count = (table: 'participants' | 'mentors' | 'stage_changes' | 'organisations' | 'audit_log') =>
    db().get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))!.n;
  const clearPeople = () => {
    for (const table of ['stage_changes', 'participants', 'mentors', 'organisations']) db().run(sql.raw(`delete from ${table}`));
  };
  return {
    dir,
    api,
    session,
    db,
    count,
    clearPeople,
    close() {
      session.lock();
      cleanup();
    },
  };
}
