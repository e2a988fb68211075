import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.js';
import { sessionCookieName } from '../../src/accounts/http/session-cookie.js';
import { actorFor } from '../../src/accounts/user-actor.js';
import { sha256Hex } from '../../src/platform/security/secret-token.js';
import { RequestRepository } from '../../src/prayer/requests/request.repository.js';
import { SettingsRepository } from '../../src/prayer/settings/settings.repository.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

const XSS_SCRIPT = '<script>alert("x")</script>';
const XSS_IMG = '<img src=x onerror=alert(1)>';
const TOKEN_SHAPE = /^pr_[0-9a-f]{16}[A-Za-z0-9_-]{43}$/;

let address = 0;
/** A fresh client address per submission, so the per-address limit only bites where a test wants it. */
const nextAddress = () => `10.77.${(address >> 8) & 255}.${address++ & 255}`;

describeEachDialect('prayer requests over HTTP', (get) => {
  let app: FastifyInstance;
  let limited: FastifyInstance;
  let config: Config;
  const mailer = new MemoryMailer();
  const db = () => get().database.db;

  beforeAll(async () => {
    ({ app, config } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '100000', BASE_URL: 'https://prayer.example.org' }, false, { mailer }));
    ({ app: limited } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '3' }, false, { mailer }));
  });
  afterAll(async () => {
    await app?.close();
    await limited?.close();
  });
  afterEach(() => vi.restoreAllMocks());

  const submit = (body: unknown, options: { app?: FastifyInstance; url?: string; remoteAddress?: string; headers?: Record<string, string> } = {}) =>
    (options.app ?? app).inject({
      method: 'POST',
      url: options.url ?? '/api/v1/prayer-requests',
      payload: body as Record<string, unknown>,
      remoteAddress: options.remoteAddress ?? nextAddress(),
      headers: options.headers,
    });
  const mine = (token: string, method: 'GET' | 'POST' | 'DELETE' = 'GET', path = '', payload?: unknown) =>
    app.inject({ method, url: `/api/v1/prayer-requests/mine${path}`, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const row = (id: string) => db().selectFrom('prayer_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = (id: string) =>
    db()
      .selectFrom('outbox')
      .select(['topic', 'payload', 'dedupe_key'])
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> })).filter((r) => r.payload.requestId === id));
  const created = async (body: Record<string, unknown>) => {
    const res = await submit(body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; manageToken: string; manageUrl: string; status: string; crisis: null | { kind: string; resources: Array<{ name: string; contact: string }> } };
  };

  it('gives each of many people submitting at the same moment their own request and link (they share one commit)', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `Request ${i}: please pray for my brother's job interview on ${i + 1} December.`);
    const answers = await Promise.all([
      ...texts.map((text, i) => submit({ text, category: 'provision', visibility: 'team', firstName: `Person${i}` })),
      submit({ text: '', category: 'provision', visibility: 'team' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([...texts.map(() => 201), 400]);
    const bodies = answers.slice(0, texts.length).map((a) => a.json() as { id: string; manageToken: string });
    expect(new Set(bodies.map((b) => b.id)).size).toBe(texts.length);
    for (const [i, body] of bodies.entries()) {
      const view = await mine(body.manageToken);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({ id: body.id, text: texts[i] });
      expect((await row(body.id)).manage_token_hash).toBe(sha256Hex(body.manageToken));
    }
  });

  it('takes a request in: 201 with exactly id, manageToken, manageUrl, status and crisis; the token is stored only as a hash', async () => {
    const res = await submit({ text: 'Please pray for my mother, who is ill.', category: 'health', visibility: 'public', language: 'en', firstName: 'Ana', email: 'Ana@Example.org' });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['crisis', 'id', 'manageToken', 'manageUrl', 'status']);
    expect(body.manageToken).toMatch(TOKEN_SHAPE);
    expect(body.manageUrl).toBe(`${config.baseUrl}/r/${body.manageToken}`);
    expect(body.status).toBe('pending');
    expect(body.crisis).toBeNull();
    const stored = await row(body.id);
    expect(stored.manage_token_hash).toBe(sha256Hex(body.manageToken));
    expect(JSON.stringify(stored)).not.toContain(body.manageToken.slice(3));
    expect(stored).toMatchObject({ text: 'Please pray for my mother, who is ill.', category: 'health', visibility: 'public', language: 'en', status: 'active', moderation: 'pending', urgent: 0, first_name: 'Ana', email: 'ana@example.org' });
    expect(Date.parse(stored.expires_at) - Date.parse(stored.created_at)).toBe(30 * 24 * 60 * 60 * 1000);
    // Written with the request: the private link, to be mailed because an email was given.
    const [submitted] = await events(body.id);
    expect(submitted).toMatchObject({ topic: 'request.submitted', payload: { requestId: body.id, language: 'en', manageUrl: body.manageUrl } });
  });

  it('needs no approval for team and pastoral requests, and mails no link without an email', async () => {
    const team = await created({ text: 'Strength for this week', category: 'faith', visibility: 'team' });
    expect(team.status).toBe('active');
    expect((await row(team.id)).moderation).toBe('not_required');
    // Nothing to mail, so no confirmation event at all (and no private link anywhere in the outbox).
    expect(await events(team.id)).toEqual([]);
    const pastoral = await created({ text: 'Something I can only tell a pastor', category: 'guilt', visibility: 'pastoral' });
    expect((await row(pastoral.id)).moderation).toBe('not_required');
  });

  it('approves public requests at once when the ministry turned auto-approval on', async () => {
    await new SettingsRepository(db()).savePrayer({ autoApprovePublic: true }, null);
    try {
      const res = await created({ text: 'Thank God with us', category: 'other', visibility: 'public' });
      expect(res.status).toBe('active');
      expect(await row(res.id)).toMatchObject({ moderation: 'approved' });
      expect((await row(res.id)).approved_at).not.toBeNull();
    } finally {
      await new SettingsRepository(db()).savePrayer({ autoApprovePublic: false }, null);
    }
  });

  it("takes the request's language from the page when none is given (prefix, then Accept-Language)", async () => {
    const byHeader = await submit({ text: 'Oren por mí', category: 'faith', visibility: 'team' }, { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect((await row(byHeader.json().id)).language).toBe('es');
    expect(byHeader.json().manageUrl).toBe(`${config.baseUrl}/es/r/${byHeader.json().manageToken}`);
    const byPrefix = await submit({ text: 'Oren por mí', category: 'faith', visibility: 'team' }, { url: '/es/api/v1/prayer-requests' });
    expect((await row(byPrefix.json().id)).language).toBe('es');
    const explicit = await submit({ text: 'Pray for me', category: 'faith', visibility: 'team', language: 'en' }, { headers: { 'accept-language': 'es' } });
    expect((await row(explicit.json().id)).language).toBe('en');
  });

  it('answers crisis language in English with crisis resources at once, and makes the request urgent, pastoral and off the wall', async () => {
    const res = await created({ text: 'I want to kill myself tonight. Nobody would miss me.', category: 'loneliness', visibility: 'public', language: 'en' });
    expect(res.crisis?.kind).toBe('self_harm');
    expect(res.crisis?.resources.map((r) => r.name)).toContain('988 Suicide & Crisis Lifeline');
    expect(res.status).toBe('active');
    const stored = await row(res.id);
    expect(stored).toMatchObject({ visibility: 'pastoral', urgent: 1, moderation: 'not_required' });
    expect(JSON.parse(stored.crisis_kinds!)).toEqual(['self_harm']);
    // No email was given, so there is no confirmation to send: only the pastors' alert is written.
    const topics = (await events(res.id)).map((e) => e.topic).sort();
    expect(topics).toEqual(['request.crisis']);
  });

  it('answers crisis language in Spanish with Spanish resources (Spain by default)', async () => {
    const res = await created({ text: 'Ya no puedo más, quiero quitarme la vida.', category: 'grief', visibility: 'team', language: 'es' });
    expect(res.crisis?.kind).toBe('self_harm');
    expect(res.crisis?.resources[0].name).toBe('Línea 024 de atención a la conducta suicida');
    expect(res.crisis?.resources.every((r) => !/Call|Text/.test(r.contact))).toBe(true);
    expect(await row(res.id)).toMatchObject({ visibility: 'pastoral', urgent: 1 });
    // No crisis for a denial.
    const calm = await created({ text: 'No quiero quitarme la vida, solo estoy cansado.', category: 'grief', visibility: 'team', language: 'es' });
    expect(calm.crisis).toBeNull();
  });

  it('scrubs what others will read (public_text) and keeps the requester\'s own words for pastors', async () => {
    const text = 'Pray for my son Daniel García, call 612 345 678 or write to dan@example.com.';
    const res = await created({ text, category: 'family', visibility: 'public' });
    const stored = await row(res.id);
    expect(stored.text).toBe(text);
    expect(stored.public_text).toContain('Daniel G.');
    expect(stored.public_text).not.toMatch(/García|612 345 678|dan@example\.com/);
    expect(stored.public_text).toContain('[phone removed]');
    expect(stored.public_text).toContain('[email removed]');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ text: '', category: 'fear', visibility: 'team' }, 'text', 'missing'],
      [{ text: '   \n  ', category: 'fear', visibility: 'team' }, 'text', 'missing'],
      [{ category: 'fear', visibility: 'team' }, 'text', 'missing'],
      [{ text: 'x'.repeat(2001), category: 'fear', visibility: 'team' }, 'text', 'tooLong'],
      [{ text: { html: '<b>' }, category: 'fear', visibility: 'team' }, 'text', 'invalid'],
      [{ text: 'Help', category: 'weather', visibility: 'team' }, 'category', 'unknown'],
      [{ text: 'Help', visibility: 'team' }, 'category', 'missing'],
      [{ text: 'Help', category: 'fear', visibility: 'everyone' }, 'visibility', 'unknown'],
      [{ text: 'Help', category: 'fear', visibility: 'team', email: 'not an email' }, 'email', 'invalid'],
      [{ text: 'Help', category: 'fear', visibility: 'team', language: 'fr' }, 'language', 'unknown'],
      [{ text: 'Help', category: 'fear', visibility: 'team', firstName: 'n'.repeat(61) }, 'firstName', 'tooLong'],
    ];
    for (const [body, fieldName, problem] of cases) {
      const res = await submit(body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain(fieldName);
      expect(error.details.fields).toEqual({ [fieldName]: problem });
    }
    // 2,000 characters exactly are fine, counted as characters (an emoji is one).
    expect((await submit({ text: '🙏'.repeat(2000), category: 'faith', visibility: 'team' })).statusCode).toBe(201);
    // NUL and other control characters are dropped, not refused (PostgreSQL would refuse a NUL).
    const nul = await created({ text: 'Pray\u0000 for peace\u0007', category: 'faith', visibility: 'team' });
    expect((await row(nul.id)).text).toBe('Pray for peace');
    expect((await submit('not json', { headers: { 'content-type': 'application/json' } })).json().error.code).toBe('BAD_JSON');
  });

  it(`refuses a flood from one address with 429 after SUBMIT_RATE_LIMIT, without slowing anyone else`, async () => {
    const flood = '10.99.0.1';
    const body = { text: 'Please pray', category: 'other', visibility: 'team' };
    for (let i = 0; i < 3; i++) expect((await submit(body, { app: limited, remoteAddress: flood })).statusCode).toBe(201);
    const refused = await submit(body, { app: limited, remoteAddress: flood });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Someone else at the same moment is served as usual.
    const started = performance.now();
    expect((await submit(body, { app: limited, remoteAddress: '10.99.0.2' })).statusCode).toBe(201);
    expect(performance.now() - started).toBeLessThan(1000);
    // Refused, but never without the numbers to call.
    const crisis = await submit({ ...body, text: 'I am going to end my life tonight' }, { app: limited, remoteAddress: flood });
    expect(crisis.statusCode).toBe(429);
    expect(crisis.json().error.details.crisis.resources.length).toBeGreaterThan(0);
    // The form says when to try again and keeps every word.
    const client = new TestClient(limited, { remoteAddress: flood });
    const page = await client.form('/pray', { text: 'Kept <words>', category: 'fear', visibility: 'team', language: 'en' }, { from: '/pray' });
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.body).toMatch(/You can send this one in about \d+ minutes/);
    expect(page.body).toContain('Kept &lt;words>');
    expect(page.body).toMatch(/id="category" name="category" type="radio" value="guilt"/);
    expect(page.body).toMatch(/value="fear" checked/);
  });

  it('turns the limit off with SUBMIT_RATE_LIMIT=0', async () => {
    const { app: open } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' }, false, { mailer });
    try {
      for (let i = 0; i < 12; i++) expect((await submit({ text: `Prayer ${i}`, category: 'other', visibility: 'team' }, { app: open, remoteAddress: '10.99.1.1' })).statusCode).toBe(201);
    } finally {
      await open.close();
    }
  });

  it.skipIf(!process.env.REDIS_URL)('counts one address across instances sharing Redis (REDIS_URL)', async () => {
    const shared = { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '2', REDIS_URL: process.env.REDIS_URL! };
    const redisPrefix = `intercede-test:${randomUUID()}:`;
    const { app: one } = await createTestApp(get(), shared, false, { mailer, redisPrefix });
    const { app: two } = await createTestApp(get(), shared, false, { mailer, redisPrefix });
    try {
      const body = { text: 'Please pray', category: 'other', visibility: 'team' };
      expect((await submit(body, { app: one, remoteAddress: '10.98.0.1' })).statusCode).toBe(201);
      expect((await submit(body, { app: two, remoteAddress: '10.98.0.1' })).statusCode).toBe(201);
      expect((await submit(body, { app: one, remoteAddress: '10.98.0.1' })).statusCode).toBe(429);
      expect((await submit(body, { app: two, remoteAddress: '10.98.0.2' })).statusCode).toBe(201);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('shows the requester their request with prayers, visible notes, verses, commitments and updates (GET /mine)', async () => {
    const req = await created({ text: 'Pray for my marriage', category: 'family', visibility: 'team', firstName: 'Ruth', email: 'ruth@example.org', forWhom: 'my husband and me' });
    const intercessor = await createPerson(app, { roles: ['intercessor'], covenant: true });
    const start = Date.now();
    const at = (minutes: number) => new Date(start - minutes * 60_000).toISOString();
    await db()
      .insertInto('prayers')
      .values([
        { id: randomUUID(), request_id: req.id, user_id: intercessor.id, kind: 'team', note: 'You are not alone.', verse_osis: 'Rom.8.34', note_status: 'visible', created_at: at(30) },
        { id: randomUUID(), request_id: req.id, user_id: intercessor.id, kind: 'team', note: 'held back for review', verse_osis: 'John.3.16', note_status: 'held', created_at: at(20) },
        { id: randomUUID(), request_id: req.id, user_id: null, kind: 'visitor', note: null, verse_osis: null, note_status: 'none', created_at: at(10) },
      ])
      .execute();
    await db().updateTable('prayer_requests').set({ prayer_count: 2, visitor_prayer_count: 1, first_prayed_at: at(30), last_prayed_at: at(10) }).where('id', '=', req.id).execute();
    await db()
      .insertInto('commitments')
      .values({ id: randomUUID(), request_id: req.id, user_id: intercessor.id, days: 7, created_at: at(5), ends_at: new Date(Date.now() + 7 * 86_400_000).toISOString() })
      .execute();

    const res = await mine(req.manageToken);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ id: req.id, text: 'Pray for my marriage', status: 'active', prayerCount: 3, teamPrayerCount: 2, visitorPrayerCount: 1, commitmentCount: 1, emailUpdates: true, forWhom: 'my husband and me' });
    expect(body.prayers).toHaveLength(3);
    expect(body.prayers[0]).toEqual({ at: at(10), kind: 'visitor' });
    expect(body.prayers[2]).toMatchObject({ kind: 'team', note: 'You are not alone.', verse: { osis: 'Rom.8.34', reference: 'Romans 8:34' } });
    // Scripture is not installed in this database: the verse comes without text rather than failing.
    expect(body.prayers[2].verse.text).toBeUndefined();
    // A note held for review shows nothing, not even its verse.
    expect(body.prayers[1]).toEqual({ at: at(20), kind: 'team' });
    expect(JSON.stringify(body)).not.toContain('held back');
    expect(JSON.stringify(body)).not.toContain(intercessor.email);
    expect(body.commitments[0]).toMatchObject({ days: 7 });
  });

  it('lets the requester update, answer with a testimony, renew, close and unsubscribe through the API, each announced in the outbox', async () => {
    const req = await created({ text: 'Pray for a job', category: 'provision', visibility: 'team', email: 'job@example.org' });
    const update = await mine(req.manageToken, 'POST', '/updates', { text: 'I have an interview on Monday.' });
    expect(update.statusCode).toBe(201);
    expect(update.json()).toMatchObject({ kind: 'update', text: 'I have an interview on Monday.', crisis: null });
    expect((await mine(req.manageToken, 'POST', '/updates', { text: '' })).json().error.details.fields).toEqual({ text: 'missing' });

    const renewed = await mine(req.manageToken, 'POST', '/renew');
    expect(renewed.statusCode).toBe(200);
    expect(Date.parse(renewed.json().expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    expect((await mine(req.manageToken, 'POST', '/answer', { sharePublicly: true })).json().error.details.fields).toEqual({ testimony: 'missingToShare' });
    const answered = await mine(req.manageToken, 'POST', '/answer', { testimony: 'I got the job!', sharePublicly: true });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered' });
    const testimony = await db().selectFrom('testimonies').selectAll().where('request_id', '=', req.id).executeTakeFirstOrThrow();
    expect(testimony).toMatchObject({ text: 'I got the job!', consent_public: 1, status: 'pending', source: 'answered_prayer' });
    expect((await mine(req.manageToken, 'POST', '/close')).statusCode).toBe(409);

    const unsubscribed = await mine(req.manageToken, 'POST', '/unsubscribe');
    expect(unsubscribed.json()).toMatchObject({ emailUpdates: false });
    const view = (await mine(req.manageToken)).json();
    expect(view.updates.map((u: { kind: string }) => u.kind)).toEqual(['update', 'answer']);
    expect(view.testimony).toMatchObject({ text: 'I got the job!', sharePublicly: true, status: 'pending' });
    expect((await events(req.id)).map((e) => e.topic).sort()).toEqual(['request.answered', 'request.submitted', 'request.updated']);

    const other = await created({ text: 'Pray for rest', category: 'health', visibility: 'team' });
    expect((await mine(other.manageToken, 'POST', '/answer', { testimony: 'Slept well', sharePublicly: false })).statusCode).toBe(200);
    expect(await db().selectFrom('testimonies').select(['status', 'consent_public']).where('request_id', '=', other.id).executeTakeFirstOrThrow()).toEqual({ status: 'private', consent_public: 0 });
    const third = await created({ text: 'Pray for my friend', category: 'other', visibility: 'team' });
    expect((await mine(third.manageToken, 'POST', '/close')).json()).toMatchObject({ status: 'closed' });
    expect((await events(third.id)).map((e) => e.topic)).toContain('request.closed');
  });

  it('deletes at once: text and personal data gone, counts kept, commitments ended, the link dead', async () => {
    const req = await created({ text: 'Pray for my brother Tomás Pérez', category: 'family', visibility: 'public', firstName: 'Lucía', email: 'lucia@example.org', forWhom: 'Tomás' });
    await mine(req.manageToken, 'POST', '/updates', { text: 'He is home now' });
    const intercessor = await createPerson(app, { roles: ['intercessor'], covenant: true });
    await db().updateTable('prayer_requests').set({ prayer_count: 4, visitor_prayer_count: 2 }).where('id', '=', req.id).execute();
    await db()
      .insertInto('commitments')
      .values({ id: randomUUID(), request_id: req.id, user_id: intercessor.id, days: 30, created_at: new Date().toISOString(), ends_at: new Date(Date.now() + 30 * 86_400_000).toISOString() })
      .execute();

    const res = await mine(req.manageToken, 'DELETE');
    expect(res.statusCode).toBe(204);
    const stored = await row(req.id);
    expect(stored).toMatchObject({ status: 'deleted', text: null, public_text: null, first_name: null, email: null, for_whom: null, prayer_count: 4, visitor_prayer_count: 2 });
    expect(stored.deleted_at).not.toBeNull();
    const updates = await db().selectFrom('request_updates').select('text').where('request_id', '=', req.id).execute();
    expect(updates).toEqual([{ text: null }]);
    const commitment = await db().selectFrom('commitments').select(['ended_at', 'end_reason']).where('request_id', '=', req.id).executeTakeFirstOrThrow();
    expect(commitment.end_reason).toBe('deleted');
    expect(commitment.ended_at).not.toBeNull();
    expect((await events(req.id)).map((e) => e.topic)).toContain('request.deleted');
    expect((await mine(req.manageToken)).statusCode).toBe(404);
    expect((await mine(req.manageToken, 'DELETE')).statusCode).toBe(404);
  });

  it('answers an unknown, malformed or deleted token with the same 404, by the same steps as a live one', async () => {
    const live = await created({ text: 'Pray for peace', category: 'fear', visibility: 'team' });
    const gone = await created({ text: 'Pray for courage', category: 'fear', visibility: 'team' });
    await mine(gone.manageToken, 'DELETE');
    const unknown = live.manageToken.slice(0, -4) + (live.manageToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const lookups = vi.spyOn(RequestRepository.prototype, 'findByTokenHash');
    const answers: Record<string, LightMyRequestResponse> = {};
    for (const [label, token] of Object.entries({ live: live.manageToken, unknown, malformed: 'not-a-token', deleted: gone.manageToken })) {
      lookups.mockClear();
      answers[label] = await mine(token);
      // Always one lookup by the SHA-256 of what was presented: nothing short-circuits on the token's shape.
      expect(lookups.mock.calls, label).toEqual([[sha256Hex(token)]]);
    }
    expect(answers.live.statusCode).toBe(200);
    for (const label of ['unknown', 'malformed', 'deleted']) {
      expect(answers[label].statusCode).toBe(404);
      expect(answers[label].body).toBe(answers.unknown.body);
    }
    expect((await app.inject('/api/v1/prayer-requests/mine')).statusCode).toBe(401);

    const page = async (token: string) => (await app.inject(`/r/${token}`)).body.split(token).join('TOKEN');
    const unknownPage = await app.inject(`/r/${unknown}`);
    expect(unknownPage.statusCode).toBe(404);
    expect(unknownPage.body).toContain('This link does not work');
    expect(await page(gone.manageToken)).toBe(await page(unknown));
    expect(await page('not-a-token')).toBe(await page(unknown));
  });

  it('serves the /pray form in English and Spanish with GOV.UK labels, hints, and the character count', async () => {
    const en = await app.inject('/pray');
    expect(en.statusCode).toBe(200);
    for (const label of ['Guilt and shame', 'Fear and anxiety', 'Loneliness', 'Addiction', 'Health', 'Family', 'Grief', 'Provision', 'Faith']) expect(en.body).toContain(`>${label}</label>`);
    expect(en.body).toContain('<textarea class="textarea" id="text" name="text" rows="8" data-maxlength="2000"');
    expect(en.body).toContain('only to tell you when someone prays');
    expect(en.body).toContain('Only our intercessors read it');
    expect(en.body).toMatch(/name="_csrf" value="[^"]+"/);
    expect(en.body).toMatch(/<script type="module" src="\/assets\/char-count\.[0-9a-f]+\.js">/);
    expect(en.body).toMatch(/id="language" name="language" type="radio" value="en" checked/);
    const es = await app.inject('/es/pray');
    expect(es.body).toContain('<html lang="es">');
    for (const label of ['Culpa y vergüenza', 'Miedo y ansiedad', 'Soledad', 'Adicción', 'Duelo']) expect(es.body).toContain(`>${label}</label>`);
    expect(es.body).toMatch(/value="es" checked/);
  });

  it('re-renders a failed form with an error summary linking to each field and every value kept', async () => {
    const client = new TestClient(app, { remoteAddress: nextAddress() });
    const res = await client.form('/pray', { text: '', forWhom: 'my daughter', firstName: 'Marta', email: 'marta@', language: 'en' }, { from: '/pray' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Ask for prayer · Intercede</title>');
    expect(res.body).toContain('<a href="#text">Enter what you would like us to pray for</a>');
    expect(res.body).toContain('<a href="#category">Select what your request is about</a>');
    expect(res.body).toContain('<a href="#visibility">Select who may read your request</a>');
    expect(res.body).toContain('<a href="#email">Enter an email address in the correct format, like name@example.com</a>');
    expect(res.body.indexOf('href="#text"')).toBeLessThan(res.body.indexOf('href="#category"'));
    expect(res.body).toContain('value="my daughter"');
    expect(res.body).toContain('value="Marta"');
    expect(res.body).toContain('value="marta@"');
    expect(res.body).toMatch(/<p class="error-message" id="text-error">/);
    expect(res.body).toContain('aria-describedby="text-hint text-error"');
    // Without the CSRF token the form is refused.
    expect((await client.form('/pray', { text: 'x', category: 'fear', visibility: 'team' }, { csrf: null })).statusCode).toBe(403);
  });

  it('sends a stored form to the private page, which shows the link to bookmark — and crisis resources first', async () => {
    const client = new TestClient(app, { remoteAddress: nextAddress() });
    const res = await client.form('/pray', { text: 'Pray for my exams', category: 'fear', visibility: 'public', firstName: 'Leo', email: 'leo@example.org', language: 'en' }, { from: '/pray' });
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/r\/pr_[0-9a-f]{16}[A-Za-z0-9_-]{43}\?new=1$/);
    const token = location.slice(3, location.indexOf('?'));
    const page = await client.get(location);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('Your prayer request has been received');
    expect(page.body).toContain(`https://prayer.example.org/r/${token}</a>`);
    expect(page.body).toContain('Bookmark this page');
    expect(page.body).toContain('We will also send the link to leo@example.org');
    expect(page.body).toContain('A moderator will read it before it appears on the prayer wall');
    expect(page.body).not.toContain('crisis-panel');

    const es = new TestClient(app, { remoteAddress: nextAddress() });
    const crisis = await es.form('/es/pray', { text: 'Mi marido me pega y tengo miedo de que me mate', category: 'family', visibility: 'public', language: 'es' }, { from: '/es/pray' });
    expect(crisis.statusCode).toBe(303);
    expect(String(crisis.headers.location)).toMatch(/^\/es\/r\/pr_/);
    const crisisPage = (await es.get(String(crisis.headers.location))).body;
    expect(crisisPage).toContain('Por favor, busca ayuda ahora');
    expect(crisisPage).toContain('Llame al 112');
    expect(crisisPage.indexOf('crisis-panel')).toBeGreaterThan(0);
    expect(crisisPage.indexOf('crisis-panel')).toBeLessThan(crisisPage.indexOf('confirmation-panel'));
    expect(crisisPage).toContain('Solo los pastores');
  });

  it('runs the requester forms with CSRF: update, answered, renew, close, stop emails, delete', async () => {
    const req = await created({ text: 'Pray for my recovery', category: 'health', visibility: 'team', email: 'rec@example.org' });
    const client = new TestClient(app);
    const base = `/r/${req.manageToken}`;
    expect((await client.form(`${base}/update`, { text: 'Better today' }, { csrf: null })).statusCode).toBe(403);
    const updated = await client.form(`${base}/update`, { text: 'Better today' }, { from: base });
    expect(updated.statusCode).toBe(303);
    expect(updated.headers.location).toBe(`${base}?done=updated`);
    expect((await client.get(String(updated.headers.location))).body).toContain('Your update has been posted');
    const empty = await client.form(`${base}/update`, { text: '  ' }, { from: base });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<a href="#update-text">Enter your update</a>');
    const share = await client.form(`${base}/answer`, { testimony: '', share: 'yes' }, { from: base });
    expect(share.statusCode).toBe(400);
    expect(share.body).toContain('Write your story, or untick sharing it publicly');
    expect((await client.form(`${base}/renew`, {}, { from: base })).headers.location).toBe(`${base}?done=renewed`);
    expect((await client.form(`${base}/unsubscribe`, {}, { from: base })).headers.location).toBe(`${base}?done=unsubscribed`);
    expect((await client.get(base)).body).toContain('You will not get emails about this request');
    expect((await client.form(`${base}/answer`, { testimony: 'Healed', share: 'yes' }, { from: base })).headers.location).toBe(`${base}?done=answered`);
    const answeredPage = (await client.get(base)).body;
    expect(answeredPage).toContain('Answered');
    expect(answeredPage).not.toContain(`${base}/close"`);
    // Closing an answered request is a conflict, shown as the page as it now stands.
    const conflict = await client.form(`${base}/close`, {}, { from: base });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain('Your request has changed');
    const confirm = await client.get(`${base}/delete`);
    expect(confirm.body).toContain('Delete your prayer request?');
    const deleted = await client.form(`${base}/delete`, {});
    expect(deleted.headers.location).toBe('/pray/deleted');
    expect((await client.get('/pray/deleted')).body).toContain('Your prayer request has been deleted');
    expect((await client.get(base)).statusCode).toBe(404);
  });

  it('stores HTML as text and shows it escaped on every page and answer that shows it', async () => {
    const client = new TestClient(app, { remoteAddress: nextAddress() });
    const res = await client.form(
      '/pray',
      { text: `${XSS_SCRIPT} ${XSS_IMG}`, forWhom: XSS_IMG, firstName: XSS_SCRIPT.slice(0, 30), category: 'other', visibility: 'public', language: 'en' },
      { from: '/pray' },
    );
    expect(res.statusCode).toBe(303);
    const base = String(res.headers.location).split('?')[0];
    const token = base.slice(3);
    await client.form(`${base}/update`, { text: XSS_IMG }, { from: base });
    const pages = [(await client.get(`${base}?new=1`)).body];
    const json = (await mine(token)).json();
    expect(json.text).toBe(`${XSS_SCRIPT} ${XSS_IMG}`);
    expect(json.forWhom).toBe(XSS_IMG);
    expect(json.updates[0].text).toBe(XSS_IMG);
    // A bad email comes back in the form, escaped.
    pages.push((await client.form('/pray', { text: 'x', category: 'other', visibility: 'team', email: `${XSS_IMG}@x.org` }, { from: '/pray' })).body);
    // A moderator approves it; the wall (when that area serves it) must escape it too.
    const moderator = await createPerson(app, { roles: ['moderator'], covenant: true });
    const token2 = await app.accounts.tokens.create(actorFor(moderator, 'session'), { name: 'test' });
    expect((await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${json.id}/approve`, headers: { authorization: `Bearer ${token2.token}` } })).statusCode).toBe(200);
    const wall = await app.inject('/wall');
    if (wall.statusCode === 200) pages.push(wall.body);
    for (const html of pages) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).toMatch(/&lt;(script|img)/);
    }
  });

  it('lets moderators approve and reject public requests, audited; nobody else', async () => {
    const req = await created({ text: 'Pray for our town', category: 'other', visibility: 'public' });
    const moderator = await createPerson(app, { roles: ['moderator'], covenant: true });
    const intercessor = await createPerson(app, { roles: ['intercessor'], covenant: true });
    const bearer = async (user: Awaited<ReturnType<typeof createPerson>>) => ({
      authorization: `Bearer ${(await app.accounts.tokens.create(actorFor(user, 'session'), { name: 'test' })).token}`,
    });
    const asModerator = await bearer(moderator);
    const approve = (id: string, headers: Record<string, string>, what = 'approve') => app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${id}/${what}`, headers });

    expect((await approve(req.id, {})).statusCode).toBe(401);
    expect((await approve(req.id, await bearer(intercessor))).statusCode).toBe(403);
    const approved = await approve(req.id, asModerator);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ id: req.id, moderation: 'approved', status: 'active' });
    expect((await mine(req.manageToken)).json().status).toBe('active');
    expect((await approve(req.id, asModerator, 'reject')).json()).toMatchObject({ moderation: 'rejected', approvedAt: null });
    const audit = await db().selectFrom('audit_events').select('action').where('subject_id', '=', req.id).orderBy('occurred_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['prayer_request.approved', 'prayer_request.rejected']);

    const team = await created({ text: 'Team only', category: 'other', visibility: 'team' });
    expect((await approve(team.id, asModerator)).statusCode).toBe(409);
    const pastoral = await created({ text: 'Pastors only', category: 'other', visibility: 'pastoral' });
    expect((await approve(pastoral.id, asModerator)).statusCode).toBe(404);
    expect((await approve('no-such-id', asModerator)).statusCode).toBe(404);

    // A session needs the CSRF header for the JSON write, like every other.
    // (This app's BASE_URL is https, so the session cookie carries the __Host- prefix.)
    const cookie = `${sessionCookieName(true)}=${(await sessionCookieFor(app, moderator.id)).value}`;
    expect((await app.inject({ method: 'POST', url: `/api/v1/prayer-requests/${req.id}/approve`, headers: { cookie } })).statusCode).toBe(403);
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/docs/openapi.json')).json();
    for (const path of [
      '/api/v1/prayer-requests',
      '/api/v1/prayer-requests/mine',
      '/api/v1/prayer-requests/mine/updates',
      '/api/v1/prayer-requests/mine/answer',
      '/api/v1/prayer-requests/mine/renew',
      '/api/v1/prayer-requests/mine/close',
      '/api/v1/prayer-requests/mine/unsubscribe',
      '/api/v1/prayer-requests/{id}/approve',
      '/api/v1/prayer-requests/{id}/reject',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const intake = doc.paths['/api/v1/prayer-requests'].post;
    expect(intake.requestBody.content['application/json'].schema.required).toEqual(['text', 'category', 'visibility']);
    expect(Object.keys(intake.responses['201'].content['application/json'].schema.properties).sort()).toEqual(['crisis', 'id', 'manageToken', 'manageUrl', 'status']);
    expect(doc.components.securitySchemes.manageToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
