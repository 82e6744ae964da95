import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ParsedCalendar = {
  method: string;
  timezones: string[];
  events: { uid: string; sequence: number; summary: string; location: string; startUtc: string; endUtc: string; tzid: string; organizer: string; attendees: string[] }[];
};

/** Parses an .ics with Python's icalendar (Debian's /usr/bin/python3), an independent reader. */
export function parseIcs(ics: string): ParsedCalendar {
  const script = fileURLToPath(new URL('./parse-ics.py', import.meta.url));
  return JSON.parse(execFileSync('/usr/bin/python3', [script], { input: ics, encoding: 'utf8' })) as ParsedCalendar;
}
