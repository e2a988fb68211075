import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localTime } from '../../src/content/plans/plan-dates.js';
import { PLAN_REMINDER_HOUR } from '../../src/content/plans/plan.events.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { signedInClient } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

const BASE = 'http://prayer.example.org';

/** A zone where it is morning or day now (the daily email waits for the reader's morning; this app's clock is real). */
function zoneInDaylight(): string {
  const zones = ['UTC', 'Asia/Tokyo', 'Europe/Madrid', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Honolulu'];
  return zones.find((z) => localTime(new Date(), z).hour >= PLAN_REMINDER_HOUR && localTime(new Date(), z).hour <= 21)!;
}

/** The private link path a start redirected to. */
function privatePath(location: unknown): string {
  const m = /^(\/(?:es\/)?plans\/s\/rp_[0-9a-f]{16}[A-Za-z0-9_-]{43})\?started=1$/.exec(String(location));
  if (!m) throw new Error(`not a private link: ${String(location)}`);
  return m[1];
}

describeEachDialect('reading plans over HTTP', (get) => {
  let app: FastifyInstance;
  let mailer: MemoryMailer;

  beforeAll(async () => {
    await installSynthetic(get().database);
    mailer = new MemoryMailer();
    ({ app } = await createTestApp(get(), { BASE_URL: BASE }, false, { mailer }));
  });
  afterAll(() => app?.close());

  it('/plans lists John in 21 days first, then the Psalms, in English and Spanish', async () => {
    const en = await app.inject('/plans');
    expect(en.statusCode).toBe(200);
    const john = en.body.indexOf('The Gospel of John in 21 days');
    expect(john).toBeGreaterThan(0);
    expect(en.body.indexOf('Psalms in 30 days')).toBeGreaterThan(john);
    expect(en.body).toContain('href="/plans/john-21"');
    const es = await app.inject('/es/plans');
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toContain('El Evangelio de Juan en 21 días');
    expect(es.body).toContain('href="/es/plans/psalms-30"');
  });

  it('/plans/john-21 shows the 21 days and a start form; an unknown plan is a 404 page', async () => {
    const res = await app.inject('/plans/john-21');
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/href="\/plans\/john-21\/day\/\d+"/g)).toHaveLength(22); // 21 days + "read day 1"
    expect(res.body).toContain('Day 21: John 21');
    expect(res.body).toContain('action="/plans/john-21/start"');
    expect(res.body).toContain('name="_csrf"');
    expect(res.body).toContain('<label class="label" for="email">Email address (optional)</label>');
    const es = await app.inject('/es/plans/psalms-30');
    expect(es.body).toContain('Día 1: Salmos');
    const missing = await app.inject('/plans/no-such-plan');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('text/html');
  });

  it('a day shows the passage in the chosen translation and offers the next day; days out of range are 404', async () => {
    const day3 = await app.inject('/plans/john-21/day/3');
    expect(day3.statusCode).toBe(200);
    expect(day3.body).toContain('<h1>Day 3: John 3</h1>');
    expect(day3.body).toContain('For God so loved the world');
    expect(day3.body).toContain('href="/plans/john-21/day/4"');
    expect(day3.body).toContain('href="/plans/john-21/day/2"');
    expect(day3.body).not.toContain('/done');
    const rv = await app.inject('/es/plans/john-21/day/3?translation=RV1909');
    expect(rv.body).toContain('Porque de tal manera amó Dios al mundo');
    expect(rv.body).toContain('<option value="RV1909" selected');
    // A translation that is not installed falls back to the language's default rather than failing.
    expect((await app.inject('/plans/john-21/day/3?translation=NOPE')).body).toContain('For God so loved the world');
    for (const bad of ['/plans/john-21/day/22', '/plans/john-21/day/0', '/plans/john-21/day/abc', '/plans/nope/day/1']) expect((await app.inject(bad)).statusCode, bad).toBe(404);
  });

  it('the start form explains a bad email beside the field, keeps what was typed, and links the summary to it', async () => {
    const client = new TestClient(app);
    const res = await client.form('/plans/john-21/start', { email: 'not-an-email', reminders: 'yes', translation: 'RV1909' }, { from: '/plans/john-21' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: The Gospel of John in 21 days');
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('Enter an email address like name@example.com');
    expect(res.body).toContain('value="not-an-email"');
    expect(res.body).toMatch(/<input[^>]*value="yes"[^>]*checked/);
    expect(res.body).toContain('<option value="RV1909" selected');
    const noEmail = await client.form('/plans/john-21/start', { email: '', reminders: 'yes' }, { from: '/plans/john-21' });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.body).toContain('Enter an email address to get each day’s reading');
    const noCsrf = await client.form('/plans/john-21/start', { email: '' }, { csrf: null });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('limits starts that send email per address and hour (429, Retry-After, the form kept); starts without email go on', async () => {
    const client = new TestClient(app, { remoteAddress: '203.0.113.9' });
    for (let i = 0; i < 10; i++) expect((await client.form('/plans/psalms-30/start', { email: `r${i}@example.org` }, { from: '/plans/psalms-30' })).statusCode).toBe(303);
    const refused = await client.form('/plans/psalms-30/start', { email: 'stranger@example.org' }, { from: '/plans/psalms-30' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toContain('Too many plans were started with an email from your connection this hour');
    expect(refused.body).toContain('value="stranger@example.org"');
    expect((await client.form('/plans/psalms-30/start', { email: '' }, { from: '/plans/psalms-30' })).statusCode).toBe(303);
    expect(mailer.to('stranger@example.org')).toEqual([]);
  });

  it('starts without an account, marks a day done, shows n of N and moves on to the next day', async () => {
    const client = new TestClient(app);
    const started = await client.form('/plans/john-21/start', { email: '' }, { from: '/plans/john-21' });
    expect(started.statusCode).toBe(303);
    const path = privatePath(started.headers.location);
    const overview = await client.get(`${path}?started=1`);
    expect(overview.statusCode).toBe(200);
    expect(overview.headers['cache-control']).toBe('no-store');
    expect(overview.body).toContain('Bookmark this page');
    expect(overview.body).toContain('0 of 21 days read');
    expect(overview.body).toContain(`href="${path}/day/1"`);
    const day1 = await client.get(`${path}/day/1`);
    expect(day1.body).toContain('<h1>Day 1: John 1</h1>');
    expect(day1.body).toContain(`action="${path}/day/1/done"`);
    const done = await client.form(`${path}/day/1/done`, {});
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${path}/day/2?done=1`);
    const day2 = await client.get(String(done.headers.location));
    expect(day2.body).toContain('Day 1 done. You have read 1 of 21 days.');
    // The private link's pages go on from the plan's own links, not the banner.
    expect(day2.body).not.toContain('Go on to day');
    expect(day2.body).toContain('<h1>Day 2: John 2</h1>');
    const after = await client.get(path);
    expect(after.body).toContain('1 of 21 days read');
    expect(after.body).toContain('Read day 2: John 2');
    // The calendar from the start date, one event a day, linking to the private days.
    const ics = await client.get(`${path}/calendar.ics`);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(21);
    expect(ics.body.replace(/\r\n /g, '')).toContain(`URL:${BASE}${path}/day/21\r\n`);
    expect(ics.body).toContain(`DTSTART;VALUE=DATE:${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`);
    // Settings: the translation sticks to the subscription.
    const saved = await client.form(`${path}/settings`, { translation: 'RV1909' }, { from: path });
    expect(saved.statusCode).toBe(303);
    expect((await client.get(`${path}/day/3`)).body).toContain('Porque de tal manera');
    const badSettings = await client.form(`${path}/settings`, { translation: 'RV1909', reminders: 'yes' }, { from: path });
    expect(badSettings.statusCode).toBe(400);
    expect(badSettings.body).toContain('href="#reminders"');
    // Deleting the plan removes progress and the link with it.
    const deleted = await client.form(`${path}/delete`, {}, { from: path });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body).toContain('Your plan is deleted');
    expect((await client.get(path)).statusCode).toBe(404);
    expect((await client.get(`${path}/calendar.ics`)).statusCode).toBe(404);
  });

  it('answers a link that opens nothing with a 404 page (or JSON), and never a subscription', async () => {
    for (const path of ['/plans/s/rp_0000000000000000AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/plans/s/x', '/plans/s/x/day/1', '/plans/s/x/calendar.ics', '/plans/d/x', '/es/plans/s/nothing']) {
      const res = await app.inject(path);
      expect(res.statusCode, path).toBe(404);
      expect(res.body).toMatch(/This plan link does not work|Este enlace del plan no funciona/);
    }
    const json = await app.inject({ url: '/plans/s/x', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await app.inject('/plans/unsubscribe/forged.token')).statusCode).toBe(404);
  });

  it('emails the private link and the daily reading; the day link marks the day done; one click stops the emails', async () => {
    const client = new TestClient(app);
    const started = await client.form('/es/plans/john-21/start', { email: 'lectora@example.org', reminders: 'yes', timeZone: zoneInDaylight() }, { from: '/es/plans/john-21' });
    const path = privatePath(started.headers.location);
    await app.jobs.tick();
    await app.jobs.tick();
    const mails = mailer.to('lectora@example.org');
    expect(mails.map((m) => m.subject)).toEqual(['Tu plan de lectura: El Evangelio de Juan en 21 días', 'Día 1: Juan 1 — El Evangelio de Juan en 21 días']);
    expect(mails[0].text).toContain(`${BASE}${path}`);
    const dayLink = new URL(/http:\/\/prayer\.example\.org\/es\/plans\/d\/[A-Za-z0-9_.-]+/.exec(mails[1].text)![0]).pathname;
    const page = await client.get(dayLink);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Día 1: Juan 1</h1>');
    expect(page.body).toContain(`action="${dayLink}/done"`);
    expect(page.body).not.toContain('Día 1 hecho');
    const done = await client.form(`${dayLink}/done`, {});
    expect(done.statusCode).toBe(303);
    const after = (await client.get(String(done.headers.location))).body;
    expect(after).toContain('Día 1 hecho. Has leído 1 de 21 días.');
    // The email's day leads on to the next public day, since the link is good for one day only.
    expect(after).toContain('href="/es/plans/john-21/day/2">Seguir con el día 2</a>');
    expect((await client.get(path)).body).toContain('1 de 21 días leídos');
    // One click from the mail client: no CSRF token, the signed link is the proof.
    const stopUrl = /^<(.+)>$/.exec(mails[1].headers!['List-Unsubscribe'])![1];
    const stopPath = new URL(stopUrl).pathname;
    expect((await app.inject(stopPath)).body).toContain('Dejar de recibir el correo diario');
    const stopped = await app.inject({ method: 'POST', url: stopPath, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.body).toContain('No recibirás más correos diarios');
    expect((await client.get(path)).body).not.toMatch(/<input[^>]*name="reminders"[^>]*checked/);
  });

  it('lets authors write a plan at /write/plans, naming bad days, and readers find it at /plans', async () => {
    const author = (await signedInClient(app, { roles: ['author'], name: 'Test author' })).client;
    expect((await author.get('/write/plans')).statusCode).toBe(200);
    const bad = await author.form('/write/plans/new', { title: 'A week of hope', slug: '', description: 'Hope.', language: 'en', days: 'Romans 5\nJohn 22\nRomans 8' }, { from: '/write/plans/new' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#days"');
    expect(bad.body).toContain('Day 2 (“John 22”): John has 21 chapters');
    expect(bad.body).toContain('Romans 5\nJohn 22\nRomans 8');
    const good = await author.form('/write/plans/new', { title: 'A week of hope', slug: '', description: 'Hope.', language: 'en', days: 'Romans 5\nJohn 21\nRomans 8' }, { from: '/write/plans/new' });
    expect(good.statusCode).toBe(303);
    const page = await app.inject('/plans/a-week-of-hope');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Day 2: John 21');
    expect((await app.inject('/plans')).body).toContain('A week of hope');
    // Editing: the editor shows the days as typed; a save keeps the address and says so.
    const editPath = /href="(\/write\/plans\/[0-9a-f-]{36})"/.exec((await author.get('/write/plans')).body)![1];
    expect((await author.get(editPath)).body).toContain('Romans 5\nJohn 21\nRomans 8');
    const edited = await author.form(editPath, { title: 'A week of hope', slug: 'a-week-of-hope', description: 'Hope, again.', language: 'en', days: 'Romans 5\nJohn 21\nRomans 8' }, { from: editPath });
    expect(edited.headers.location).toBe(`${editPath}?saved=1`);
    expect((await author.get(String(edited.headers.location))).body).toContain('Plan saved.');
    const moved = await author.form(editPath, { title: 'A week of hope', slug: 'another-address', language: 'en', days: 'Romans 5' }, { from: editPath });
    expect(moved.statusCode).toBe(400);
    expect(moved.body).toContain('The address cannot change');
    // Read to the end: the last "done" lands on the plan's page, finished; a day can be taken back.
    const reader = new TestClient(app);
    const path = privatePath((await reader.form('/plans/a-week-of-hope/start', { email: '' }, { from: '/plans/a-week-of-hope' })).headers.location);
    for (const day of [2, 1]) expect((await reader.form(`${path}/day/${day}/done`, {}, { from: `${path}/day/${day}` })).headers.location).toBe(`${path}/day/3?done=${day}`);
    const last = await reader.form(`${path}/day/3/done`, {}, { from: `${path}/day/3` });
    expect(last.headers.location).toBe(`${path}?finished=1`);
    const finished = await reader.get(String(last.headers.location));
    expect(finished.body).toContain('You have read every day of “A week of hope”. Well done!');
    expect(finished.body).toContain('3 of 3 days read');
    expect((await reader.form(`${path}/day/2/undo`, {}, { from: `${path}/day/2` })).statusCode).toBe(303);
    expect((await reader.get(path)).body).toContain('Read day 2: John 21');
    const intercessor = (await signedInClient(app, { roles: ['intercessor'], name: 'Test intercessor' })).client;
    expect((await intercessor.get('/write/plans')).statusCode).toBe(403);
    expect((await app.inject('/write/plans')).statusCode).toBe(303);
  });

  it('serves the plans API and documents it in OpenAPI', async () => {
    const list = await app.inject('/api/v1/plans');
    expect(list.statusCode).toBe(200);
    expect(list.json().plans.slice(0, 2)).toEqual([
      expect.objectContaining({ slug: 'john-21', builtIn: true, dayCount: 21, url: `${BASE}/plans/john-21` }),
      expect.objectContaining({ slug: 'psalms-30', dayCount: 30 }),
    ]);
    const john = (await app.inject('/api/v1/plans/john-21')).json();
    expect(john.days[0]).toEqual({ day: 1, osis: 'John.1', reference: 'John 1' });
    expect(john.days).toHaveLength(21);
    const missing = await app.inject('/api/v1/plans/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const doc = (await app.inject('/api/docs/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/plans', '/api/v1/plans/{slug}']));
  });
});
