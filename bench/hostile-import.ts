/**
 * Hostile spreadsheets: for each kind (scripts/make-hostile-files.ts), the time and the peak memory
 * (the process's peak RSS, worker threads included) of reading it as the import does, each in its
 * own child process, with a time cap.
 *
 *   node bench/hostile-import.ts [--cap-seconds 60] [--reader main|old]
 *
 * `--reader old` calls the in-thread readSpreadsheet of a checkout without the sheet worker (the
 * "before" figures: run this file from the new checkout with KOBLE_OLD_READER=/path/to/old/main/import/read-spreadsheet.ts).
 * `--child FILE…` is the child's mode: reads each file and prints one JSON line per file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHostileFiles } from '../scripts/make-hostile-files.ts';

export type ReadOutcome = { file: string; ms: number; outcome: string; peakRssMb: number };

async function readerFor(kind: string): Promise<(path: string) => Promise<{ rows: unknown[] }>> {
  if (kind === 'old') {
    const module = (await import(process.env.KOBLE_OLD_READER!)) as { readSpreadsheet: (path: string) => Promise<{ rows: unknown[] }> };
    return module.readSpreadsheet;
  }
  return (await import('../main/import/read-worker/run.ts')).readSpreadsheet;
}

/** The child: reads the files one after another; the peak RSS printed after each is the process's peak so far. */
async function child(files: string[], reader: string): Promise<void> {
  const read = await readerFor(reader);
  for (const file of files) {
    const start = performance.now();
    let outcome: string;
    try {
      outcome = `read ${(await read(file)).rows.length} rows`;
    } catch (error) {
      const e = error as { code?: string; details?: { reason?: string } };
      outcome = e.code ? `${e.code}${e.details?.reason ? ` (${e.details.reason})` : ''}` : `crashed: ${(error as Error).message.slice(0, 60)}`;
    }
    const result: ReadOutcome = { file, ms: Math.round(performance.now() - start), outcome, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}

/** Reads `files` in one child process with a time cap; resolves with what it printed (and a line for a file it never finished). */
export function readInChild(files: string[], options: { capSeconds: number; reader?: string; heapMb?: number }): Promise<ReadOutcome[]> {
  const script = fileURLToPath(import.meta.url);
  const args = [...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), script, '--child', '--reader', options.reader ?? 'main', ...files];
  return new Promise((resolve) => {
    const started = performance.now();
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), options.capSeconds * 1000);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      const results = out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReadOutcome);
      if (results.length < files.length) {
        const why = signal === 'SIGKILL' ? `> ${options.capSeconds} s (killed)` : /heap out of memory/i.test(err) ? 'crashed: heap out of memory' : `crashed (exit ${code})`;
        results.push({ file: files[results.length]!, ms: Math.round(performance.now() - started), outcome: why, peakRssMb: NaN });
      }
      resolve(results);
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const reader = args.includes('--reader') ? args[args.indexOf('--reader') + 1]! : 'main';
  if (args[0] === '--child') {
    await child(args.slice(args.indexOf('--reader') + 2), reader);
    return;
  }
  const capSeconds = args.includes('--cap-seconds') ? Number(args[args.indexOf('--cap-seconds') + 1]) : 60;
  const dir = mkdtempSync(join(tmpdir(), 'koble-hostile-'));
  try {
    const names = await writeHostileFiles(dir);
    console.log(`reader: ${reader}; each file in its own process; cap ${capSeconds} s; peak RSS of the whole process (worker included)`);
    console.log('file'.padEnd(26), 'ms'.padStart(8), 'peak MB'.padStart(8), ' outcome');
    for (const name of names) {
      // A child that stopped before printing (killed, out of memory) still gets a line.
      const [result] = await readInChild([join(dir, name)], { capSeconds, reader, heapMb: 2048 });
      console.log(name.padEnd(26), String(result!.ms).padStart(8), String(result!.peakRssMb).padStart(8), ` ${result!.outcome}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
