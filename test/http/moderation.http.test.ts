import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/platform/auth/actor.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { seedFlag, seedTestimony } from '../factories/ministry.factory.js';
import { seedPrayer, seedRequest } from '../factories/prayer-request.factory.js';

const XSS_SCRIPT = '<script>alert("x")</script>';
const XSS_IMG = '<img src=x onerror=alert(1)>';

describeEachDialect('moderation, pastoral care, coverage and settings over HTTP', (get) => {
  let app: FastifyInstance;
  const db = () => get().database.db;
  const clients = new Map<string, TestClient>();

  /** A signed-in browser for a person with `roles` (covenant accepted unless told). */
  const browser = async (label: string, roles: Role[], covenant = true) => {
    const person = await createPerson(app, { roles, covenant });
    const client = new TestClient(app, { remoteAddress: `10.66.0.${clients.size + 1}` });
    const cookie = await sessionCookieFor(app, person.id);
    client.cookies.set(cookie.name, cookie.value);
    clients.set(label, client);
    return { client, person };
  };
  const as = (label: string) => clients.get(label)!;

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' }, false, { mailer: new MemoryMailer(), redisPrefix: `test-mod-${randomBytes(4).toString('hex')}:` }));
    await browser('moderator', ['moderator']);
    await browser('pastor', ['pastor']);
    await browser('admin', ['admin'], false);
    await browser('intercessor', ['intercessor']);
    await browser('unsworn moderator', ['moderator'], false);
    clients.set('anonymous', new TestClient(app));
  });
  afterAll(() => app?.close());

  it('lets each page be opened only by the people it is for', async () => {
    const expected: Record<string, Record<string, number>> = {
      '/moderation': { moderator: 200, pastor: 200, admin: 403, intercessor: 403, 'unsworn moderator': 303, anonymous: 303 },
      '/pastoral': { moderator: 403, pastor: 200, admin: 403, intercessor: 403, anonymous: 303 },
      '/coverage': { moderator: 200, pastor: 200, admin: 200, intercessor: 403, anonymous: 303 },
      '/admin/settings': { moderator: 403, pastor: 403, admin: 200, intercessor: 403, anonymous: 303 },
      '/api/v1/coverage': { moderator: 200, pastor: 200, admin: 200, intercessor: 403, anonymous: 401 },
    };
    for (const [url, byCaller] of Object.entries(expected)) {
      for (const [caller, status] of Object.entries(byCaller)) {
        const res = await as(caller).get(url);
        expect(res.statusCode, `${caller} ${url}`).toBe(status);
      }
    }
    expect((await as('anonymous').get('/moderation')).headers.location).toBe('/login?next=%2Fmoderation');
    expect((await as('unsworn moderator').get('/moderation')).headers.location).toBe('/covenant?next=%2Fmoderation');
    // The header leads each to their own pages.
    expect((await as('pastor').get('/')).body).toContain('href="/pastoral"');
    expect((await as('moderator').get('/')).body).toContain('href="/moderation"');
    expect((await as('intercessor').get('/')).body).not.toContain('href="/moderation"');
  });

  it('approves a public request from the queue with a CSRF-protected form, and it appears on the wall', async () => {
    const id = await seedRequest(db(), { moderation: 'pending', text: 'QUEUE-ME pray for my sister' });
    const moderator = as('moderator');
    const queue = await moderator.get('/moderation');
    expect(queue.body).toContain('QUEUE-ME pray for my sister');
    expect(queue.body).toContain(`action="/moderation/requests/${id}/approve"`);
    expect((await moderator.form(`/moderation/requests/${id}/approve`, {}, { csrf: null })).statusCode).toBe(403);
    const done = await moderator.form(`/moderation/requests/${id}/approve`, {}, { from: '/moderation' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/moderation?done=approved');
    expect((await moderator.get('/moderation?done=approved')).body).toContain('The request is on the prayer wall.');
    expect((await app.inject({ url: '/wall' })).body).toContain('QUEUE-ME pray for my sister');
    // Deciding again (another moderator got there first) comes back with a word, not an error page.
    const again = await moderator.form(`/moderation/requests/${id}/approve`, {}, { from: '/moderation' });
    expect(again.headers.location).toBe('/moderation?done=approved');
    const reject = await moderator.form(`/moderation/requests/${id}/reject`, {}, { from: '/moderation' });
    expect(reject.headers.location).toBe('/moderation?done=rejected');
    const conflict = await moderator.form(`/moderation/requests/${id}/reject`, {}, { from: '/moderation' });
    expect(conflict.headers.location).toBe('/moderation?done=rejected');
    // A pastor (not a moderator) cannot approve.
    expect((await as('pastor').form(`/moderation/requests/${id}/approve`, {}, { from: '/moderation' })).statusCode).toBe(403);
  });

  it('keeps or removes flagged requests and held notes from the queue', async () => {
    const flagged = await seedRequest(db(), { hidden: true, flagCount: 3, text: 'FLAGGED-ONE' });
    await seedFlag(db(), { requestId: flagged, reason: 'Advertising', at: new Date() });
    const team = await seedRequest(db(), { visibility: 'team', text: 'TEAM-CONTEXT' });
    const note = await seedPrayer(db(), { requestId: team, at: new Date(), note: 'HELD-NOTE call 555 123 4567', noteStatus: 'held' });
    const moderator = as('moderator');
    const page = (await moderator.get('/moderation')).body;
    expect(page).toContain('FLAGGED-ONE');
    expect(page).toContain('Advertising');
    expect(page).toContain('HELD-NOTE call 555 123 4567');
    expect(page).toContain('The safety check found personal details');
    expect((await moderator.form(`/moderation/requests/${flagged}/flags`, { decision: 'keep' }, { from: '/moderation' })).headers.location).toBe('/moderation?done=kept');
    expect((await moderator.form(`/moderation/notes/${note}`, { decision: 'remove' }, { from: '/moderation' })).headers.location).toBe('/moderation?done=removed');
    expect((await moderator.form(`/moderation/notes/${note}`, { decision: 'remove' }, { from: '/moderation' })).headers.location).toBe('/moderation?done=conflict');
    expect((await moderator.form(`/moderation/notes/${note}`, { decision: 'perhaps' }, { from: '/moderation' })).statusCode).toBe(400);
    const after = (await moderator.get('/moderation')).body;
    expect(after).not.toContain('FLAGGED-ONE');
    expect(after).not.toContain('HELD-NOTE');
    expect((await db().selectFrom('prayer_requests').select('hidden').where('id', '=', flagged).executeTakeFirstOrThrow()).hidden).toBe(0);
  });

  it('publishes a testimony shared with consent once approved', async () => {
    const id = await seedRequest(db(), { status: 'answered', text: 'TESTIMONY-REQUEST' });
    const testimony = await seedTestimony(db(), { requestId: id, consent: true, text: 'TESTIMONY-TEXT God provided', at: new Date() });
    const moderator = as('moderator');
    expect((await moderator.get('/moderation')).body).toContain('TESTIMONY-TEXT God provided');
    expect((await app.inject({ url: '/wall' })).body).not.toContain('TESTIMONY-TEXT');
    expect((await moderator.form(`/moderation/testimonies/${testimony}`, { decision: 'approve' }, { from: '/moderation' })).headers.location).toBe('/moderation?done=testimonyApproved');
    expect((await app.inject({ url: '/wall' })).body).toContain('TESTIMONY-TEXT God provided');
  });

  it('shows script and onerror payloads escaped in the queue and on the pastors\' pages', async () => {
    const payload = `${XSS_SCRIPT} ${XSS_IMG}`;
    const pending = await seedRequest(db(), { moderation: 'pending', text: `PAYLOAD ${payload}`, firstName: XSS_IMG });
    await seedFlag(db(), { requestId: pending, reason: `REASON ${payload}`, at: new Date() });
    await seedPrayer(db(), { requestId: pending, at: new Date(), note: `NOTE ${payload}`, noteStatus: 'held' });
    await seedTestimony(db(), { requestId: pending, consent: true, text: `STORY ${payload}`, at: new Date() });
    const pastoral = await seedRequest(db(), { visibility: 'pastoral', urgent: true, crisisKinds: ['abuse'], text: `PASTORAL ${payload}`, firstName: XSS_SCRIPT, forWhom: XSS_IMG });
    const pages = [
      (await as('moderator').get('/moderation')).body,
      (await as('pastor').get('/moderation')).body,
      (await as('pastor').get('/pastoral')).body,
      (await as('pastor').get(`/pastoral/requests/${pastoral}`)).body,
    ];
    for (const body of pages) {
      expect(body).not.toContain(XSS_SCRIPT);
      expect(body).not.toContain('<img src=x');
    }
    expect(pages[0]).toContain('PAYLOAD &lt;script>');
    expect(pages[0]).toContain('REASON &lt;script>');
    expect(pages[0]).toContain('NOTE &lt;script>');
    expect(pages[0]).toContain('STORY &lt;script>');
    expect(pages[3]).toContain('PASTORAL &lt;script>');
  });

  it('lets pastors read a pastoral request in full — on the record — and record the follow-up; nobody else', async () => {
    const id = await seedRequest(db(), { visibility: 'pastoral', urgent: true, crisisKinds: ['self_harm'], text: 'My own words 555 222 3333', email: 'person@example.org', firstName: 'Rosa Díaz' });
    const pastor = as('pastor');
    const list = (await pastor.get('/pastoral')).body;
    expect(list).toContain(`href="/pastoral/requests/${id}"`);
    expect(list).toContain('Self-harm or suicide');
    expect(list).toMatch(/<caption>Urgent and pastoral requests \(\d+\)<\/caption><thead><tr><th scope="col">Request<\/th>/);
    // The list itself shows no text and no contact details.
    expect(list).not.toContain('My own words');
    expect(list).not.toContain('person@example.org');
    const before = await db().selectFrom('audit_events').select('id').where('subject_id', '=', id).where('action', '=', 'prayer_request.viewed').execute();
    const page = await pastor.get(`/pastoral/requests/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('My own words 555 222 3333');
    expect(page.body).toContain('person@example.org');
    expect(page.body).toContain('Rosa Díaz');
    const after = await db().selectFrom('audit_events').select(['actor_id', 'details']).where('subject_id', '=', id).where('action', '=', 'prayer_request.viewed').execute();
    expect(after.length).toBe(before.length + 1);
    for (const caller of ['moderator', 'intercessor', 'admin']) expect((await as(caller).get(`/pastoral/requests/${id}`)).statusCode).toBe(403);

    const bad = await pastor.form(`/pastoral/requests/${id}/follow-up`, { status: 'maybe' }, { from: `/pastoral/requests/${id}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#status"');
    expect(bad.body).toContain('Select where the follow-up stands');
    const saved = await pastor.form(`/pastoral/requests/${id}/follow-up`, { status: 'contacted' }, { from: `/pastoral/requests/${id}` });
    expect(saved.headers.location).toBe('/pastoral?done=saved');
    const listAfter = (await pastor.get('/pastoral?done=saved')).body;
    expect(listAfter).toContain('Follow-up saved.');
    expect(listAfter).toContain('Reached, by Test Person');
    expect((await as('moderator').form(`/pastoral/requests/${id}/follow-up`, { status: 'closed' }, { from: '/moderation' })).statusCode).toBe(403);
  });

  it('answers GET /api/v1/coverage and renders the chart as accessible inline SVG with a table of the numbers', async () => {
    const waiting = await seedRequest(db(), { createdAt: new Date(Date.now() - 20 * 60 * 60 * 1000), text: 'WAITING-LONG' });
    await seedPrayer(db(), { requestId: waiting, kind: 'visitor', at: new Date() });
    const api = await as('moderator').get('/api/v1/coverage');
    const body = api.json();
    expect(Object.keys(body).sort()).toEqual(['activeIntercessors', 'coverageTargetHours', 'generatedAt', 'overdue', 'prayersPerDay', 'timeToFirstPrayer', 'waiting']);
    expect(body.overdue.map((o: { id: string }) => o.id)).toContain(waiting);
    expect(body.prayersPerDay).toHaveLength(30);
    expect(api.body).not.toContain('WAITING-LONG');
    const page = (await as('moderator').get('/coverage')).body;
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="prayers-chart-title prayers-chart-desc"/);
    expect(page).toContain('<title id="prayers-chart-title">Prayers per day, last 30 days</title>');
    expect(page).toMatch(/<desc id="prayers-chart-desc">From .* prayers in all/);
    expect(page).toContain('<table class="table"><caption>Prayers per day, last 30 days</caption>');
    expect(page).toContain('class="row--overdue"');
    expect(page).toContain('<caption>Time from a request arriving to its first prayer, for requests first prayed for in each period</caption><thead><tr><th scope="col">Period</th>');
    expect(page).toContain('<caption>Requests past the coverage target, longest waiting first</caption><thead><tr><th scope="col">Request</th>');
    expect(page).toContain('<th scope="col">Day</th><th scope="col">Team prayers</th>');
    expect(page).toContain('Past target');
    expect(page).not.toContain('<script');
    const es = (await as('moderator').get('/es/coverage')).body;
    expect(es).toContain('Oraciones por día, últimos 30 días');
  });

  it('validates and saves the prayer settings (admins), keeping what was typed on a failed submit, and intake follows them', async () => {
    const admin = as('admin');
    const form = (await admin.get('/admin/settings')).body;
    expect(form).toContain('name="flagThreshold"');
    expect(form).toContain('value="3"');
    const bad = await admin.form('/admin/settings', { autoApprovePublic: 'yes', flagThreshold: '0', coverageTargetHours: 'twelve', expiryDays: '30', purgeAfterDays: '90', leaseMinutes: '10' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: Prayer settings · Intercede</title>');
    expect(bad.body).toContain('href="#flagThreshold"');
    expect(bad.body).toContain('href="#coverageTargetHours"');
    expect(bad.body).toContain('Enter a whole number from 1 to 50');
    expect(bad.body).toContain('value="twelve"');
    const ok = await admin.form('/admin/settings', { autoApprovePublic: 'yes', flagThreshold: '4', coverageTargetHours: '6', expiryDays: '30', purgeAfterDays: '90', leaseMinutes: '10' }, { from: '/admin/settings' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/admin/settings?saved=3');
    expect((await admin.get('/admin/settings?saved=3')).body).toContain('Settings saved');
    expect((await as('moderator').form('/admin/settings', { flagThreshold: '9' }, { from: '/moderation' })).statusCode).toBe(403);
    const submitted = await app.inject({ method: 'POST', url: '/api/v1/prayer-requests', payload: { text: 'Auto approved now', category: 'faith', visibility: 'public', language: 'en' } });
    expect(submitted.json().status).toBe('active');
    expect((await app.inject({ url: '/wall' })).body).toContain('Auto approved now');
    expect((await as('moderator').get('/api/v1/coverage')).json().coverageTargetHours).toBe(6);
    await admin.form('/admin/settings', { autoApprovePublic: 'no', flagThreshold: '3', coverageTargetHours: '12', expiryDays: '30', purgeAfterDays: '90', leaseMinutes: '10' }, { from: '/admin/settings' });
  });
});
