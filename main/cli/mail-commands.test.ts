import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { afterEach, expect, it } from 'vitest';
import { tempDir } from '../../db/test/temp-dir.ts';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';
import { parseIcs } from '../mail/test/parse-ics.ts';
import { startSmtpSink } from '../mail/test/smtp-sink.ts';
import { cliInProcess } from '../test/cli.ts';

const BIN = fileURLToPath(new URL('../../scripts/koble.mjs', import.meta.url));
let cleanup: () => unknown = () => {};
afterEach(async () => {
  await cleanup();
  delete process.env.KOBLE_SMTP_URL;
});

type EventRow = { id: string; startsAt: string; counts: { total: number } };

it('koble mail send survives kill -9 in the middle of a bulk send: the resend sends the rest and nobody gets it twice', async () => {
  const temp = tempDir();
  const sink = await startSmtpSink();
  cleanup = async () => (await sink.close(), temp.cleanup());
  const db = join(temp.dir, 'Demo.koble');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KOBLE_DATA_DIR: join(temp.dir, 'appdata'), KOBLE_LANG: 'nb', KOBLE_PASSPHRASE: DEMO_PASSPHRASE, KOBLE_SMTP_URL: `${sink.url}&rate=600` };
  expect(spawnSync(process.execPath, [BIN, 'demo', '--db', db, '--people', '150', '--seed', '4'], { env, encoding: 'utf8' }).status).toBe(0);
  const { koble } = await cliInProcess(temp.dir);
  const events = (await koble(['event', 'list', '--db', db, '--json'])).json() as EventRow[];
  const upcoming = [...events].sort((a, b) => b.counts.total - a.counts.total)[0]!;
  expect(upcoming.counts.total).toBeGreaterThan(5);
  const send = ['mail', 'send', '--template', 'event-invitation', '--event', upcoming.id, '--db', db, '--json'];
  const preview = (await koble(['mail', 'preview', '--template', 'event-invitation', '--event', upcoming.id, '--db', db, '--json'])).json() as { recipients: number; skipped: unknown[] };
  // The demo gives most people an e-mail and a consent for contact by e-mail: most of the roster is reached.
  expect(preview.recipients).toBeGreaterThan(upcoming.counts.total / 2);

  const child = spawn(process.execPath, [BIN, ...send], { env, stdio: 'ignore' });
  let gone = false;
  const exited = new Promise((done) => child.on('exit', (code) => ((gone = true), done(code))));
  while (sink.received.length < 3 && !gone) await new Promise((done) => setTimeout(done, 10));
  // A child that died on its own (a bundling fault, a refused send) fails here instead of hanging.
  expect(gone, 'the send ended before the kill').toBe(false);
  child.kill('SIGKILL');
  await exited;
  const beforeResend = sink.received.length;
  expect(beforeResend).toBeLessThan(preview.recipients);

  process.env.KOBLE_SMTP_URL = env.KOBLE_SMTP_URL;
  const resent = await koble(send);
  const summary = resent.json() as { sent: number; alreadySent: number; uncertainBefore: number; skipped: { reason: string }[] };
  expect(summary.skipped).toHaveLength(preview.skipped.length);
  expect(summary.alreadySent).toBeGreaterThanOrEqual(beforeResend - 1);
  expect(summary.uncertainBefore).toBeLessThanOrEqual(1);
  const perRecipient = new Map<string, number>();
  for (const m of sink.received) for (const to of m.envelopeTo) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
  expect(Math.max(...perRecipient.values())).toBe(1);
  // Everyone got it, except at most the one message the kill left uncertain (in the outbox for the coordinator to check).
  expect(perRecipient.size).toBeGreaterThanOrEqual(preview.recipients - summary.uncertainBefore);
  expect(summary.sent + summary.alreadySent + summary.uncertainBefore).toBe(preview.recipients);

  // A third send sends nothing new.
  const third = (await koble(send)).json() as { sent: number };
  expect(third.sent).toBe(0);
  expect(sink.received.length).toBe(beforeResend + summary.sent);
}, 180_000);

it('koble event invite, match invite and mail drafts write files an independent reader understands', async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = join(temp.dir, 'Demo.koble');
  const { koble } = await cliInProcess(temp.dir);
  expect((await koble(['demo', '--db', db, '--people', '60', '--seed', '5'])).code).toBe(0);
  const events = (await koble(['event', 'list', '--db', db, '--json'])).json() as EventRow[];
  const event = [...events].sort((a, b) => b.counts.total - a.counts.total)[0]!;

  const ics = join(temp.dir, 'treff.ics');
  expect((await koble(['event', 'invite', '--event', event.id, '--db', db, '--out', ics])).code).toBe(0);
  expect(parseIcs(readFileSync(ics, 'utf8')).events[0]).toMatchObject({ uid: `event-${event.id}@koble`, tzid: 'Europe/Oslo' });
  expect((await koble(['event', 'invite', '--event', event.id, '--db', db, '--out', join(temp.dir, 'x.txt')])).code).toBe(1);

  const matches = (await koble(['match', 'list', '--db', db, '--json'])).json() as { id: string; introMeetingAt: string | null }[];
  const booked = matches.find((m) => m.introMeetingAt?.includes('T'));
  if (booked) {
    const file = join(temp.dir, 'koblingsmote.ics');
    expect((await koble(['match', 'invite', '--match', booked.id, '--db', db, '--out', file])).code).toBe(0);
    expect(parseIcs(readFileSync(file, 'utf8')).events[0]!.uid).toBe(`koblingsmote-${booked.id}@koble`);
  }

  const out = join(temp.dir, 'utkast');
  const drafts = await koble(['mail', 'drafts', '--template', 'event-reminder', '--event', event.id, '--db', db, '--out', out, '--json']);
  expect(drafts.stderr).toBe('');
  expect(drafts.code).toBe(0);
  const files = readdirSync(out);
  expect(files.length).toBe((drafts.json() as { written: number }).written);
  expect(files.length).toBeGreaterThan(0);
  const eml = readFileSync(join(out, files[0]!));
  const parsed = await simpleParser(eml);
  expect(parsed.headers.get('x-unsent')).toBe('1');
  expect(parsed.subject).toMatch(/^Påminnelse: /);
  // Drafts made once are not made again.
  expect((await koble(['mail', 'drafts', '--template', 'event-reminder', '--event', event.id, '--db', db, '--out', out, '--json'])).json()).toMatchObject({ written: 0 });
}, 120_000);
