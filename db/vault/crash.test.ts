import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { participants } from '../schema/index.ts';
import { tempDir } from '../test/temp-dir.ts';
import { createVault, unlockWithPassphrase, checkIntegrity } from './vault.ts';

const PASS = 'blåbærsyltetøy på fjellet';
const writer = fileURLToPath(new URL('../test/crash-writer.ts', import.meta.url));
let cleanup = () => {};
afterEach(() => cleanup());

it('a process killed with SIGKILL mid-write leaves a file that passes the integrity check with every committed row', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'Krasj.koble');
  (await createVault({ path, staffName: 'Kari', passphrase: PASS })).vault.close();

  const child = spawn(process.execPath, [writer, path, PASS], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lastCommitted = 0;
  let buffered = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve());
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) lastCommitted = Number(line);
      if (lastCommitted >= 300 && !child.killed) child.kill('SIGKILL');
    });
  });
  expect(child.signalCode).toBe('SIGKILL');

  const vault = await unlockWithPassphrase(path, PASS);
  try {
    expect(checkIntegrity(vault).problems).toEqual([]);
    const rows = vault.db.select({ n: count() }).from(participants).get()!.n;
    expect(rows).toBeGreaterThanOrEqual(lastCommitted);
  } finally {
    vault.close();
  }
});
