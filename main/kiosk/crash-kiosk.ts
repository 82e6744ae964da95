// Child process for the kiosk crash test: runs the kiosk (programme or kit mode) through the API and
// checks in the given attendance ids one by one, printing each id once the check-in is confirmed,
// until it is killed.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApi } from '../api/index.ts';
import { fakeHost } from '../test/test-host.ts';

const [mode, path, passphrase, idsFile, eventId] = process.argv.slice(2) as [string, string, string, string, string];
const api = createApi(fakeHost(dirname(path), { trustsPaths: true }));
const must = async (name: string, input: unknown) => {
  const reply = await api.call(name, input);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
  return reply.value;
};
if (mode === 'kit') await must('kit.open', { path, passphrase });
else {
  await must('vault.unlock', { path, passphrase });
  await must('kiosk.enter', { eventId });
}
for (const attendanceId of JSON.parse(readFileSync(idsFile, 'utf8')) as string[]) {
  await must('kiosk.checkIn', { attendanceId });
  process.stdout.write(`${attendanceId}\n`);
}
process.stdout.write('done\n');
setInterval(() => {}, 1000);
