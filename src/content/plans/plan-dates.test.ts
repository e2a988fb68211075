import { describe, expect, it } from 'vitest';
import { addDays, localDate, localTime, planDayOn, reminderDateAt } from './plan-dates.js';

const at = (iso: string) => new Date(iso);

describe('plan dates on the reader’s calendar', () => {
  it('Europe/Madrid: midnight and 07:00 move by an hour in UTC when the clocks go forward (29 March 2026)', () => {
    // CET (UTC+1) the day before: midnight is 23:00Z, the email hour 06:00Z.
    expect(localDate(at('2026-03-27T22:59:59Z'), 'Europe/Madrid')).toBe('2026-03-27');
    expect(localDate(at('2026-03-27T23:00:00Z'), 'Europe/Madrid')).toBe('2026-03-28');
    expect(reminderDateAt(at('2026-03-28T05:59:59Z'), 'Europe/Madrid', 7)).toBeNull();
    expect(reminderDateAt(at('2026-03-28T06:00:00Z'), 'Europe/Madrid', 7)).toBe('2026-03-28');
    // 02:00 → 03:00 at 01:00Z; on the short day 07:00 is 05:00Z.
    expect(localTime(at('2026-03-29T00:59:59Z'), 'Europe/Madrid')).toEqual({ date: '2026-03-29', hour: 1 });
    expect(localTime(at('2026-03-29T01:00:00Z'), 'Europe/Madrid')).toEqual({ date: '2026-03-29', hour: 3 });
    expect(reminderDateAt(at('2026-03-29T04:59:59Z'), 'Europe/Madrid', 7)).toBeNull();
    expect(reminderDateAt(at('2026-03-29T05:00:00Z'), 'Europe/Madrid', 7)).toBe('2026-03-29');
    // The 23-hour day still counts as one plan day: the next starts at 22:00Z.
    expect(planDayOn('2026-03-28', localDate(at('2026-03-29T21:59:59Z'), 'Europe/Madrid'))).toBe(2);
    expect(planDayOn('2026-03-28', localDate(at('2026-03-29T22:00:00Z'), 'Europe/Madrid'))).toBe(3);
  });

  it('Europe/Madrid: when the clocks go back (25 October 2026) the repeated hour stays on one date and 07:00 comes once', () => {
    expect(localTime(at('2026-10-25T00:30:00Z'), 'Europe/Madrid')).toEqual({ date: '2026-10-25', hour: 2 });
    expect(localTime(at('2026-10-25T01:30:00Z'), 'Europe/Madrid')).toEqual({ date: '2026-10-25', hour: 2 });
    expect(reminderDateAt(at('2026-10-25T05:59:59Z'), 'Europe/Madrid', 7)).toBeNull();
    expect(reminderDateAt(at('2026-10-25T06:00:00Z'), 'Europe/Madrid', 7)).toBe('2026-10-25');
    expect(localDate(at('2026-10-25T22:59:59Z'), 'Europe/Madrid')).toBe('2026-10-25');
    expect(localDate(at('2026-10-25T23:00:00Z'), 'Europe/Madrid')).toBe('2026-10-26');
  });

  it('America/New_York: the email hour is 12:00Z in winter and 11:00Z in summer, across both changes of 2026', () => {
    expect(reminderDateAt(at('2026-03-07T11:59:59Z'), 'America/New_York', 7)).toBeNull();
    expect(reminderDateAt(at('2026-03-07T12:00:00Z'), 'America/New_York', 7)).toBe('2026-03-07');
    // 8 March: 02:00 EST → 03:00 EDT at 07:00Z.
    expect(localTime(at('2026-03-08T06:59:59Z'), 'America/New_York')).toEqual({ date: '2026-03-08', hour: 1 });
    expect(localTime(at('2026-03-08T07:00:00Z'), 'America/New_York')).toEqual({ date: '2026-03-08', hour: 3 });
    expect(reminderDateAt(at('2026-03-08T10:59:59Z'), 'America/New_York', 7)).toBeNull();
    expect(reminderDateAt(at('2026-03-08T11:00:00Z'), 'America/New_York', 7)).toBe('2026-03-08');
    // 1 November: 02:00 EDT → 01:00 EST at 06:00Z; 11:00Z is only 06:00 now.
    expect(localDate(at('2026-11-01T03:59:59Z'), 'America/New_York')).toBe('2026-10-31');
    expect(localDate(at('2026-11-01T04:00:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(reminderDateAt(at('2026-11-01T11:00:00Z'), 'America/New_York', 7)).toBeNull();
    expect(reminderDateAt(at('2026-11-01T12:00:00Z'), 'America/New_York', 7)).toBe('2026-11-01');
    expect(localDate(at('2026-11-02T04:59:59Z'), 'America/New_York')).toBe('2026-11-01');
  });

  it('Pacific/Kiritimati (UTC+14) is already on tomorrow’s date when UTC is on today’s', () => {
    expect(localDate(at('2026-01-01T09:59:59Z'), 'Pacific/Kiritimati')).toBe('2026-01-01');
    expect(localDate(at('2026-01-01T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-02');
    expect(reminderDateAt(at('2026-01-01T16:59:59Z'), 'Pacific/Kiritimati', 7)).toBeNull();
    expect(reminderDateAt(at('2026-01-01T17:00:00Z'), 'Pacific/Kiritimati', 7)).toBe('2026-01-02');
  });

  it('Pacific/Pago_Pago (UTC−11) is still on yesterday’s date until 11:00Z, two dates behind Kiritimati for an hour', () => {
    expect(localDate(at('2026-01-02T10:59:59Z'), 'Pacific/Pago_Pago')).toBe('2026-01-01');
    expect(localDate(at('2026-01-02T11:00:00Z'), 'Pacific/Pago_Pago')).toBe('2026-01-02');
    expect(reminderDateAt(at('2026-01-02T17:59:59Z'), 'Pacific/Pago_Pago', 7)).toBeNull();
    expect(reminderDateAt(at('2026-01-02T18:00:00Z'), 'Pacific/Pago_Pago', 7)).toBe('2026-01-02');
    const moment = at('2026-01-01T10:30:00Z');
    expect([localDate(moment, 'Pacific/Pago_Pago'), localDate(moment, 'UTC'), localDate(moment, 'Pacific/Kiritimati')]).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('counts plan days and adds days on plain calendar dates, across a month and a leap day', () => {
    expect(planDayOn('2028-02-27', '2028-03-01')).toBe(4);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(planDayOn('2026-03-10', '2026-03-09')).toBe(0);
  });
});
