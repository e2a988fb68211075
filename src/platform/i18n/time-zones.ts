// IANA time zones through Intl (no tz database of our own): the names offered in forms, and the check
// that turns what someone sent into the name we store.

let names: readonly string[] | undefined;

/** Every zone this runtime knows, UTC first then A–Z (Intl.supportedValuesOf leaves UTC out). */
export function timeZoneNames(): readonly string[] {
  return (names ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')]);
}

/**
 * The zone's canonical name (`us/eastern` → `America/New_York`), or null when it is no IANA zone.
 * Offsets ("+05:00") and unknown names are refused; only names Intl itself lists (or UTC) are kept, so a
 * stored zone is always one the forms can show as chosen.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  if (!name || name.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(name) || /^[+-]/.test(name)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT') return 'UTC';
  return timeZoneNames().includes(resolved) ? resolved : null;
}
