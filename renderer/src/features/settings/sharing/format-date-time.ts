import { formatDate } from '../../../i18n/format-date.ts';

/** A moment as dd.mm.åååå tt:mm in local time (the last sync, a conflict). */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${formatDate(date)} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
