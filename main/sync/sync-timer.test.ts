import { describe, expect, it } from 'vitest';
import { sharedLaptops, type Laptop } from '../test/sync-laptops.ts';
import { startSyncTimer } from './sync-timer.ts';

const laptops = sharedLaptops();

const has = (laptop: Laptop, id: string) => laptop.sqlite().prepare('select count(*) from participants where id = ?').pluck().get(id) === 1;

describe('sync on unlock and on a timer', { timeout: 120_000 }, () => {
  it('a tick syncs only when the user has been idle; unlocking syncs at once; nothing runs while locked', async () => {
    const { a, b, folder } = await laptops();
    await a.call('sync.chooseFolder', { folder });
    await b.call('sync.chooseFolder', { folder });
    let tick = () => {};
    let idleMs = 60_000;
    const stop = startSyncTimer(a.session, {
      every: (_ms, run) => {
        tick = run;
        return () => undefined;
      },
      get idleMs() {
        return idleMs;
      },
    });
    try {
      const first = await b.call('people.create', { firstName: 'Olena', lastName: 'Tidtaker', registeredOn: '2026-02-01' });
      await b.call('sync.now', {});
      await a.call('people.list', {});
      tick();
      expect(has(a, first.id)).toBe(false);
      idleMs = 0;
      tick();
      expect(has(a, first.id)).toBe(true);
      expect((await a.call('sync.status', {})).lastPull).not.toBeNull();

      await a.call('vault.lock', {});
      const second = await b.call('people.create', { firstName: 'Yonas', lastName: 'Lås', registeredOn: '2026-02-01' });
      await b.call('sync.now', {});
      tick();
      await a.unlock();
      expect(has(a, second.id)).toBe(true);
    } finally {
      stop();
    }
  });

  it('a round that fails is kept for the screen and cleared by the next that succeeds', async () => {
    const { a, folder, dir } = await laptops();
    // The folder chosen earlier is gone (a USB stick pulled out, a network drive not reachable).
    a.sqlite().prepare("insert into sync_state (key, value) values ('folder', ?) on conflict(key) do update set value = excluded.value").run(JSON.stringify(`${dir}/finnes-ikke`));
    const reply = await a.api.call('sync.now', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'SYNC_FOLDER_MISSING' } });
    expect((await a.call('sync.status', {})).lastError).toMatchObject({ code: 'SYNC_FOLDER_MISSING' });
    await a.call('sync.chooseFolder', { folder });
    await a.call('sync.now', {});
    expect((await a.call('sync.status', {})).lastError).toBeNull();
  });
});
