/** Dates in the report: every `*_on` is YYYY-MM-DD; event instants are turned into the Oslo day. */

export function inPeriod(date: string | null | undefined, period: { from: string; to: string }): boolean {
  return !!date && date >= period.from && date <= period.to;
}

export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
