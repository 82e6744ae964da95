import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../db/test/temp-dir.ts';
import { fakeHost } from '../test/test-host.ts';
import { Session } from '../session/session.ts';
import { createApi } from './index.ts';

const PASS = 'blåbærsyltetøy på fjellet';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A real encrypted programme, on a host that records what it was asked to open or show. */
async function openProgramme(options: { trustsPaths?: boolean; canOpen?: boolean } = {}) {
  const { dir, cleanup } = tempDir();
  const session = new Session({ sleep: async () => {} });
  const opened: string[] = [];
  const shown: string[] = [];
  const host = {
    ...fakeHost(dir, options),
    ...(options.canOpen === false
      ? {}
      : {
          openFile: async (path: string) => void opened.push(path),
          showInFolder: async (path: string) => void shown.push(path),
        }),
  };
  const api = createApi(host, session);
  cleanups.push(() => session.lock(), cleanup);
  await api.call('vault.chooseNewFile', { suggestedName: 'Skien.koble' });
  const created = await api.call('vault.create', { path: join(dir, 'Skien.koble'), staffName: 'Kari', passphrase: PASS });
  if (!created.ok) throw new Error(created.error.code);
  return { dir, api, opened, shown };
}

async function exportView(api: Awaited<ReturnType<typeof openProgramme>>['api']): Promise<string> {
  const reply = await api.call('grid.exportView', { grid: 'participants', title: 'Deltakere', columns: [{ header: 'Navn', key: 'name' }], rows: [{ name: 'Bjørn' }] });
  if (!reply.ok || !reply.value) throw new Error('export failed');
  return (reply.value as { path: string }).path;
}

describe('"Åpne" and "Vis i mappen" for a saved file', () => {
  it('opens and shows a file Koble has just written', async () => {
    const { api, opened, shown } = await openProgramme();
    const path = await exportView(api);
    expect(await api.call('files.abilities', {})).toMatchObject({ ok: true, value: { open: true, showInFolder: true } });
    expect(await api.call('files.open', { path })).toMatchObject({ ok: true, value: { downloadUrl: null } });
    expect(await api.call('files.showInFolder', { path })).toMatchObject({ ok: true });
    expect(opened).toEqual([path]);
    expect(shown).toEqual([path]);
  });

  it('refuses a path the page names itself, even the programme file or on a host that trusts paths', async () => {
    for (const trustsPaths of [false, true]) {
      const { api, dir, opened, shown } = await openProgramme({ trustsPaths });
      await exportView(api);
      for (const path of [join(dir, 'exports', 'other.xlsx'), join(dir, 'Skien.koble'), '/etc/passwd', 'C:\\Windows\\System32\\calc.exe']) {
        expect(await api.call('files.open', { path })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN', details: { reason: 'not_written' } } });
        expect(await api.call('files.showInFolder', { path })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
      }
      expect(opened).toEqual([]);
      expect(shown).toEqual([]);
    }
  });

  it('a path chosen in the save dialog but not yet written is not enough', async () => {
    const { api } = await openProgramme();
    const grant = await api.call('grants.create', { funder: 'imdi', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    if (!grant.ok) throw new Error(grant.error.code);
    const chosen = await api.call('reports.chooseFunderFile', { grantId: (grant.value as { id: string }).id, from: '2026-01-01', to: '2026-12-31' });
    if (!chosen.ok || !chosen.value) throw new Error('no path');
    expect(await api.call('files.open', { path: (chosen.value as { path: string }).path })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
  });

  it('says what the host cannot do, and refuses it in words', async () => {
    const { api } = await openProgramme({ canOpen: false });
    const path = await exportView(api);
    expect(await api.call('files.abilities', {})).toMatchObject({ ok: true, value: { open: false, showInFolder: false } });
    expect(await api.call('files.open', { path })).toMatchObject({ ok: false, error: { code: 'API_UNKNOWN_METHOD', details: { reason: 'host_cannot' } } });
  });
});
