import { shell } from 'electron';
import { KobleError } from '../../db/errors.ts';

/**
 * "Åpne" and "Vis i mappen" for a file Koble wrote (the API has checked the path). shell.openPath
 * answers with an error text instead of throwing; that text is the OS's, so it stays out of the reply.
 */
export async function openSavedFile(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure) throw new KobleError('API_NOT_FOUND', 'The operating system could not open the file', { reason: 'open_failed' });
}

export async function showSavedFileInFolder(path: string): Promise<void> {
  shell.showItemInFolder(path);
}
