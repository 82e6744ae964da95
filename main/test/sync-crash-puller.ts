// Child process for the kill -9 test: unlocks a programme, starts a pull and, once the first
// change file is applied inside the still open transaction, says so and waits to be killed.
import { unlockWithPassphrase } from '../../db/vault/vault.ts';
import { pullChanges } from '../sync/pull.ts';

const [path, passphrase, folder] = process.argv.slice(2);
const vault = await unlockWithPassphrase(path!, passphrase!);
pullChanges(vault, folder!, new Date(), {
  onFileApplied() {
    process.stdout.write('applied\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
});
