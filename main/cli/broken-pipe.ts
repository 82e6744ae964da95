import type { Writable } from 'node:stream';

const watched = new WeakSet<Writable>();

/**
 * `koble people list | head`: once the reader has closed the pipe, the next write fails with
 * EPIPE. That is the reader saying "enough", not an error: exit 0 with no stack trace. Other
 * write errors still surface.
 */
export function exitQuietlyOnBrokenPipe(stream: Writable, exit: (code: number) => void = (code) => process.exit(code)): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
