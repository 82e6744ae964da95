import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { sharedTables, tableShape } from '../../db/vault/change-capture.ts';
import type { SqliteDatabase } from '../../db/vault/database.ts';
import { keysPathFor } from '../../db/vault/keyslots.ts';
import { createApi, type ApiInput, type ApiMethod, type ApiOutput } from '../api/index.ts';
import { Session } from '../session/session.ts';
import { fakeHost } from './test-host.ts';

export const PASS = 'blåbærsyltetøy på fjellet';
/** The newcomer's own passphrase when a laptop joins by invitation. */
export const NEW_PASS = 'tyttebær i skogen om høsten';

export type Laptop = Awaited<ReturnType<typeof openLaptop>>;

export async function openLaptop(dir: string, path: string) {
  const session = new Session({ sleep: async () => undefined });
  const api = createApi(fakeHost(dir, { trustsPaths: true }), session);
  const call = async <M extends ApiMethod>(name: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const reply = await api.call(name, input);
    if (!reply.ok) throw Object.assign(new Error(`${name}: ${reply.error.code} ${reply.error.message}`), { reply: reply.error });
    return reply.value as ApiOutput<M>;
  };
  const unlock = () => call('vault.unlock', { path, passphrase: PASS });
  return { path, api, call, session, unlock, sqlite: () => session.requireVault().sqlite };
}

/**
 * Two laptops sharing one programme: A is made with the demo generator, shares a folder (its
 * first push turns sharing on), and B is a copy of A's .koble and .keys files, like a coordinator
 * copying the programme to a colleague. Both stay unlocked; everything is removed after the test.
 */
export function sharedLaptops(how: 'copy' | 'invite' = 'copy'): () => Promise<{ a: Laptop; b: Laptop; folder: string; dir: string; code: string | null }> {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0).reverse()) c();
  });
  return async () => {
    const { dir, cleanup } = tempDir('koble-sync-');
    cleanups.push(cleanup);
    const folder = join(dir, 'Delt mappe');
    mkdirSync(folder);
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const a = await openLaptop(dir, join(dir, 'a', 'Skien.koble'));
    cleanups.push(() => a.session.lock());
    await a.call('vault.create', { path: a.path, staffName: 'Kari Koordinator', passphrase: PASS });
    await a.call('demo.generate', { people: 50, seed: 3, today: '2026-01-15' });
    await a.call('sync.push', { folder });
    const b = await openLaptop(dir, join(dir, 'b', 'Skien.koble'));
    cleanups.push(() => b.session.lock());
    if (how === 'invite') {
      // B joins with an invitation A wrote after its first push (a newcomer's laptop).
      const invited = (await a.call('sync.invite', { staffName: 'Nora Nykommer', out: join(dir, 'Til Nora.kobleinvite') }))!;
      await b.call('sync.join', { invitation: invited.path, path: b.path, code: invited.code, passphrase: NEW_PASS });
      return { a, b, folder, dir, code: invited.code };
    }
    await a.call('vault.lock', {});
    copyFileSync(a.path, b.path);
    copyFileSync(keysPathFor(a.path), keysPathFor(b.path));
    await a.unlock();
    await b.unlock();
    return { a, b, folder, dir, code: null };
  };
}

/** Every shared table's rows in primary-key order: two laptops have converged when these are equal. */
export function dumpData(db: SqliteDatabase): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of sharedTables(db)) {
    const shape = tableShape(db, table);
    out[table] = db.prepare(`select * from "${table}" order by ${shape.pk.map((c) => `"${c}"`).join(', ')}`).all();
  }
  return out;
}

/** Rows that differ between two laptops' data, as "table id: column here≠there" lines (empty when converged). */
export function differences(one: Record<string, unknown[]>, other: Record<string, unknown[]>): string[] {
  const lines: string[] = [];
  for (const table of new Set([...Object.keys(one), ...Object.keys(other)])) {
    const key = (row: unknown) => JSON.stringify((row as { id?: unknown; key?: unknown }).id ?? (row as { key?: unknown }).key ?? row);
    const left = new Map((one[table] ?? []).map((row) => [key(row), row as Record<string, unknown>]));
    const right = new Map((other[table] ?? []).map((row) => [key(row), row as Record<string, unknown>]));
    for (const id of new Set([...left.keys(), ...right.keys()])) {
      const l = left.get(id);
      const r = right.get(id);
      if (!l || !r) {
        lines.push(`${table} ${id}: only ${l ? 'here' : 'there'}`);
        continue;
      }
      for (const column of Object.keys(l)) if (JSON.stringify(l[column]) !== JSON.stringify(r[column])) lines.push(`${table} ${id}: ${column} ${JSON.stringify(l[column])} ≠ ${JSON.stringify(r[column])}`);
    }
  }
  return lines;
}
