import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from './usage-error.ts';

/**
 * Secrets come from the environment or an interactive prompt with no echo — never from argv,
 * where other users of the machine and the shell history can read them.
 */
export async function secret(name: 'KOBLE_PASSPHRASE' | 'KOBLE_NEW_PASSPHRASE' | 'KOBLE_RECOVERY_KEY' | 'KOBLE_INVITATION_CODE', prompt: string, options: { confirm?: boolean } = {}): Promise<string> {
  const fromEnv = process.env[name];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new UsageError(`Set ${name} or run in a terminal to be asked for it`);
  const first = await ask(prompt);
  if (options.confirm) {
    const again = await ask('Gjenta: ');
    if (again !== first) throw new UsageError('The two entries were not the same');
  }
  return first;
}

function ask(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
