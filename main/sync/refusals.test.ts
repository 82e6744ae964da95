import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDataKey } from '../../db/vault/vault.ts';
import { changeFileName, sealChangeFile } from './change-file.ts';
import { dumpData, differences, PASS, sharedLaptops, type Laptop } from '../test/sync-laptops.ts';

const laptops = sharedLaptops();
const puller = fileURLToPath(new URL('../test/sync-crash-puller.ts', import.meta.url));

/** B writes something and pushes it; returns the name of B's change file. */
async function fileFromB(b: Laptop, folder: string): Promise<string> {
  await b.call('people.create', { firstName: 'Olena', lastName: 'Kovalenko', registeredOn: '2026-02-01' });
  const { file } = await b.call('sync.push', { folder });
  return file!;
}

/** Unlocking through the API writes an audit entry; the comparison is about everything else. */
function withoutUnlocks(data: Record<string, unknown[]>): Record<string, unknown[]> {
  return { ...data, audit_log: data.audit_log!.filter((row) => (row as { action: string }).action !== 'unlock') };
}

async function refusal(laptop: Laptop, folder: string) {
  const reply = await laptop.api.call('sync.pull', { folder });
  return reply.ok ? null : reply.error;
}

describe('sync refuses what it cannot trust, whole', { timeout: 120_000 }, () => {
  it('a change file with one byte changed is refused and nothing is applied', async () => {
    const { a, b, folder } = await laptops();
    const file = await fileFromB(b, folder);
    const bytes = readFileSync(file);
    bytes[bytes.length - 40]! ^= 0x01;
    writeFileSync(file, bytes);
    const before = dumpData(a.sqlite());
    expect(await refusal(a, folder)).toMatchObject({ code: 'SYNC_FILE_DAMAGED' });
    expect(differences(dumpData(a.sqlite()), before)).toEqual([]);
  });

  it('a file renamed to another sequence number is refused (the name is authenticated)', async () => {
    const { a, b, folder } = await laptops();
    const file = await fileFromB(b, folder);
    await b.call('people.create', { firstName: 'Ny', lastName: 'Person', registeredOn: '2026-02-01' });
    const second = (await b.call('sync.push', { folder })).file!;
    copyFileSync(file, second);
    expect(await refusal(a, folder)).toMatchObject({ code: 'SYNC_FILE_DAMAGED' });
  });

  it("another programme's file in the same folder is left alone and reported", async () => {
    const { a, b, folder } = await laptops();
    await fileFromB(b, folder);
    const other = await laptops();
    const foreign = await fileFromB(other.b, other.folder);
    const name = foreign.split(/[\\/]/).pop()!;
    copyFileSync(foreign, join(folder, name));
    const result = await a.call('sync.pull', { folder });
    expect(result.applied).toBe(1);
    expect(result.refused).toEqual([{ file: name, reason: 'other_programme' }]);
  });

  it('a file from another schema version is refused with a clear message', async () => {
    const { a, folder } = await laptops();
    const key = exportDataKey(a.session.requireVault());
    const laptopId = '0b5d2a43-7f32-4d4e-9a51-5b7f2b1f6a10';
    const header = { format: 1, programme: a.session.requireVault().fileId, laptop: laptopId, seq: 1, schema: '99:abcdef', createdAt: new Date().toISOString() };
    writeFileSync(join(folder, changeFileName(laptopId, 1)), sealChangeFile(header, { laptopName: 'Ny', entries: [] }, key));
    key.fill(0);
    expect(await refusal(a, folder)).toMatchObject({ code: 'SYNC_SCHEMA_MISMATCH', details: { theirs: '99:abcdef' } });
  });

  it('kill -9 during a pull leaves the programme as it was', async () => {
    const { a, b, folder } = await laptops();
    for (let i = 0; i < 3; i += 1) await fileFromB(b, folder);
    const before = withoutUnlocks(dumpData(a.sqlite()));
    await a.call('vault.lock', {});
    const child = spawn(process.execPath, [puller, a.path, PASS, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', () => resolve());
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('applied') && !child.killed) child.kill('SIGKILL');
      });
    });
    expect(child.signalCode).toBe('SIGKILL');
    await a.unlock();
    expect(differences(withoutUnlocks(dumpData(a.sqlite())), before)).toEqual([]);
    expect(readdirSync(folder)).toHaveLength(3);
    expect((await a.call('sync.pull', { folder })).applied).toBe(3);
  });
});
