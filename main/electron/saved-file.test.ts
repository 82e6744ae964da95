import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openPath: vi.fn(), showItemInFolder: vi.fn() } }));
vi.mock('electron', () => electron);

const { openSavedFile, showSavedFileInFolder } = await import('./saved-file.ts');

beforeEach(() => vi.clearAllMocks());

describe('saved file buttons', () => {
  it('"Åpne" hands the report to the program the OS uses for it', async () => {
    electron.shell.openPath.mockResolvedValue('');
    await openSavedFile('/home/kari/Dokumenter/Rapport Telemark 2026.xlsx');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/home/kari/Dokumenter/Rapport Telemark 2026.xlsx');
  });

  it('says so when the OS could not open it, without passing on the OS text', async () => {
    electron.shell.openPath.mockResolvedValue('Failed to open path /home/kari/x.xlsx');
    await expect(openSavedFile('/home/kari/x.xlsx')).rejects.toMatchObject({ code: 'API_NOT_FOUND', details: { reason: 'open_failed' } });
  });

  it('"Vis i mappen" shows the file in the file manager', async () => {
    await showSavedFileInFolder('/home/kari/Dokumenter/Rapport.xlsx');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/home/kari/Dokumenter/Rapport.xlsx');
  });
});
