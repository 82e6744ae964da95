import { expect, it } from 'vitest';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { sharedLaptops } from '../test/sync-laptops.ts';

const laptops = sharedLaptops();

/** The mail tables travel like any other (docs/sync.md): the office's own templates and account are one per programme. */
it('a mail template the office edited on one laptop is the one the other laptop sends', { timeout: 120_000 }, async () => {
  const { a, b, folder } = await laptops();
  await a.call('mail.saveTemplate', { kind: 'welcome', language: 'nb', subject: 'Velkommen til Koble-kontoret', body: 'Hei {{firstName}}, velkommen!' });
  await a.call('sync.push', { folder });
  expect(filesContaining(folder, ['Velkommen til Koble-kontoret'])).toEqual([]);
  await b.call('sync.pull', { folder });
  const welcome = (await b.call('mail.templates', {}));
  expect(welcome.find((t) => t.kind === 'welcome' && t.language === 'nb')).toMatchObject({ subject: 'Velkommen til Koble-kontoret' });
});
