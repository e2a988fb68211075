// The iCalendar (RFC 5545) feed of a plan's days: one all-day event a day from the start date, with the
// reading as its summary and the day's page as its URL. Lines end in CRLF and are folded at 75 octets
// (never inside a UTF-8 character); text escapes backslash, semicolon, comma and newlines.
import { addDays } from './plan-dates.js';

/** One day of the feed. */
export interface CalendarDay {
  readonly day: number;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
}

/** What the whole feed needs. */
export interface CalendarInput {
  /** The calendar's name (X-WR-CALNAME). */
  readonly name: string;
  /** YYYY-MM-DD of day 1. */
  readonly start: string;
  /** Makes UIDs unique and stable: the same plan and start give the same UIDs on every download. */
  readonly uidPrefix: string;
  /** Host for the UIDs (BASE_URL's). */
  readonly host: string;
  /** DTSTAMP: when the feed was made. */
  readonly now: Date;
  readonly days: readonly CalendarDay[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, continuing lines with CRLF and one space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole VCALENDAR text. */
export function planCalendar(input: CalendarInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Intercede//Reading plans//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(input.name)}`];
  for (const d of input.days) {
    const on = addDays(input.start, d.day - 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.uidPrefix}-day-${d.day}@${input.host}`,
      `DTSTAMP:${stamp(input.now)}`,
      `DTSTART;VALUE=DATE:${compactDate(on)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(on, 1))}`,
      `SUMMARY:${escapeText(d.summary)}`,
      `DESCRIPTION:${escapeText(`${d.description}\n${d.url}`)}`,
      `URL:${d.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
