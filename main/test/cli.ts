import { join } from 'node:path';
import { vi } from 'vitest';
import { DEMO_PASSPHRASE } from '../demo/passphrase.ts';

/**
 * For CLI tests: the CLI's main() in this process, with its own data folder, Norwegian messages
 * and the demo passphrase. `koble(args)` returns the exit code, stdout, stderr and the last
 * stdout line parsed as JSON.
 */
export async function cliInProcess(dir: string) {
  process.env.KOBLE_DATA_DIR = join(dir, 'appdata');
  process.env.KOBLE_LANG = 'nb';
  process.env.KOBLE_PASSPHRASE = DEMO_PASSPHRASE;
  const { main } = await import('../cli.ts');
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const koble = async (args: string[]) => {
    const lines: string[] = [];
    stderr.mockClear();
    const code = await main(args, (line) => lines.push(line));
    const err = stderr.mock.calls.map((c) => String(c[0])).join('');
    return { code, stdout: lines.join('\n'), stderr: err, json: () => JSON.parse(lines.at(-1)!) as unknown };
  };
  return { koble, stderr };
}
