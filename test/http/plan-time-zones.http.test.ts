import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, isoDate, localDate } from '../../src/content/plans/plan-dates.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

const BASE = 'http://prayer.example.org';

function privatePath(location: unknown): string {
  const m = /^(\/(?:es\/)?plans\/s\/rp_[A-Za-z0-9_-]+)\?started=1$/.exec(String(location));
  if (!m) throw new Error(`not a private link: ${String(location)}`);
  return m[1];
}

/** The DTSTART dates of a calendar feed, as YYYY-MM-DD. */
function eventDates(ics: string): string[] {
  return [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`);
}

describeEachDialect('reading-plan time zones over HTTP', (get) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await installSynthetic(get().database);
    ({ app } = await createTestApp(get(), { BASE_URL: BASE, DEFAULT_TIME_ZONE: 'America/Mexico_City' }, false, { mailer: new MemoryMailer() }));
  });
  afterAll(() => app?.close());

  async function subscriptionCount(): Promise<number> {
    return (await get().database.db.selectFrom('plan_subscriptions').select('id').execute()).length;
  }

  it('the start form offers every zone, the ministry’s chosen, and the script that picks the browser’s', async () => {
    const page = await app.inject('/plans/john-21');
    expect(page.body).toContain('<label class="label" for="timeZone">Your time zone</label>');
    expect(page.body).toContain('<option selected>America/Mexico_City</option>');
    expect(page.body).toContain('<option>Pacific/Kiritimati</option>');
    expect(page.body).toContain('data-browser-zone');
    expect(page.body).toMatch(/<script[^>]+src="\/assets\/time-zone\.[0-9a-f]{12}\.js"/);
    // The list is most of the page; the page stays light.
    expect(Buffer.byteLength(page.body)).toBeLessThan(25_000);
  });

  it('refuses an unknown zone beside the field, in English and Spanish, keeping everything typed and storing nothing', async () => {
    const before = await subscriptionCount();
    const client = new TestClient(app);
    const res = await client.form('/plans/john-21/start', { email: 'reader@example.org', reminders: 'yes', timeZone: 'Mars/<b>Olympus</b>' }, { from: '/plans/john-21' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#timeZone"');
    expect(res.body).toMatch(/<p class="error-message" id="timeZone-error">[\s\S]*Choose a time zone from the list<\/p>/);
    expect(res.body).toContain('aria-describedby="timeZone-hint timeZone-error"');
    expect(res.body).toContain('<option selected>Mars/&lt;b>Olympus&lt;/b></option>');
    expect(res.body).not.toContain('<b>Olympus</b>');
    expect(res.body).not.toContain('data-browser-zone');
    expect(res.body).toContain('value="reader@example.org"');
    expect(res.body).toMatch(/<input[^>]*name="reminders"[^>]*checked/);
    const es = await client.form('/es/plans/john-21/start', { email: '', timeZone: 'Europa/Madrid' }, { from: '/es/plans/john-21' });
    expect(es.statusCode).toBe(400);
    expect(es.body).toContain('Elige una zona horaria de la lista');
    expect(await subscriptionCount()).toBe(before);
  });

  it('a reader far east or west of UTC gets day 1 on their own date: the page, the day’s marker and the calendar feed', async () => {
    // Kiritimati (UTC+14) is on another date than UTC from 10:00Z, Pago Pago (UTC−11) until 11:00Z: one of them always is.
    const now = new Date();
    const zone = localDate(now, 'Pacific/Kiritimati') !== isoDate(now) ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    const today = localDate(now, zone);
    expect(today).not.toBe(isoDate(now));
    const client = new TestClient(app);
    const started = await client.form('/plans/john-21/start', { email: '', timeZone: zone }, { from: '/plans/john-21' });
    expect(started.statusCode).toBe(303);
    const path = privatePath(started.headers.location);
    const page = await client.get(path);
    expect(page.body).toContain(`<option selected>${zone}</option>`);
    expect(page.body).toContain('Today is day 1.');
    expect(page.body).toMatch(/Day 1: John 1<\/a> <span class="tag tag--grey">not done yet<\/span> <span class="tag">today<\/span>/);
    expect((await client.get(`${path}/day/1`)).body).toContain('<span class="tag">Today’s reading</span>');
    expect((await client.get(`${path}/day/2`)).body).not.toContain('Today’s reading');
    // All-day events on the reader's calendar: day 1 is their today, whatever UTC's date.
    const ics = (await client.get(`${path}/calendar.ics`)).body;
    const dates = eventDates(ics);
    expect(dates).toHaveLength(21);
    expect(dates[0]).toBe(today);
    expect(dates[20]).toBe(addDays(today, 20));
    expect(ics).toContain(`DTEND;VALUE=DATE:${addDays(today, 1).replace(/-/g, '')}`);
  });

  it('changes the zone on the subscription page; an unknown one is refused beside the field with the other settings kept', async () => {
    const client = new TestClient(app);
    const path = privatePath((await client.form('/plans/john-21/start', { email: 'mover@example.org', reminders: 'yes' }, { from: '/plans/john-21' })).headers.location);
    expect((await client.get(path)).body).toContain('<option selected>America/Mexico_City</option>');
    const bad = await client.form(`${path}/settings`, { reminders: '', timeZone: 'Nowhere/Atlantis' }, { from: path });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#timeZone"');
    expect(bad.body).toContain('Choose a time zone from the list');
    expect(bad.body).toContain('<option selected>Nowhere/Atlantis</option>');
    expect(bad.body).not.toMatch(/<input[^>]*name="reminders"[^>]*checked/);
    expect((await client.get(path)).body).toMatch(/<input[^>]*name="reminders"[^>]*checked/);
    const good = await client.form(`${path}/settings`, { reminders: 'yes', timeZone: 'Europe/Madrid' }, { from: path });
    expect(good.statusCode).toBe(303);
    const saved = await client.get(String(good.headers.location));
    expect(saved.body).toContain('Settings saved.');
    expect(saved.body).toContain('<option selected>Europe/Madrid</option>');
  });

  it('the public calendar of a plan starts today on the ministry’s calendar', async () => {
    const dates = eventDates((await app.inject('/plans/john-21/calendar.ics')).body);
    expect(dates[0]).toBe(localDate(new Date(), 'America/Mexico_City'));
  });
});
