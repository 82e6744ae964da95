/** Dates in the report: every `*_on` is YYYY-MM-DD; event instants are turned into the Oslo day. */

export function inPeriod(date: string | null | undefined, period: { from: string; to: string }): boolean {
  return !!date && date >= period.from && date <= period.to;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
