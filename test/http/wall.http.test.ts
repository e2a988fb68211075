import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { createPerson } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { seedTestimony } from '../factories/ministry.factory.js';
import { seedRequest } from '../factories/prayer-request.factory.js';

const XSS_SCRIPT = '<script>alert("x")</script>';
const XSS_IMG = '<img src=x onerror=alert(1)>';
const WALL_KEYS = ['anonymous', 'answeredAt', 'category', 'createdAt', 'firstName', 'forWhom', 'id', 'language', 'prayerCount', 'status', 'teamPrayerCount', 'testimony', 'text', 'visitorPrayerCount'];

let address = 0;
const nextAddress = () => `10.88.${(address >> 8) & 255}.${address++ & 255}`;

describeEachDialect('prayer wall over HTTP', (get) => {
  let app: FastifyInstance;
  let moderatorToken: string;
  const db = () => get().database.db;

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' }, false, {
      mailer: new MemoryMailer(),
      // With REDIS_URL set, counts live in Redis: a fresh prefix keeps runs and dialects apart.
      redisPrefix: `test-wall-${randomBytes(4).toString('hex')}:`,
    }));
    const moderator = await createPerson(app, { roles: ['moderator'], covenant: true });
    moderatorToken = (await app.accounts.tokens.create(COMMAND_LINE, { name: 'wall test', userId: moderator.id })).token;
  });
  afterAll(() => app?.close());

  const submit = async (body: Record<string, unknown>) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/prayer-requests', payload: { category: 'health', language: 'en', ...body }, remoteAddress: nextAddress() });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; status: string; crisis: unknown };
  };
  const approve = (id: string) => app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${id}/approve`, headers: { authorization: `Bearer ${moderatorToken}` } });
  const wall = async (query = '', headers: Record<string, string> = {}) => {
    const res = await app.inject({ url: `/api/v1/prayer-wall${query}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const wallIds = async () => ((await wall('?limit=50')).json() as { requests: Array<{ id: string }> }).requests.map((r) => r.id);

  it('shows an approved public request with exactly the contract, scrubbed, with a first name only', async () => {
    const { id, status } = await submit({
      text: 'Please pray for my brother John Smith. Reach me at ana.lopez@example.org or 555-867-5309.',
      visibility: 'public',
      firstName: 'Ana Lopez',
      email: 'ana.lopez@example.org',
    });
    expect(status).toBe('pending');
    expect(await wallIds()).not.toContain(id);
    expect((await approve(id)).statusCode).toBe(200);
    const res = await wall();
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json() as { requests: Array<Record<string, unknown>> };
    expect(Object.keys(body)).toEqual(['requests']);
    const entry = body.requests.find((r) => r.id === id)!;
    expect(Object.keys(entry).sort()).toEqual(WALL_KEYS);
    expect(entry).toMatchObject({ firstName: 'Ana', anonymous: false, category: 'health', language: 'en', status: 'active', prayerCount: 0, teamPrayerCount: 0, visitorPrayerCount: 0, testimony: null });
    const text = entry.text as string;
    expect(text).toContain('Please pray for my brother John');
    for (const leak of ['Smith', 'ana.lopez', 'example.org', '867-5309', 'Lopez']) expect(JSON.stringify(entry)).not.toContain(leak);
  });

  it('never shows pending, refused, team, pastoral or crisis requests, on the API or the page', async () => {
    const pending = await submit({ text: 'PENDING-ONE please pray', visibility: 'public' });
    const refused = await submit({ text: 'REFUSED-ONE please pray', visibility: 'public' });
    expect((await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${refused.id}/reject`, headers: { authorization: `Bearer ${moderatorToken}` } })).statusCode).toBe(200);
    const team = await submit({ text: 'TEAM-ONE please pray', visibility: 'team' });
    const pastoral = await submit({ text: 'PASTORAL-ONE please pray', visibility: 'pastoral' });
    const crisis = await submit({ text: 'CRISIS-ONE I want to kill myself tonight', visibility: 'public' });
    expect(crisis.crisis).not.toBeNull();
    // Crisis requests are made pastoral: there is nothing for a moderator to approve.
    expect((await approve(crisis.id)).statusCode).toBeGreaterThanOrEqual(400);
    expect((await approve(team.id)).statusCode).toBeGreaterThanOrEqual(400);
    const ids = await wallIds();
    for (const r of [pending, refused, team, pastoral, crisis]) expect(ids).not.toContain(r.id);
    const page = await app.inject({ url: '/wall' });
    expect(page.statusCode).toBe(200);
    for (const marker of ['PENDING-ONE', 'REFUSED-ONE', 'TEAM-ONE', 'PASTORAL-ONE', 'CRISIS-ONE']) expect(page.body).not.toContain(marker);
  });

  it('escapes script and onerror payloads on the page and keeps them as text in the API', async () => {
    const { id } = await submit({ text: `${XSS_SCRIPT} and ${XSS_IMG} please pray`, visibility: 'public', firstName: '<img src=x onerror=alert(2)>' });
    await approve(id);
    const page = await app.inject({ url: '/wall' });
    expect(page.body).not.toContain(XSS_SCRIPT);
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;script>alert(&quot;x&quot;)&lt;/script> and &lt;img src=x onerror=alert(1)> please pray');
    expect(page.body).toContain('From &lt;img');
    const entry = ((await wall('?limit=50')).json() as { requests: Array<{ id: string; text: string }> }).requests.find((r) => r.id === id)!;
    expect(entry.text).toContain(XSS_SCRIPT);
  });

  it('says "Anonymous" or "Anónimo" by the reader\'s language, and serves the page in Spanish', async () => {
    const { id } = await submit({ text: 'Oren por mi familia, por favor', visibility: 'public', language: 'es' });
    await approve(id);
    const find = async (q: string, h: Record<string, string> = {}) => ((await wall(q, h)).json() as { requests: Array<{ id: string; firstName: string; anonymous: boolean }> }).requests.find((r) => r.id === id)!;
    expect(await find('?limit=50')).toMatchObject({ firstName: 'Anonymous', anonymous: true });
    expect(await find('?limit=50', { 'accept-language': 'es-ES,es;q=0.9' })).toMatchObject({ firstName: 'Anónimo', anonymous: true });
    const page = await app.inject({ url: '/es/wall' });
    expect(page.body).toContain('<html lang="es"');
    expect(page.body).toContain('Muro de oración');
    expect(page.body).toContain('De Anónimo');
    expect(page.body).toContain('lang="es"');
  });

  it('pages newest first with a Link header, and refuses a bad cursor or page size by name', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await submit({ text: `Paging request ${i}`, visibility: 'public' });
      await approve(id);
      ids.push(id);
    }
    const first = await wall('?limit=2');
    expect((first.json() as { requests: Array<{ id: string }> }).requests.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const link = String(first.headers.link);
    const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
    expect(next).toMatch(/^\/api\/v1\/prayer-wall\?limit=2&before=/);
    const second = await app.inject({ url: next! });
    expect((second.json() as { requests: Array<{ id: string }> }).requests[0].id).toBe(ids[0]);
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=500', 'limit'],
      ['?before=%27%3B--', 'before'],
    ]) {
      const res = await app.inject({ url: `/api/v1/prayer-wall${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(res.json().error.message).toContain(field);
    }
  });

  it('shows an answered request as answered, with its testimony once shared and approved', async () => {
    const id = await seedRequest(db(), { text: 'ANSWERED-ONE pray for work', status: 'answered', firstName: 'Pedro' });
    await seedTestimony(db(), { requestId: id, consent: true, status: 'approved', text: 'I found work! Thank you.', at: new Date() });
    const entry = ((await wall('?limit=50')).json() as { requests: Array<Record<string, unknown>> }).requests.find((r) => r.id === id)!;
    expect(entry).toMatchObject({ status: 'answered', testimony: { text: 'I found work! Thank you.' } });
    const page = await app.inject({ url: '/wall' });
    expect(page.body).toContain('Answered');
    expect(page.body).toContain('How God answered');
    expect(page.body).toContain('I found work! Thank you.');
  });

  it('lets a visitor say "I prayed" with the form (CSRF required), counted apart from the team, once a day', async () => {
    const { id } = await submit({ text: 'Pray for my exams', visibility: 'public', firstName: 'Lu' });
    await approve(id);
    const visitor = new TestClient(app, { remoteAddress: '10.99.0.1' });
    await visitor.get('/wall');
    expect(visitor.lastPage).toContain(`action="/wall/${id}/prayers"`);
    const refused = await visitor.form(`/wall/${id}/prayers`, {}, { csrf: null });
    expect(refused.statusCode).toBe(403);
    const done = await visitor.form(`/wall/${id}/prayers`, {}, { from: '/wall' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/wall?done=prayed&request=${id}#wall-${id}`);
    const after = await visitor.get(String(done.headers.location).split('#')[0]);
    expect(after.body).toContain('Thank you for praying. We have counted your prayer.');
    expect(after.body).toContain('One visitor prayed.');
    const again = await visitor.form(`/wall/${id}/prayers`, {}, { from: '/wall' });
    expect(again.headers.location).toContain('done=again');
    const row = await db().selectFrom('prayer_requests').select(['prayer_count', 'visitor_prayer_count']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ prayer_count: 0, visitor_prayer_count: 1 });
    // Spanish visitors come back to the Spanish wall.
    const es = new TestClient(app, { remoteAddress: '10.99.0.2' });
    await es.get('/es/wall');
    expect((await es.form(`/es/wall/${id}/prayers`, {})).headers.location).toBe(`/es/wall?done=prayed&request=${id}#wall-${id}`);
  });

  it('answers the JSON "I prayed" with 201, a repeat with 200, an unknown request with 404, and a flood with 429', async () => {
    const { id } = await submit({ text: 'Pray for rain', visibility: 'public' });
    const pendingOnly = await submit({ text: 'Still pending', visibility: 'public' });
    await approve(id);
    const pray = (requestId: string, remoteAddress: string) =>
      app.inject({ method: 'POST', url: `/api/v1/prayer-wall/${requestId}/prayers`, payload: {}, remoteAddress, headers: { 'content-type': 'application/json' } });
    const first = await pray(id, '10.98.0.1');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ counted: true, visitorPrayerCount: 1 });
    expect((await pray(id, '10.98.0.1')).json()).toEqual({ counted: false, visitorPrayerCount: 1 });
    expect((await pray(pendingOnly.id, '10.98.0.1')).statusCode).toBe(404);
    expect((await pray('no-such-request', '10.98.0.1')).statusCode).toBe(404);
    let last = first;
    for (let i = 0; i < 100 && last.statusCode !== 429; i++) last = await pray(id, '10.98.0.5');
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('RATE_LIMITED');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not slowed.
    expect((await pray(id, '10.98.0.6')).statusCode).toBe(201);
  });
});
