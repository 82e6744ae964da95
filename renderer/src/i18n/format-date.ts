/** Dates as dd.mm.åååå in every language, as Norwegian offices write them. */
export function formatDate(value: Date | string): string {
  // A plain day (YYYY-MM-DD) is a calendar day, not midnight UTC shifted into the computer's zone.
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}
