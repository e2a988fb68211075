// Calendar days of a plan. A plan day is a date (YYYY-MM-DD) on the reader's own calendar: the
// subscription's IANA zone turns an instant into that date (through Intl, which follows DST and the
// zone's history), and the arithmetic between dates is done on plain calendar dates, where every
// day is 24 hours long whatever the clocks did.
const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC date of a moment, YYYY-MM-DD. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Which day of a plan started on `start` the date `on` is (1 on the start date; 0 or less before it). */
export function planDayOn(start: string, on: string): number {
  return Math.round((Date.parse(`${on}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Is this a real calendar date written YYYY-MM-DD? */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && isoDate(new Date(`${value}T00:00:00Z`)) === value;
}

// One formatter per zone: building Intl formatters is the slow part, and the hourly job asks per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Latin digits and the Gregorian calendar whatever the runtime's default locale; h23 so midnight is 0, not 24.
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock date and hour of a moment in a zone. */
export function localTime(at: Date, zone: string): { date: string; hour: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(at)) parts[p.type] = p.value;
  return { date: `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24 };
}

/** The date of a moment on the calendar of a zone, YYYY-MM-DD. */
export function localDate(at: Date, zone: string): string {
  return localTime(at, zone).date;
}

/**
 * The local date whose daily email may go out at `at` — the reader's date once their clock shows
 * `hour` or later — or null while it is still earlier. "At or after" rather than "at" because the job
 * runs hourly at arbitrary minutes, zones are offset by half and quarter hours, and a DST change can
 * skip the hour itself (in zones that change at midnight); the date still comes round only once.
 */
export function reminderDateAt(at: Date, zone: string, hour: number): string | null {
  const local = localTime(at, zone);
  return local.hour >= hour ? local.date : null;
}
