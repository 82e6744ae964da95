/**
 * Hybrid logical clock stamps as sortable strings: 15 digits of wall-clock milliseconds, 6 of a
 * counter, then the laptop id. Comparing two stamps as strings orders them by time, then counter,
 * then laptop: a total order every laptop agrees on, so "last writer wins" picks the same value
 * everywhere. Pure functions.
 */
export type Hlc = string;

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function formatHlc(ms: number, counter: number, laptopId: string): Hlc {
  return `${String(ms).padStart(MS_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}.${laptopId}`;
}

export function parseHlc(hlc: Hlc): { ms: number; counter: number; laptopId: string } {
  const [ms, counter, ...rest] = hlc.split('.');
  return { ms: Number(ms), counter: Number(counter), laptopId: rest.join('.') };
}

/** The next stamp for a write at `wallMs`, after everything this laptop has issued or seen (`last`). */
export function nextHlc(last: Hlc | null, wallMs: number, laptopId: string): Hlc {
  if (last === null) return formatHlc(wallMs, 0, laptopId);
  const previous = parseHlc(last);
  if (wallMs > previous.ms) return formatHlc(wallMs, 0, laptopId);
  return formatHlc(previous.ms, previous.counter + 1, laptopId);
}

export function maxHlc(a: Hlc | null | undefined, b: Hlc | null | undefined): Hlc | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}
