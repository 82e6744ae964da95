/** Edit distance (insert, delete, replace, swap of neighbours), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `key` (both already folded), if it is close enough to be a likely typo:
 * at most a third of the word's letters differ (and at most 4), or one is the other plus at most 3 letters.
 */
export function closest<T>(key: string, candidates: Iterable<readonly [string, T]>): T | undefined {
  if (key.length < 3) return undefined;
  const max = Math.min(4, Math.max(1, Math.floor(key.length / 3)));
  let best: T | undefined;
  let bestDistance = max + 1;
  for (const [name, value] of candidates) {
    const d = editDistance(key, name, bestDistance - 1);
    if (d < bestDistance) {
      best = value;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  if (best !== undefined) return best;
  for (const [name, value] of candidates) {
    if (name.length >= 4 && Math.abs(name.length - key.length) <= 3 && (name.startsWith(key) || key.startsWith(name))) return value;
  }
  return undefined;
}
