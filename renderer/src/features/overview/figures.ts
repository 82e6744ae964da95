/**
 * Turns overview.summary's result into figures to show, without depending on its exact shape:
 * top-level numbers become figures, objects of numbers become groups, arrays of
 * `{ key|stage|name|kind, count|value }` become groups too. Anything else is ignored.
 */
export type Figure = { key: string; value: number };
export type FigureGroup = { key: string | null; figures: Figure[] };
export type Summary = { groups: FigureGroup[]; asOf: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function figuresOf(value: unknown): Figure[] {
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, inner]) => (isCount(inner) ? [{ key, value: inner }] : []));
  }
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isRecord(item)) return [];
      const key = [item.key, item.stage, item.name, item.kind, item.label].find((k) => typeof k === 'string');
      const count = [item.count, item.value, item.total].find(isCount);
      return typeof key === 'string' && count !== undefined ? [{ key, value: count }] : [];
    });
  }
  return [];
}

export function summaryFigures(summary: unknown): Summary {
  if (!isRecord(summary)) return { groups: [], asOf: null };
  const top: Figure[] = [];
  const groups: FigureGroup[] = [];
  let asOf: string | null = null;
  for (const [key, value] of Object.entries(summary)) {
    if (isCount(value)) top.push({ key, value });
    else if (typeof value === 'string' && /^(asOf|today|date)$/.test(key) && /^\d{4}-\d{2}-\d{2}/.test(value)) asOf = value;
    else {
      const inner = figuresOf(value);
      if (inner.length > 0) groups.push({ key, figures: inner });
    }
  }
  return { groups: top.length > 0 ? [{ key: null, figures: top }, ...groups] : groups, asOf };
}

/** "activeParticipants" → "Active participants", for keys without a translation. */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
