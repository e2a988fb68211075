import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, timeZoneNames } from './time-zones.js';

describe('time zones', () => {
  it('offers UTC first and the zones readers live in', () => {
    const names = timeZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names).toEqual(expect.arrayContaining(['Europe/Madrid', 'America/Mexico_City', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['Europe/Madrid', 'Europe/Madrid'],
    [' America/Mexico_City ', 'America/Mexico_City'],
    ['europe/madrid', 'Europe/Madrid'],
    ['US/Eastern', 'America/New_York'],
    ['Etc/UTC', 'UTC'],
    ['utc', 'UTC'],
  ])('keeps %j as %s', (value, expected) => {
    expect(canonicalTimeZone(value)).toBe(expected);
  });

  it.each([['Mars/Olympus_Mons'], ['+05:00'], [''], ['Europe/Madrid<script>'], ['x'.repeat(100)], [42], [undefined]])('refuses %j', (value) => {
    expect(canonicalTimeZone(value)).toBeNull();
  });
});
