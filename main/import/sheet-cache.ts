import { statSync } from 'node:fs';
import { readSpreadsheet } from './read-worker/run.ts';
import type { Sheet } from './types.ts';

/**
 * Keeps the last sheet read, so the wizard's preview → (fix mapping) → preview → commit reads the
 * file once. Keyed by path, size and modification time, so an edited file is read again. Holds
 * personal data in memory only: the API clears it when the programme locks and after a commit.
 */
export class SheetCache {
  private entry: { key: string; sheet: Sheet } | null = null;

  /** The sheet of `path`; `signal` ends a read in progress (the worker is terminated). */
  async read(path: string, signal?: AbortSignal): Promise<Sheet> {
    let key: string | null = null;
    try {
      const stat = statSync(path);
      key = `${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
    } catch {
      // readSpreadsheet gives the proper error
    }
    if (key !== null && this.entry?.key === key) return this.entry.sheet;
    this.entry = null;
    const sheet = await readSpreadsheet(path, signal ? { signal } : {});
    if (key !== null) this.entry = { key, sheet };
    return sheet;
  }

  clear(): void {
    this.entry = null;
  }
}
