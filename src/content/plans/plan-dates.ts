// Calendar days of a plan (UTC dates, YYYY-MM-DD): which day of the plan a date is, and back.
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
