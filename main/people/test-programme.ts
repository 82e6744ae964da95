import { afterEach } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../db/test/temp-dir.ts';
import { createApi, type ApiInput, type ApiMethod, type ApiOutput } from '../api/index.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';

export const TEST_PASSPHRASE = 'blåbærsyltetøy på fjellet';

/** A new encrypted programme file in a temp folder, unlocked through the API, for people-area tests. */
export async function testProgramme() {
  const { dir, cleanup } = tempDir('koble-people-');
  const session = new Session({ sleep: async () => undefined });
  const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
  const path = join(dir, 'Skien.koble');
  const created = await api.call('vault.create', { path, staffName: 'Kari Nordmann', passphrase: TEST_PASSPHRASE });
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  /** Calls a method and returns its value; throws with the error code otherwise. */
  const call = async <M extends ApiMethod>(name: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const reply = await api.call(name, input);
    if (!reply.ok) throw Object.assign(new Error(`${name}: ${reply.error.code} ${reply.error.message}`), { reply: reply.error });
    return reply.value as ApiOutput<M>;
  };
  return {
    dir,
    path,
    api,
    session,
    call,
    db: () => session.requireVault().db,
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
