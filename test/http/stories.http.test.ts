import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/platform/auth/actor.js';
import { signedInClient } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { seedTestimony } from '../factories/ministry.factory.js';
import { seedRequest } from '../factories/prayer-request.factory.js';

const XSS = '<script>alert("x")</script>';
const STORY = 'For years I carried the guilt alone. Then a friend prayed with me, and I knew I was forgiven.';

let address = 0;
const nextAddress = () => `10.77.${(address >> 8) & 255}.${address++ & 255}`;

describeEachDialect('stories over HTTP', (get) => {
  let app: FastifyInstance;
  let limited: FastifyInstance;
  const mailer = new MemoryMailer();
  const db = () => get().database.db;
  const clients = new Map<string, TestClient>();
  const emails = new Map<string, string>();

  const browser = async (label: string, roles: Role[], covenant = true) => {
    const { client, person } = await signedInClient(app, { roles, covenant }, { remoteAddress: nextAddress() });
    clients.set(label, client);
    emails.set(label, person.email);
  };
  const as = (label: string) => clients.get(label)!;
  const visitor = () => new TestClient(app, { remoteAddress: nextAddress() });
  const api = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/stories', headers: { 'content-type': 'application/json', ...headers }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload), remoteAddress: nextAddress() });
  const published = async (query = '?language=all&limit=50') => {
    const res = await app.inject({ url: `/api/v1/stories${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { stories: Array<Record<string, unknown>> }).stories;
  };

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' }, false, { mailer, redisPrefix: `test-stories-${randomBytes(4).toString('hex')}:` }));
    ({ app: limited } = await createTestApp(get(), { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '1' }, false, { mailer: new MemoryMailer(), redisPrefix: `test-stories-l-${randomBytes(4).toString('hex')}:` }));
    await browser('moderator', ['moderator']);
    await browser('pastor', ['pastor']);
    await browser('intercessor', ['intercessor']);
    await browser('admin', ['admin']);
    await browser('unsworn moderator', ['moderator'], false);
    clients.set('anonymous', new TestClient(app));
  });
  afterAll(async () => {
    await app?.close();
    await limited?.close();
  });

  it('shows the form in English and Spanish, linked from the home page and the stories page', async () => {
    const en = await visitor().get('/stories/new');
    expect(en.statusCode).toBe(200);
    for (const text of ['Share your story', 'Your story', 'What is your story about?', 'I agree that my story may be published', 'name="_csrf"']) expect(en.body).toContain(text);
    const es = await visitor().get('/es/stories/new');
    expect(es.body).toContain('<html lang="es"');
    for (const text of ['Comparte tu historia', 'Tu historia', 'Acepto que mi historia se publique', 'action="/es/stories/new"']) expect(es.body).toContain(text);
    expect((await visitor().get('/')).body).toContain('href="/stories/new"');
    expect((await visitor().get('/es/')).body).toContain('href="/es/stories/new"');
    expect((await visitor().get('/stories')).body).toContain('href="/stories/new"');
  });

  it('a form with problems comes back 400 with a summary linking to each field, errors beside them, and every word kept', async () => {
    const client = visitor();
    const res = await client.form('/stories/new', { title: 'My title', text: 'Too short', firstName: 'Ana', email: 'ana@', language: 'en' }, { from: '/stories/new' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Share your story');
    for (const [field, message] of [
      ['text', 'Your story must be at least 20 characters'],
      ['kind', 'Choose what your story is about'],
      ['email', 'Enter an email address in the right format'],
      ['consent', 'Tick the box to give permission to publish your story'],
    ]) {
      expect(res.body).toContain(`href="#${field}"`);
      expect(res.body).toContain(`id="${field}-error"`);
      expect(res.body).toContain(message);
    }
    expect(res.body).toContain('value="My title"');
    expect(res.body).toContain('>Too short</textarea>');
    expect(res.body).toContain('value="ana@"');
    const es = await client.form('/es/stories/new', { text: STORY, kind: 'healing' }, { from: '/es/stories/new' });
    expect(es.statusCode).toBe(400);
    expect(es.body).toContain('Marca la casilla para dar permiso para publicar tu historia');
  });

  it('a shared story thanks the writer (201) and waits; crisis language brings crisis resources and holds it for pastors', async () => {
    const ok = await visitor().form('/stories/new', { text: STORY, kind: 'came_to_faith', consent: 'yes', language: 'en' }, { from: '/stories/new' });
    expect(ok.statusCode).toBe(201);
    expect(ok.body).toContain('Thank you for sharing your story');
    expect(ok.body).not.toContain('crisis-panel');
    const crisis = await visitor().form('/stories/new', { text: 'Jesus found me, but tonight I want to kill myself and nobody knows.', kind: 'other', consent: 'yes' }, { from: '/stories/new' });
    expect(crisis.statusCode).toBe(201);
    expect(crisis.body).toContain('crisis-panel');
    expect(crisis.body).toContain('988');
    expect(crisis.body).toContain('a pastor will read your story first');
    const row = await db().selectFrom('testimonies').selectAll().where('text', 'like', 'Jesus found me%').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', source: 'story' });
    expect((await as('moderator').get('/moderation/stories')).body).not.toContain('Jesus found me');
    expect((await as('pastor').get('/moderation/stories')).body).toContain('Jesus found me');
    expect((await published()).map((s) => s.id)).not.toContain(row.id);
    // Pastors are alerted at once, without the writer's words; moderators are not.
    await app.jobs.drain();
    const alerts = mailer.to(emails.get('pastor')!).filter((m) => m.subject === 'Urgent: a shared story needs a pastor');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain('self-harm');
    expect(alerts[0]!.text).toContain('/moderation/stories');
    expect(alerts[0]!.text).not.toContain('Jesus found me');
    expect(alerts[0]!.html).not.toContain('Jesus found me');
    expect(alerts[0]!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mailer.to(emails.get('moderator')!).filter((m) => m.subject.includes('shared story'))).toEqual([]);
  });

  it('the JSON API answers 201 {id,status:"pending"} and coded 4xx errors', async () => {
    const created = await api({ text: STORY, kind: 'healing', consent: true, firstName: 'Marta' });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'pending', crisis: null });
    expect(typeof body.id).toBe('string');

    const invalid = await api({ text: 'short', kind: 'nope', consent: false });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { code: 'VALIDATION', message: expect.stringContaining('consent must be true'), details: { fields: { text: 'tooShort', kind: 'unknown', consent: 'missing' } } } });
    const badJson = await api('{"text":', {});
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toMatchObject({ error: { code: 'BAD_JSON' } });
    const badFilter = await app.inject({ url: '/api/v1/stories?language=fr' });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json()).toMatchObject({ error: { code: 'VALIDATION' } });
    expect((await app.inject({ url: '/api/v1/stories?before=nonsense' })).json()).toMatchObject({ error: { code: 'VALIDATION' } });
    const missing = await app.inject({ url: '/stories/00000000-0000-0000-0000-000000000000', headers: { accept: 'application/json' } });
    expect(missing.statusCode).toBe(404);

    const openapi = (await app.inject({ url: '/api/docs/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(openapi.paths['/api/v1/stories'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(openapi.paths).filter((p) => p.startsWith('/moderation') || p.startsWith('/stories'))).toEqual([]);
  });

  it('lets only moderators and pastors (with the covenant) open and decide stories', async () => {
    const expected: Record<string, number> = { moderator: 200, pastor: 200, intercessor: 403, admin: 403, 'unsworn moderator': 303, anonymous: 303 };
    for (const [caller, status] of Object.entries(expected)) expect((await as(caller).get('/moderation/stories')).statusCode, caller).toBe(status);
    expect((await as('anonymous').get('/moderation/stories')).headers.location).toBe('/login?next=%2Fmoderation%2Fstories');
    const { id } = (await api({ text: STORY, kind: 'healing', consent: true })).json() as { id: string };
    // A signed-in intercessor with a valid CSRF token is still refused.
    const refused = await as('intercessor').form(`/moderation/stories/${id}/approve`, { publicText: STORY }, { from: '/stories/new' });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('You do not have access to this page');
    const unauthenticated = await app.inject({ method: 'POST', url: `/moderation/stories/${id}/approve`, headers: { accept: 'application/json' } });
    expect(unauthenticated.statusCode).toBeGreaterThanOrEqual(401);
    expect((await db().selectFrom('testimonies').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('pending');
    // The staff menu leads to the stories page.
    expect((await as('moderator').get('/moderation')).body).toContain('href="/moderation/stories"');
  });

  it('a moderator publishes an edited story: /stories shows the edit escaped, in paragraphs; the writer is told once by email, then forgotten', async () => {
    const { id } = (await api({ title: `Free ${XSS}`, text: `${STORY}\n\nThank you Pedro Alvarez. ${XSS}`, kind: 'came_to_faith', consent: true, firstName: 'Lucía', email: 'lucia@example.org', language: 'es' })).json() as { id: string };
    const moderator = as('moderator');
    await moderator.get('/moderation/stories');
    expect(moderator.lastPage).toContain('Pedro Alvarez');
    expect(moderator.lastPage).toContain('Pedro A.');
    expect(moderator.lastPage).not.toContain(XSS);

    const tooShort = await moderator.form(`/moderation/stories/${id}/approve`, { publicText: 'short' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.body).toContain(`href="#publicText-${id}"`);
    expect(tooShort.body).toContain('The text to publish must be at least 20 characters');
    expect(tooShort.body).toContain('>short</textarea>');

    const edited = `${STORY}\n\nThank you Pedro. ${XSS}`;
    const approved = await moderator.form(`/moderation/stories/${id}/approve`, { publicText: edited });
    expect(approved.statusCode).toBe(303);
    expect(approved.headers.location).toBe('/moderation/stories?done=approved');
    expect((await moderator.get('/moderation/stories?done=approved')).body).toContain('The story is published.');

    const list = await visitor().get('/es/stories');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/es/stories/' + id + '"');
    expect(list.body).toContain('<p>For years I carried the guilt alone.');
    expect(list.body).toContain('<p>Thank you Pedro. &lt;script>');
    expect(list.body).not.toContain(XSS);
    expect(list.body).not.toContain('Alvarez');
    expect(list.body).toContain('Llegué a la fe');
    // English readers see Spanish stories only when they ask for them.
    expect((await visitor().get('/stories')).body).not.toContain(`/stories/${id}"`);
    expect((await visitor().get('/stories?language=es')).body).toContain(`/stories/${id}"`);
    const one = await app.inject({ url: `/api/v1/stories/${id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id, firstName: 'Lucía', kind: 'came_to_faith', language: 'es' });
    const detail = await visitor().get(`/es/stories/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('De Lucía');
    const entry = (await published('?language=es')).find((s) => s.id === id)!;
    expect(Object.keys(entry).sort()).toEqual(['anonymous', 'firstName', 'id', 'kind', 'language', 'prayerCount', 'publishedAt', 'source', 'text', 'title']);
    expect(JSON.stringify(entry)).not.toContain('lucia@example.org');

    expect(await app.jobs.drain()).toBeGreaterThan(0);
    const mails = mailer.to('lucia@example.org');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toContain('Tu historia');
    expect(mail.text).toContain(`/es/stories/${id}`);
    expect(mail.html).toContain(`/es/stories/${id}`);
    expect(mail.text).toContain('porque diste esta dirección al compartir tu historia');
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers?.['List-Unsubscribe']).toContain('/es/stories/unsubscribe/st_');
    const unsubscribe = mailer.linkTo('lucia@example.org', '/es/stories/unsubscribe/');
    expect((await db().selectFrom('testimonies').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email).toBeNull();
    // The secret link left the outbox row once sent.
    const outbox = await db().selectFrom('outbox').select('payload').where('topic', '=', 'story.published').execute();
    expect(outbox.map((o) => o.payload).join()).not.toContain(unsubscribe.split('/').at(-1)!);
    const page = await visitor().get(unsubscribe);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Olvidar mi correo electrónico');
    const oneClick = await app.inject({ method: 'POST', url: unsubscribe, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(oneClick.statusCode).toBe(200);
    expect((await visitor().get('/stories/unsubscribe/st_not-a-real-token')).statusCode).toBe(404);

    // Unpublished: gone from every public page.
    const unpublished = await moderator.form(`/moderation/stories/${id}/unpublish`, { reason: 'The writer asked' }, { from: '/moderation/stories' });
    expect(unpublished.headers.location).toBe('/moderation/stories?done=unpublished');
    expect((await visitor().get(`/es/stories/${id}`)).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/stories/${id}` })).json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await published('?language=es')).map((s) => s.id)).not.toContain(id);
  });

  it('a refusal needs a reason, given beside the story; refused stories never appear', async () => {
    const { id } = (await api({ text: `${STORY} REFUSED-ONE`, kind: 'other', consent: true })).json() as { id: string };
    const moderator = as('moderator');
    await moderator.get('/moderation/stories');
    const noReason = await moderator.form(`/moderation/stories/${id}/reject`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Say why the story will not be published');
    expect(noReason.body).toContain(`href="#reason-${id}"`);
    expect((await moderator.form(`/moderation/stories/${id}/reject`, { reason: 'Not a story' })).headers.location).toBe('/moderation/stories?done=rejected');
    expect((await moderator.form(`/moderation/stories/${id}/reject`, { reason: 'Again' }, { from: '/moderation/stories' })).headers.location).toBe('/moderation/stories?done=conflict');
    expect((await visitor().get('/stories?language=all')).body).not.toContain('REFUSED-ONE');
  });

  it('shows consented, approved answered prayers with their prayer count — never a testimony shared without consent, anywhere public', async () => {
    const answered = await seedRequest(db(), { status: 'answered', firstName: 'Tomás Ruiz', prayerCount: 5, visitorPrayerCount: 1 });
    const shared = await seedTestimony(db(), { requestId: answered, status: 'approved', consent: true, at: new Date(), text: 'SHARED-TESTIMONY the tumour is gone' });
    const secret = await seedRequest(db(), { status: 'answered', firstName: 'Secret' });
    const hidden = await seedTestimony(db(), { requestId: secret, status: 'approved', consent: false, at: new Date(), text: 'NO-CONSENT-TESTIMONY' });
    const page = (await visitor().get('/stories?kind=answered_prayer')).body;
    expect(page).toContain('SHARED-TESTIMONY');
    expect(page).toContain('An answered prayer');
    expect(page).toContain('prayed 6 times');
    expect(page).toContain('Tomás');
    expect(page).not.toContain('Ruiz');
    for (const url of ['/stories', '/stories?language=all', '/es/stories?language=all', '/api/v1/stories?language=all', '/stories/feed.xml', '/wall']) {
      expect((await visitor().get(url)).body, url).not.toContain('NO-CONSENT-TESTIMONY');
    }
    expect((await visitor().get(`/stories/${hidden}`)).statusCode).toBe(404);
    expect((await visitor().get(`/stories/${shared}`)).statusCode).toBe(200);
    const feed = await visitor().get('/stories/feed.xml');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain(`/stories/${shared}`);
    expect(feed.body).toContain('SHARED-TESTIMONY');

    // The requester deletes the request: its testimony leaves /stories at once.
    await db().deleteFrom('testimonies').where('id', '=', hidden).execute();
    const { RequestRepository } = await import('../../src/prayer/requests/request.repository.js');
    await new RequestRepository(db()).erase(answered, new Date().toISOString());
    expect((await visitor().get('/stories?language=all')).body).not.toContain('SHARED-TESTIMONY');
    expect((await visitor().get(`/stories/${shared}`)).statusCode).toBe(404);
  });

  it('limits stories per address per hour (SUBMIT_RATE_LIMIT): 429 with Retry-After, every word kept', async () => {
    const client = new TestClient(limited, { remoteAddress: '10.99.0.1' });
    expect((await client.form('/stories/new', { text: STORY, kind: 'healing', consent: 'yes' }, { from: '/stories/new' })).statusCode).toBe(201);
    const second = await client.form('/stories/new', { text: `${STORY} SECOND`, kind: 'healing', consent: 'yes' }, { from: '/stories/new' });
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    expect(second.body).toContain('Please wait before sharing another story');
    expect(second.body).toContain(`${STORY} SECOND</textarea>`);
    const json = await limited.inject({ method: 'POST', url: '/api/v1/stories', remoteAddress: '10.99.0.1', payload: { text: STORY, kind: 'healing', consent: true } });
    expect(json.statusCode).toBe(429);
    expect(json.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});
