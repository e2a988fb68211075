import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planCalendar } from './plan-calendar.js';

describe('plan iCalendar feed (RFC 5545)', () => {
  const feed = planCalendar({
    name: 'Salmos, día a día; con calma',
    start: '2026-12-30',
    uidPrefix: 'subscription-1234',
    host: 'prayer.example.org',
    now: new Date('2026-11-26T09:15:30.123Z'),
    days: [1, 2, 3].map((day) => ({
      day,
      summary: `Día ${day}: Salmos ${day}, con calma; y \\ más`,
      description: `Línea uno\nLínea dos`,
      url: `https://prayer.example.org/es/plans/s/rp_${'a'.repeat(59)}/day/${day}`,
    })),
  });

  it('ends every line with CRLF and has one all-day VEVENT a day from the start date, across a year’s end', () => {
    expect(feed.endsWith('\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(feed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const unfolded = feed.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261230\r\nDTEND;VALUE=DATE:20261231');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102');
    expect(unfolded).toContain('DTSTAMP:20261126T091530Z');
    expect(unfolded).toContain('UID:subscription-1234-day-2@prayer.example.org');
  });

  it('escapes backslash, semicolon, comma and newlines in text, and puts the day’s address in URL', () => {
    const unfolded = feed.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Día 1: Salmos 1\\, con calma\\; y \\\\ más\r\n');
    expect(unfolded).toContain('X-WR-CALNAME:Salmos\\, día a día\\; con calma\r\n');
    expect(unfolded).toContain('DESCRIPTION:Línea uno\\nLínea dos\\nhttps://prayer.example.org/es/plans/s/');
    expect(unfolded).toContain(`URL:https://prayer.example.org/es/plans/s/rp_${'a'.repeat(59)}/day/3\r\n`);
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines longer than 75 octets without splitting a UTF-8 character', () => {
    for (const line of feed.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = 'SUMMARY:' + 'é'.repeat(100);
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('gives the same UIDs on every download, so calendars update events instead of doubling them', () => {
    const again = planCalendar({ name: 'x', start: '2026-12-30', uidPrefix: 'subscription-1234', host: 'prayer.example.org', now: new Date(), days: [{ day: 2, summary: 's', description: 'd', url: 'u' }] });
    expect(again).toContain('UID:subscription-1234-day-2@prayer.example.org');
  });
});
