// Child process for the kiosk crash test: runs the kiosk (programme or kit mode) through the API and
// checks in the given attendance ids one by one, printing each id once the check-in is confirmed,
// until it is killed. The parent acknowledges each line it has read with one byte on stdin; the
// child never runs more than `window` check-ins ahead of those acknowledgements, so however slowly
// the parent reads, the child cannot finish the list before the parent's kill lands (no sleeps).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApi } from '../api/index.ts';
import { fakeHost } from './test-host.ts';

const [mode, path, passphrase, idsFile, eventId, windowArg] = process.argv.slice(2) as [string, string, string, string, string, string];
const window = Number(windowArg);
if (!Number.isInteger(window) || window < 1) throw new Error('crash-kiosk: the last argument is how many check-ins it may run ahead of the acknowledgements');
const api = createApi(fakeHost(dirname(path), { trustsPaths: true }));
const must = async (name: string, input: unknown) => {
  const reply = await api.call(name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
  return reply.value;
};

let acknowledged = 0;
let confirmed = 0;
let wake: (() => void) | null = null;
process.stdin.on('data', (chunk: Buffer) => {
  acknowledged += chunk.length;
  const waiting = wake;
  wake = null;
  waiting?.();
});
const nextAcknowledgement = () => new Promise<void>((resolve) => (wake = resolve));

if (mode === 'kit') await must('kit.open', { path, passphrase });
else {
  await must('vault.unlock', { path, passphrase });
  await must('kiosk.enter', { eventId });
}
process.stdout.write('ready\n');
for (const attendanceId of JSON.parse(readFileSync(idsFile, 'utf8')) as string[]) {
  while (confirmed >= acknowledged + window) await nextAcknowledgement();
  await must('kiosk.checkIn', { attendanceId });
  confirmed++;
  process.stdout.write(`${attendanceId}\n`);
}
process.stdout.write('done\n');
setInterval(() => {}, 1000);
