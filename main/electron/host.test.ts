import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getVersion: () => '0.1.0', getPath: (name: string) => (name === 'userData' ? '/home/kari/.config/Koble' : '/home/kari/Dokumenter') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

const { electronHost, withProgrammeExtension } = await import('./host.ts');

beforeEach(() => vi.clearAllMocks());

describe('electronHost', () => {
  it('reports the version and data folder, and does not trust paths from the renderer', () => {
    const host = electronHost(() => null);
    expect(host).toMatchObject({ appVersion: '0.1.0', dataDir: '/home/kari/.config/Koble', trustsPaths: false });
  });

  it('asks for a new .koble file and adds the extension when the user left it out', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/kari/Dokumenter/Mentor 2026' });
    const path = await electronHost(() => null).chooseNewFile('Mentorprogram');
    expect(path).toBe('/home/kari/Dokumenter/Mentor 2026.koble');
    const options = electron.dialog.showSaveDialog.mock.calls[0]![0];
    expect(options.defaultPath).toMatch(/Mentorprogram\.koble$/);
    expect(options.filters).toEqual([{ name: 'Koble-program (*.koble)', extensions: ['koble'] }]);
  });

  it('returns null when a dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const host = electronHost(() => null);
    await expect(host.chooseNewFile('x')).resolves.toBeNull();
    await expect(host.chooseExistingFile()).resolves.toBeNull();
  });

  it('opens one existing .koble file', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/kari/a.koble'] });
    await expect(electronHost(() => null).chooseExistingFile()).resolves.toBe('/home/kari/a.koble');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0].extensions).toEqual(['koble']);
  });

  it('asks for a folder with the caller title, and for one .kobleinvite invitation', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/kari/OneDrive/Koble'] });
    const host = electronHost(() => null);
    await expect(host.chooseFolder!('sharing', 'Delt mappe for Koble')).resolves.toBe('/home/kari/OneDrive/Koble');
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ title: 'Delt mappe for Koble', properties: ['openDirectory', 'createDirectory'] });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/kari/Nedlastinger/Koble-invitasjon.kobleinvite'] });
    await expect(host.chooseInvitationFile!()).resolves.toBe('/home/kari/Nedlastinger/Koble-invitasjon.kobleinvite');
    expect(electron.dialog.showOpenDialog.mock.calls[1]![0].filters[0].extensions).toEqual(['kobleinvite']);
  });
});

describe('withProgrammeExtension', () => {
  it('keeps an existing extension in any case', () => {
    expect(withProgrammeExtension('a.KOBLE')).toBe('a.KOBLE');
    expect(withProgrammeExtension('a')).toBe('a.koble');
  });
});
