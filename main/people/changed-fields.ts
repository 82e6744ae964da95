/**
 * The names of the fields in `changes` whose value differs from `current` (arrays and other JSON
 * compared by value). Used for the audit log, which records field names, never values.
 */
export function changedFields<T extends object>(current: T, changes: Partial<T>): (keyof T & string)[] {
  const names: (keyof T & string)[] = [];
  for (const key of Object.keys(changes) as (keyof T & string)[]) {
    const next = changes[key];
    if (next === undefined) continue;
    if (JSON.stringify(next) !== JSON.stringify(current[key] ?? null)) names.push(key);
  }
  return names;
}
