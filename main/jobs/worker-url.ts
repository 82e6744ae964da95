import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker_threads entry's file: `source` (a .ts beside the caller) when running from source under
 * Vitest, the CLI or the test host (Node's type stripping); else `bundled`, the electron-vite main
 * build's own entry for it, beside index.js or one folder up from a chunk. Null when neither exists.
 */
export function workerUrl(callerUrl: string, source: string, bundled: string): URL | null {
  const candidates = callerUrl.endsWith('.ts') ? [source] : [`./${bundled}`, `../${bundled}`];
  for (const candidate of candidates) {
    const url = new URL(candidate, callerUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
