import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../api/index.ts';
import { addParticipants, KIT_PASS } from '../test/event-fixtures.ts';
import { TEST_PASSPHRASE, testProgramme, type TestProgramme } from '../test/programme.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from '../test/test-host.ts';
import { applyOpenedFile, openAction, openedFileFromArgv, type OpenedFile } from './opened-file.ts';

const cwd = '/home/kari';

describe('the file in a command line', () => {
  it('finds a double-clicked programme after the packaged executable (Windows and Linux)', () => {
    expect(openedFileFromArgv(['C:\\Program Files\\Koble\\Koble.exe', 'C:\\Users\\kari\\Skien.koble'], { defaultApp: false, cwd })).toEqual({
      kind: 'programme',
      path: 'C:\\Users\\kari\\Skien.koble',
    });
    expect(openedFileFromArgv(['/opt/Koble/koble', '/home/kari/Dør 2.KOBLEKIT'], { defaultApp: false, cwd })).toEqual({ kind: 'kit', path: '/home/kari/Dør 2.KOBLEKIT' });
  });

  it('skips the app folder of an unpackaged run and resolves a relative path against the working folder', () => {
    expect(openedFileFromArgv(['/x/electron', 'out/main/index.js', 'Skien.koble'], { defaultApp: true, cwd })).toEqual({ kind: 'programme', path: '/home/kari/Skien.koble' });
    expect(openedFileFromArgv(['/x/electron', 'odd.koble'], { defaultApp: true, cwd })).toBeNull();
  });

  it("ignores switches (Chromium's in a second instance's argv, macOS's -psn_), other files and the .keys file", () => {
    const argv = ['/opt/Koble/koble', '--allow-file-access-from-files', '--enable-features=X', '-psn_0_1234', '/home/kari/Skien.koble.keys', '/home/kari/notes.txt'];
    expect(openedFileFromArgv(argv, { defaultApp: false, cwd })).toBeNull();
    expect(openedFileFromArgv([...argv, '/home/kari/Skien.koble'], { defaultApp: false, cwd })?.path).toBe('/home/kari/Skien.koble');
    expect(openedFileFromArgv(['/opt/Koble/koble', '--x=/home/kari/Skien.koble'], { defaultApp: false, cwd })).toBeNull();
  });

  it('takes a file:// URL (a Linux desktop entry passes %U) as its path', () => {
    expect(openedFileFromArgv(['/opt/Koble/koble', 'file:///home/kari/D%C3%B8r%202.koblekit'], { defaultApp: false, cwd })).toEqual({ kind: 'kit', path: '/home/kari/Dør 2.koblekit' });
  });

  it('takes the last file when several are given', () => {
    expect(openedFileFromArgv(['/k', '/a/A.koble', '/a/B.koblekit'], { defaultApp: false, cwd })).toEqual({ kind: 'kit', path: '/a/B.koblekit' });
  });
});

describe('what a double-click does', () => {
  const programme: OpenedFile = { kind: 'programme', path: '/a/Skien.koble' };
  const kit: OpenedFile = { kind: 'kit', path: '/a/Dør.koblekit' };
  const locked = { unlocked: false, currentPath: null, kioskRunning: false };
  const open = { unlocked: true, currentPath: '/a/Skien.koble', kioskRunning: false };

  it.each([
    ['a programme while locked', programme, locked, { do: 'unlock', lockFirst: false }],
    ['the programme that is open', programme, open, { do: 'focus' }],
    ['another programme while one is open', { ...programme, path: '/a/Porsgrunn.koble' }, open, { do: 'unlock', lockFirst: true }],
    ['a kit while locked', kit, locked, { do: 'kit' }],
    ['a kit while a programme is open', kit, open, { do: 'focus' }],
    ['a programme while the kiosk runs', programme, { ...open, kioskRunning: true }, { do: 'focus' }],
    ['a kit in kit mode', kit, { ...locked, kioskRunning: true }, { do: 'focus' }],
  ] as const)('%s', (_name, file, state, action) => {
    expect(openAction(file, state)).toEqual(action);
  });
});

describe('a double-clicked file reaches the unlock screen and the kit card through the API', () => {
  let t: TestProgramme;
  beforeEach(async () => {
    t = await testProgramme();
  });
  afterEach(() => t.close());

  /** The desktop app's view: paths only from dialogs (trustsPaths false), nothing chosen yet. */
  function desktop() {
    const session = new Session({ sleep: async () => undefined });
    return { session, api: createApi(fakeHost(join(t.dir, 'desktop'), { trustsPaths: false }), session) };
  }

  it('a programme: the unlock screen shows it and the passphrase opens it, though no dialog chose it', async () => {
    t.session.lock();
    const { session, api } = desktop();
    expect(await api.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    expect(applyOpenedFile(session, { kind: 'programme', path: t.path })).toBe(true);
    expect(await api.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked', file: { path: t.path, name: 'Skien.koble' } } });
    expect(await api.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    // Double-clicking the open programme again changes nothing.
    expect(applyOpenedFile(session, { kind: 'programme', path: t.path })).toBe(false);
    expect(session.unlocked).toBe(true);
    session.lock();
  });

  it('another programme while one is open: the open one locks and the unlock screen shows the new one', async () => {
    t.session.lock();
    const other = join(t.dir, 'Porsgrunn.koble');
    copyFileSync(t.path, other);
    copyFileSync(`${t.path}.keys`, `${other}.keys`);
    const { session, api } = desktop();
    applyOpenedFile(session, { kind: 'programme', path: t.path });
    await api.call('vault.unlock', { path: t.path, passphrase: TEST_PASSPHRASE });
    expect(applyOpenedFile(session, { kind: 'programme', path: other })).toBe(true);
    expect(session.unlocked).toBe(false);
    expect(await api.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked', file: { name: 'Porsgrunn.koble' } } });
  });

  it('a kit: kit.opened hands it to the start screen once, and kit.open opens it with its passphrase', async () => {
    const [id] = addParticipants(t.db(), [{ firstName: 'Fatima', lastName: 'Ali' }]);
    const event = await t.call('events.create', { kind: 'kurs', title: 'Kurs', startsAt: '2026-03-01T17:00:00Z' });
    await t.call('events.invite', { eventId: event.id, people: [{ kind: 'participant', id: id! }] });
    const kitPath = join(t.dir, 'Dør 2.koblekit');
    await t.call('kit.export', { eventId: event.id, path: kitPath, passphrase: KIT_PASS });
    const { session, api } = desktop();
    expect(await api.call('kit.opened', {})).toEqual({ ok: true, value: null });
    expect(applyOpenedFile(session, { kind: 'kit', path: kitPath })).toBe(true);
    expect(await api.call('kit.opened', {})).toEqual({ ok: true, value: { path: kitPath, name: 'Dør 2.koblekit' } });
    expect(await api.call('kit.opened', {})).toEqual({ ok: true, value: null });
    expect(await api.call('kit.open', { path: kitPath, passphrase: KIT_PASS })).toMatchObject({ ok: true });
    // In kit mode a second double-click only brings the window forward.
    expect(applyOpenedFile(session, { kind: 'programme', path: t.path })).toBe(false);
    expect(await api.call('kiosk.leave', { passphrase: KIT_PASS })).toMatchObject({ ok: true });
  });
});
