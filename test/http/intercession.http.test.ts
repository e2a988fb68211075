import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { COMMAND_LINE, type Role } from '../../src/platform/auth/actor.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { clearIntercession } from '../factories/intercession.fixture.js';
import { seedRequest } from '../factories/prayer-request.factory.js';

describeEachDialect('intercession over HTTP', (get) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await installSynthetic(get().database);
    ({ app } = await createTestApp(get()));
  });
  afterAll(() => app?.close());
  beforeEach(async () => {
    await clearIntercession(get().database.db);
  });

  const db = () => get().database.db;
  const seed = (s: Parameters<typeof seedRequest>[1] = {}) => seedRequest(db(), s);

  /** A person with `roles` and an API token; returns the Authorization header. */
  async function bearer(roles: Role[], covenant = true): Promise<{ authorization: string; userId: string }> {
    const person = await createPerson(app, { roles, covenant, password: null });
    const { token } = await app.accounts.tokens.create(COMMAND_LINE, { name: 'test', userId: person.id });
    return { authorization: `Bearer ${token}`, userId: person.id };
  }

  /** A signed-in browser of a person with `roles`. */
  async function browser(roles: Role[] = ['intercessor'], covenant = true): Promise<TestClient> {
    const person = await createPerson(app, { roles, covenant, password: null });
    const client = new TestClient(app);
    const cookie = await sessionCookieFor(app, person.id);
    client.cookies.set(cookie.name, cookie.value);
    return client;
  }

  const next = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/v1/intercession/next', headers });

  it('refuses callers without a token (401), roles without access (403), and intercessors without the covenant', async () => {
    const none = await next({});
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    const moderator = await bearer(['moderator']);
    expect((await next({ authorization: moderator.authorization })).json().error.code).toBe('FORBIDDEN');
    const uncovenanted = await bearer(['intercessor'], false);
    const refused = await next({ authorization: uncovenanted.authorization });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('COVENANT_REQUIRED');
    const pray = await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${await seed()}/prayers`, headers: { authorization: moderator.authorization }, payload: {} });
    expect(pray.statusCode).toBe(403);
  });

  it('answers 204 when nothing is waiting, and leases the next request with its Scriptures (the contract)', async () => {
    const me = await bearer(['intercessor']);
    const empty = await next({ authorization: me.authorization });
    expect(empty.statusCode).toBe(204);
    expect(empty.body).toBe('');
    // A bare POST that says it is JSON (many clients do) is not refused as bad JSON.
    const bare = await app.inject({ method: 'POST', url: '/api/v1/intercession/next', headers: { authorization: me.authorization, 'content-type': 'application/json' }, payload: '' });
    expect(bare.statusCode).toBe(204);
    const id = await seed({ category: 'other', text: 'Pray for Ana López, 612 345 678', publicText: 'Pray for Ana L., [phone removed]', firstName: 'Ana' });
    const res = await next({ authorization: me.authorization });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({
      lease: { id: expect.any(String), expiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      request: { id, text: 'Pray for Ana L., [phone removed]', firstName: 'Ana', category: 'other', language: 'en', visibility: 'public', prayerCount: 0 },
      canPray: true,
    });
    expect(body.request.scriptures.length).toBeGreaterThanOrEqual(3);
    expect(body.request.scriptures.length).toBeLessThanOrEqual(5);
    for (const s of body.request.scriptures) expect(Object.keys(s).sort()).toEqual(['osis', 'reference', 'text', 'translation']);
    expect(body.request.scriptures.some((s: { text: string | null }) => s.text)).toBe(true);
    expect(res.body).not.toContain('612');
    expect(res.body).not.toContain('López');
    // The same lease while it lives; nobody else gets the request.
    expect((await next({ authorization: me.authorization })).json().lease.id).toBe(body.lease.id);
    expect((await next({ authorization: (await bearer(['intercessor'])).authorization })).statusCode).toBe(204);
  });

  it('records "I prayed" with a note and a verse (201), and names the field of a bad one (400)', async () => {
    const me = await bearer(['intercessor']);
    const id = await seed();
    await next({ authorization: me.authorization });
    const url = `/api/v1/prayer-requests/${id}/prayers`;
    const badVerse = await app.inject({ method: 'POST', url, headers: { authorization: me.authorization }, payload: { verse: 'John 22:1' } });
    expect(badVerse.statusCode).toBe(400);
    expect(badVerse.json().error).toMatchObject({ code: 'VALIDATION', message: 'verse: John has 21 chapters', details: { fields: { verse: 'unknown' } } });
    const longNote = await app.inject({ method: 'POST', url, headers: { authorization: me.authorization }, payload: { note: 'x'.repeat(501) } });
    expect(longNote.statusCode).toBe(400);
    expect(longNote.json().error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('note'), details: { fields: { note: 'tooLong' } } });
    const ok = await app.inject({ method: 'POST', url, headers: { authorization: me.authorization }, payload: { note: 'God is near to you.', verse: 'Salmo 34:18' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({
      id: expect.any(String),
      requestId: id,
      at: expect.any(String),
      note: 'God is near to you.',
      noteStatus: 'visible',
      verse: { osis: 'Ps.34.18', reference: 'Psalms 34:18' },
      prayerCount: 1,
    });
    const again = await app.inject({ method: 'POST', url, headers: { authorization: me.authorization }, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_PRAYED');
    const missing = await app.inject({ method: 'POST', url: '/api/v1/prayer-requests/nope/prayers', headers: { authorization: me.authorization }, payload: {} });
    expect(missing.statusCode).toBe(404);
  });

  it('skips, flags, commits, lists and withdraws over the API', async () => {
    const me = await bearer(['intercessor']);
    const headers = { authorization: me.authorization };
    const id = await seed();
    expect((await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${id}/skip`, headers })).statusCode).toBe(204);
    expect((await next(headers)).statusCode).toBe(204);
    const flagged = await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${id}/flag`, headers, payload: { reason: '' } });
    expect(flagged.json().error.details.fields).toEqual({ reason: 'missing' });
    expect((await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${id}/flag`, headers, payload: { reason: 'Gives a full name' } })).statusCode).toBe(201);

    const other = await seed({ firstName: 'Tom' });
    const made = await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${other}/commitments`, headers, payload: { days: 7 } });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ requestId: other, days: 7, startedAt: expect.any(String), endsAt: expect.any(String) });
    const renewed = await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${other}/commitments`, headers, payload: { days: 14 } });
    expect(renewed.statusCode).toBe(200);
    const bad = await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${other}/commitments`, headers, payload: { days: 120 } });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION', details: { fields: { days: 'invalid' } } });
    const mine = (await app.inject({ url: '/api/v1/me/commitments', headers })).json().commitments;
    expect(mine).toEqual([expect.objectContaining({ id: made.json().id, days: 14, day: 1, request: expect.objectContaining({ id: other, firstName: 'Tom' }) })]);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/commitments/${made.json().id}`, headers })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/commitments/${made.json().id}`, headers })).statusCode).toBe(404);
    const opened = await app.inject({ url: `/api/v1/intercession/requests/${other}`, headers });
    expect(opened.json()).toMatchObject({ lease: null, canPray: true, request: { id: other } });
  });

  it('requires a CSRF token from a signed-in browser, not from a bearer token', async () => {
    const client = await browser();
    await seed();
    const refused = await client.json('POST', '/api/v1/intercession/next');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CSRF');
    await client.get('/intercede/commitments');
    const meta = /<meta name="csrf-token" content="([^"]+)"/.exec(client.lastPage)![1];
    expect((await client.json('POST', '/api/v1/intercession/next', undefined, { 'x-csrf-token': meta })).statusCode).toBe(200);
  });

  it('documents the API in OpenAPI', async () => {
    const doc = (await app.inject('/api/docs/openapi.json')).json();
    for (const path of ['/api/v1/intercession/next', '/api/v1/prayer-requests/{id}/prayers', '/api/v1/prayer-requests/{id}/skip', '/api/v1/prayer-requests/{id}/flag', '/api/v1/prayer-requests/{id}/commitments', '/api/v1/me/commitments']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it('sends people who may not pray to sign in or to the covenant, and refuses other roles', async () => {
    const anonymous = await app.inject('/intercede');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/login?next=%2Fintercede');
    const uncovenanted = await browser(['intercessor'], false);
    const toCovenant = await uncovenanted.get('/es/intercede');
    expect(toCovenant.statusCode).toBe(303);
    expect(toCovenant.headers.location).toBe('/es/covenant?next=%2Fintercede');
    expect((await (await browser(['author'])).get('/intercede')).statusCode).toBe(403);
  });

  it('shows one request, escaped, with Scriptures and every form carrying a CSRF token; prays through it', async () => {
    const client = await browser();
    await seed({ category: 'fear', firstName: 'Sam', text: '<script>alert(1)</script><img src=x onerror=alert(2)> Pray Psalm 23', publicText: '<script>alert(1)</script><img src=x onerror=alert(2)> Pray Psalm 23' });
    const page = await client.get('/intercede');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<h1>Pray for Sam</h1>');
    expect(page.body).toContain('Fear and anxiety');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)> Pray Psalm 23');
    expect(page.body).toContain('Yahweh is my shepherd');
    expect(page.body).toContain('<label class="label" for="note">A note of encouragement (optional)</label>');
    expect(page.body).toContain('data-maxlength="500"');
    expect(page.body).toContain('<label class="label" for="verse">A verse to send with it (optional)</label>');
    const forms = page.body.match(/<form method="post"[^>]*>/g) ?? [];
    const withToken = page.body.match(/<form method="post"[^>]*>\s*<input type="hidden" name="_csrf" value="[^"]+"/g) ?? [];
    expect(forms.length).toBeGreaterThanOrEqual(5);
    expect(withToken.length).toBe(forms.length);
    const action = /action="(\/intercede\/requests\/[^"]+\/prayers)"/.exec(page.body)![1];

    // No token, no prayer.
    expect((await client.form(action, { note: '' }, { csrf: null })).statusCode).toBe(403);
    // A verse that does not exist: the form comes back with the error beside the field, nothing lost.
    const bad = await client.form(action, { note: 'Peace to you', verse: 'John 22:1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Error: Pray for others · Intercede</title>');
    expect(bad.body).toContain('<a href="#verse">That verse does not exist: John has 21 chapters</a>');
    expect(bad.body).toContain('id="verse-error"');
    expect(bad.body).toContain('value="John 22:1"');
    expect(bad.body).toContain('Peace to you</textarea>');
    const done = await client.form(action, { note: 'Peace to you', verse: 'Psalm 23:1' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/intercede?done=prayed');
    const after = await client.get(done.headers.location as string);
    expect(after.body).toContain('Thank you for praying');
    expect(after.body).toContain('Everyone has been prayed for right now');
    const stored = await db().selectFrom('prayers').select(['note', 'verse_osis', 'note_status']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ note: 'Peace to you', verse_osis: 'Ps.23.1', note_status: 'visible' });
  });

  it('speaks Spanish: the page, the errors with Spanish book names, the calm empty page', async () => {
    const client = await browser();
    await seed({ language: 'en', firstName: null });
    const page = await client.get('/es/intercede');
    expect(page.body).toContain('<html lang="es">');
    // A request without a name is not a person called «Anónimo».
    expect(page.body).toContain('<h1>Ora por esta petición</h1>');
    expect(page.body).toContain('<blockquote lang="en">');
    const action = /action="(\/es\/intercede\/requests\/[^"]+\/prayers)"/.exec(page.body)![1];
    await client.form(action.replace(/\/prayers$/, '/commitments'), { days: '3' });
    expect((await client.get('/es/intercede/commitments')).body).toContain('Orar ahora por ella');
    const bad = await client.form(action, { verse: 'Juan 22:1' });
    expect(bad.body).toContain('Ese versículo no existe: Juan tiene 21 capítulos');
    const held = await client.form(action, { note: 'Llámame al 612 345 678' });
    expect(held.headers.location).toBe('/es/intercede?done=held');
    const after = await client.get(held.headers.location as string);
    expect(after.body).toContain('Un moderador leerá tu nota antes de entregarla.');
    expect(after.body).toContain('Ahora mismo se ha orado por todos');
  });

  it('commits from the page, lists commitments, and withdraws; skips and flags by form', async () => {
    const client = await browser();
    const id = await seed({ firstName: 'Rosa' });
    const page = await client.get('/intercede');
    const base = `/intercede/requests/${id}`;
    expect(page.body).toContain(`action="${base}/commitments"`);
    const badDays = await client.form(`${base}/commitments`, { days: 'ninety' });
    expect(badDays.statusCode).toBe(400);
    expect(badDays.body).toContain('<a href="#days">Enter a whole number of days from 1 to 90</a>');
    expect(badDays.body).toContain('value="ninety"');
    const committed = await client.form(`${base}/commitments`, { days: '5' });
    expect(committed.headers.location).toBe('/intercede?done=committed&days=5');
    const back = await client.get(committed.headers.location as string);
    expect(back.body).toContain('You committed to pray for this request every day for 5 days.');
    // Still theirs: committing is not praying.
    expect(back.body).toContain('<h1>Pray for Rosa</h1>');
    const list = await client.get('/intercede/commitments');
    expect(list.body).toContain('Day 1 of 5');
    expect(list.body).toContain('Pray for Rosa now');
    expect(list.body).toContain(`href="${base}"`);
    const withdraw = /action="(\/intercede\/commitments\/[^"]+\/withdraw)"/.exec(list.body)![1];
    const ended = await client.form(withdraw, {});
    expect(ended.headers.location).toBe('/intercede/commitments?done=withdrawn');
    expect((await client.get('/intercede/commitments')).body).toContain('You have no running commitments.');

    await client.get('/intercede');
    const noReason = await client.form(`${base}/flag`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('<details class="details" open>');
    expect(noReason.body).toContain('Say what a moderator should look at');
    const skipped = await client.form(`${base}/skip`, {});
    expect(skipped.headers.location).toBe('/intercede?done=skipped');
    expect((await client.get('/intercede?done=skipped')).body).toContain('Everyone has been prayed for right now');
  });
});
