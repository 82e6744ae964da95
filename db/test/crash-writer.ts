// Child process for the crash test: unlocks a programme and commits one participant per
// transaction, printing each committed number, until it is killed.
import { participants } from '../schema/index.ts';
import { unlockWithPassphrase } from '../vault/vault.ts';

const [path, passphrase] = process.argv.slice(2);
const vault = await unlockWithPassphrase(path!, passphrase!);
for (let n = 1; ; n++) {
  vault.db.insert(participants).values({ firstName: `Krasj${n}`, lastName: 'Test', stageChangedOn: '2026-01-01', registeredOn: '2026-01-01' }).run();
  process.stdout.write(`${n}\n`);
}
