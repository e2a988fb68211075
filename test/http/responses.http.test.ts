import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { COMMAND_LINE, type Role } from '../../src/platform/auth/actor.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { signedInClient } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

const SLUG = 'will-you-respond';
const BODY = 'Jesus lives to intercede for you (Hebrews 7:25).\n\n## Will you respond?\n\nLord Jesus, I turn to you. Amen.';

describeEachDialect('responses over HTTP', (get) => {
  let app: FastifyInstance;
  const mailer = new MemoryMailer();

  const signedIn = (roles: Role[], covenant = true) => signedInClient(app, { roles, covenant });
  const count = async (table: 'responses' | 'response_journeys' | 'prayer_requests') =>
    Number((await get().database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    await installSynthetic(get().database);
    ({ app } = await createTestApp(get(), { BASE_URL: 'http://prayer.example.org', SUBMIT_RATE_LIMIT: '0' }, false, { mailer }));
    await app.articles.create(COMMAND_LINE, { title: 'Will you respond?', slug: SLUG, body: BODY }, { publish: true });
    await app.articles.create(COMMAND_LINE, { title: 'Plain notes', slug: 'plain-notes', body: 'Notes on Hebrews 7:25.' }, { publish: true });
  });
  afterAll(() => app?.close());

  it('an article that invites a response ends with the form, in English and Spanish; others do not', async () => {
    const en = await app.inject(`/articles/${SLUG}`);
    expect(en.body).toContain('<h2 id="respond-title">Will you respond?</h2>');
    expect(en.body).toContain(`action="/articles/${SLUG}/respond"`);
    for (const label of ['I prayed to receive Christ', 'I am coming back to God', 'I have a question', 'Please pray for me']) expect(en.body).toContain(label);
    const es = await app.inject(`/es/articles/${SLUG}`);
    expect(es.body).toContain('¿Responderás?');
    expect(es.body).toContain(`action="/es/articles/${SLUG}/respond"`);
    expect((await app.inject('/articles/plain-notes')).body).not.toContain('respond-title');
    expect((await app.inject('/articles/plain-notes/respond')).statusCode).toBe(404);
  });

  it('the author’s choice decides: respond: no hides the form even under "Will you respond?" (its respond pages 404); respond: yes shows it on any article', async () => {
    await app.articles.importSource(COMMAND_LINE, `---\ntitle: No form here\nrespond: no\n---\n${BODY}\n`, { publish: true });
    const none = await app.inject('/articles/no-form-here');
    expect(none.statusCode).toBe(200);
    expect(none.body).not.toContain('respond-title');
    expect(none.body).not.toContain('action="/articles/no-form-here/respond"');
    expect((await app.inject('/articles/no-form-here/respond')).statusCode).toBe(404);
    const before = await count('responses');
    const post = await new TestClient(app).form('/articles/no-form-here/respond', { kind: 'question', message: 'Why not?', language: 'en' }, { from: `/articles/${SLUG}` });
    expect(post.statusCode).toBe(404);
    expect(await count('responses')).toBe(before);

    await app.articles.importSource(COMMAND_LINE, '---\ntitle: Always a form\nrespond: sí\n---\nNotes on Hebrews 7:25.\n', { publish: true });
    const always = await app.inject('/es/articles/always-a-form');
    expect(always.body).toContain('¿Responderás?');
    expect(always.body).toContain('action="/es/articles/always-a-form/respond"');
    const sent = await new TestClient(app).form('/articles/always-a-form/respond', { kind: 'question', message: 'How do I start?', language: 'en' }, { from: '/articles/always-a-form' });
    expect(sent.statusCode).toBe(303);
    expect(await count('responses')).toBe(before + 1);
  });

  it('a failed submit shows each error beside its field and in the summary, and keeps every word', async () => {
    const client = new TestClient(app);
    const res = await client.form(`/articles/${SLUG}/respond`, { kind: 'question', message: '', firstName: 'Ana <b>', email: 'ana@example.org', language: 'en' }, { from: `/articles/${SLUG}/respond` });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Respond to “Will you respond?”');
    expect(res.body).toContain('<a href="#message">Write your question</a>');
    expect(res.body).toContain('<a href="#consent">Tick the box to say we may email you, or leave the email address empty</a>');
    expect(res.body).toMatch(/id="message-error"[^>]*>.*Write your question/);
    expect(res.body).toMatch(/<input[^>]*id="email"[^>]*value="ana@example.org"|<input[^>]*value="ana@example.org"[^>]*id="email"/);
    expect(res.body).toContain('value="Ana &lt;b>"');
    expect(res.body).toMatch(/<input[^>]*value="question"[^>]*checked|<input[^>]*checked[^>]*value="question"/);
    // No redirect and no reference: the form comes back in the answer to the POST itself.
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await app.inject({ method: 'POST', url: `/articles/${SLUG}/respond`, payload: 'kind=returning', headers: { 'content-type': 'application/x-www-form-urlencoded' } }).then((r) => r.statusCode)).toBe(403);
  });

  it('a response with email and consent says what happens next, and its day-0 email arrives with one-click unsubscribe that stops the journey', async () => {
    const client = new TestClient(app);
    const res = await client.form(`/articles/${SLUG}/respond`, { kind: 'received_christ', firstName: 'Sam', email: 'sam@example.org', consent: 'yes', language: 'en' }, { from: `/articles/${SLUG}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/articles/${SLUG}/respond/thanks`);
    expect(res.headers['cache-control']).toBe('no-store');
    const reference = [res.headers['set-cookie']].flat().join('\n');
    expect(reference).toMatch(new RegExp(`intercede-respond-thanks=[^;]+; Max-Age=1800; Path=/articles/${SLUG}/respond/thanks; HttpOnly; SameSite=Strict`));
    expect(reference).not.toContain('sam');

    const thanks = await client.get(res.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.headers['cache-control']).toBe('no-store');
    expect(thanks.headers['referrer-policy']).toBe('no-referrer');
    expect(thanks.headers['x-robots-tag']).toContain('noindex');
    expect(thanks.body).toContain('Thank you for responding');
    expect(thanks.body).toContain('Welcome to the family of God.');
    expect(thanks.body).toContain('We have sent you a first email now.');
    expect(thanks.body).not.toContain('Sam');
    expect(thanks.body).not.toContain('sam@example.org');

    // A refresh shows the same page again and stores nothing.
    const [responses, journeys] = [await count('responses'), await count('response_journeys')];
    expect((await client.get(res.headers.location as string)).body).toContain('We have sent you a first email now.');
    expect([await count('responses'), await count('response_journeys')]).toEqual([responses, journeys]);
    await app.jobs.drain();
    const [mail] = mailer.to('sam@example.org');
    expect(mail.subject).toBe('What happens next');
    expect(mail.text).toContain('Hello Sam,');
    expect(mail.text).toContain('You told us you prayed to receive Christ.');
    expect(mail.text).toContain('email 1 of 5');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(http:\/\/prayer\.example\.org(\/unsubscribe\/[^>]+))>$/.exec(mail.headers?.['List-Unsubscribe'] ?? '');
    expect(unsubscribe).not.toBeNull();
    const page = await app.inject(unsubscribe![2]);
    expect(page.body).toContain('This stops the follow-up emails you asked for');
    const oneClick = await app.inject({ method: 'POST', url: unsubscribe![2], payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.statusCode).toBe(200);
    const journey = await get().database.db.selectFrom('response_journeys').innerJoin('responses', 'responses.id', 'response_journeys.response_id').select(['response_journeys.id', 'status']).where('responses.email', '=', 'sam@example.org').executeTakeFirstOrThrow();
    expect(journey.status).toBe('stopped');
    // A step already queued when the person unsubscribed is not sent.
    await get().database.db.insertInto('outbox').values({ id: crypto.randomUUID(), topic: 'journey.step', payload: JSON.stringify({ journeyId: journey.id, step: 'john' }), dedupe_key: `journey.step:${journey.id}:john`, created_at: new Date().toISOString(), available_at: new Date().toISOString(), attempts: 0 }).execute();
    await app.jobs.drain();
    expect(mailer.to('sam@example.org').length).toBe(1);
  });

  it('"Please pray for me" with crisis language: the thank-you page after the redirect shows the crisis lines and the private link, in Spanish, to the sender only', async () => {
    const client = new TestClient(app);
    const requests = await count('prayer_requests');
    const res = await client.form(`/es/articles/${SLUG}/respond`, { kind: 'prayer', message: 'Quiero suicidarme, no puedo más', language: 'es' }, { from: `/es/articles/${SLUG}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/es/articles/${SLUG}/respond/thanks`);
    expect(res.body).not.toContain('pr_');
    const thanks = await client.get(`/es/articles/${SLUG}/respond/thanks`);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<html lang="es">');
    expect(thanks.body).toContain('Gracias por responder');
    expect(thanks.body).toContain('class="crisis-panel"');
    expect(thanks.body).toContain('024');
    expect(thanks.body).toContain('Hemos avisado a nuestros pastores');
    const link = /href="(http:\/\/prayer\.example\.org\/es\/r\/pr_[A-Za-z0-9_-]+)"/.exec(thanks.body)?.[1];
    expect(link).toBeDefined();
    expect(thanks.body).not.toContain('suicidarme');
    // The language switch keeps the page (the reference is sent to both languages' address).
    const english = await client.get(`/articles/${SLUG}/respond/thanks`);
    expect(english.body).toContain('Thank you for responding');
    expect(english.body).toContain(link);
    // Refreshing made no second request.
    expect(await count('prayer_requests')).toBe(requests + 1);

    // Anyone else with the address (history, a screenshot) sees only that a response was received.
    const other = await new TestClient(app).get(`/es/articles/${SLUG}/respond/thanks`);
    expect(other.statusCode).toBe(410);
    expect(other.headers['cache-control']).toBe('no-store');
    expect(other.body).toContain('Esta confirmación ha caducado');
    expect(other.body).toContain('la hemos recibido');
    expect(other.body).not.toContain('crisis-panel');
    expect(other.body).not.toContain('/r/pr_');
  });

  it('"Please pray for me" without crisis language shows the private link and no crisis lines; a question in crisis shows the crisis lines', async () => {
    const client = new TestClient(app);
    const pray = await client.form(`/articles/${SLUG}/respond`, { kind: 'prayer', message: 'For my job interview on Monday.', language: 'en' }, { from: `/articles/${SLUG}` });
    expect(pray.statusCode).toBe(303);
    const prayThanks = await client.get(pray.headers.location as string);
    expect(prayThanks.body).toContain('Your prayer request is now with our prayer team');
    expect(prayThanks.body).toMatch(/<a class="button" href="http:\/\/prayer\.example\.org\/r\/pr_[A-Za-z0-9_-]+">Open my prayer request<\/a>/);
    expect(prayThanks.body).not.toContain('crisis-panel');
    expect(prayThanks.body).not.toContain('job interview');

    const question = await client.form(`/articles/${SLUG}/respond`, { kind: 'question', message: 'I want to end my life. Can God forgive me?', language: 'en' }, { from: `/articles/${SLUG}` });
    expect(question.statusCode).toBe(303);
    const questionThanks = await client.get(question.headers.location as string);
    expect(questionThanks.body).toContain('class="crisis-panel"');
    expect(questionThanks.body).toContain('988');
    expect(questionThanks.body).toContain('Our pastors have been told');
    expect(questionThanks.body).toContain('we cannot answer you directly');
    // The newer response replaced the older reference: the prayer request's link is no longer shown.
    expect(questionThanks.body).not.toContain('/r/pr_');
  });

  it('a tampered or expired reference gets a page saying the response was received, with nothing of it', async () => {
    const client = new TestClient(app);
    const res = await client.form(`/articles/${SLUG}/respond`, { kind: 'prayer', message: 'For my sister.', language: 'en' }, { from: `/articles/${SLUG}` });
    const address = res.headers.location as string;
    const signed = client.cookies.get('intercede-respond-thanks')!;
    expect((await client.get(address)).statusCode).toBe(200);

    const [payload, signature] = decodeURIComponent(signed).split(/\.(?=[^.]*$)/);
    client.cookies.set('intercede-respond-thanks', encodeURIComponent(`${payload}.${signature}`));
    expect((await client.get(address)).statusCode).toBe(200);
    const [purpose, id, expires, link] = payload.split('|');
    const forgeries = [
      `${purpose}|${id}|${Number(expires) + 86_400_000}|${link}.${signature}`, // a longer life
      `${purpose}|${crypto.randomUUID()}|${expires}|${link}.${signature}`, // someone else's response
      `${payload}.${signature.slice(0, -2)}AA`, // a broken signature
      payload, // no signature
    ];
    for (const forged of forgeries) {
      client.cookies.set('intercede-respond-thanks', encodeURIComponent(forged));
      const page = await client.get(address);
      expect(page.statusCode).toBe(410);
      expect(page.body).toContain('This confirmation has expired');
      expect(page.body).toContain('it was received');
      expect(page.body).not.toContain('/r/pr_');
    }

    client.cookies.set('intercede-respond-thanks', signed);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60 * 1000);
      const late = await client.get(address);
      expect(late.statusCode).toBe(410);
      expect(late.body).toContain('This confirmation has expired');
      expect(late.body).not.toContain('Open my prayer request');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a double click sends the form twice: one response, one journey, one prayer request, and both answers lead to the same thank-you page with the link', async () => {
    const client = new TestClient(app);
    await client.get(`/articles/${SLUG}`);
    const formId = /name="formId" value="([A-Za-z0-9_-]{22})"/.exec(client.lastPage)?.[1];
    expect(formId).toBeDefined();
    const csrf = client.csrfToken();
    const before = await Promise.all([count('responses'), count('response_journeys'), count('prayer_requests')]);
    const fields = { formId: formId!, kind: 'prayer', message: 'For my son, who is far from home.', email: 'dbl@example.org', consent: 'yes', language: 'en' };
    const answers = await Promise.all([client.form(`/articles/${SLUG}/respond`, fields), client.form(`/articles/${SLUG}/respond`, fields)]);
    expect(answers.map((a) => [a.statusCode, a.headers.location])).toEqual([
      [303, `/articles/${SLUG}/respond/thanks`],
      [303, `/articles/${SLUG}/respond/thanks`],
    ]);
    expect(await Promise.all([count('responses'), count('response_journeys'), count('prayer_requests')])).toEqual(before.map((n) => n + 1));

    // Whichever answer the browser kept, its thank-you page shows the same private link.
    const links = [];
    for (const answer of answers) {
      const value = /intercede-respond-thanks=([^;]+)/.exec([answer.headers['set-cookie']].flat().join('\n'))![1];
      client.cookies.set('intercede-respond-thanks', value);
      const page = await client.get(`/articles/${SLUG}/respond/thanks`);
      expect(page.body).toContain('We have sent you a first email now.');
      links.push(/href="(http:\/\/prayer\.example\.org\/r\/pr_[A-Za-z0-9_-]+)"/.exec(page.body)?.[1]);
    }
    expect(links[0]).toBeDefined();
    expect(links[1]).toBe(links[0]);

    // A form shown again with errors keeps its id; a new rendering gets a new one.
    const failed = await client.form(`/articles/${SLUG}/respond`, { ...fields, message: '' }, { csrf });
    expect(failed.statusCode).toBe(400);
    expect(failed.body).toContain(`name="formId" value="${formId}"`);
    await client.get(`/articles/${SLUG}`);
    expect(client.lastPage).not.toContain(formId);
  });

  it('crisis language in a question alerts pastors by email with a link and none of the words', async () => {
    const { person: pastor } = await signedIn(['pastor']);
    const res = await app.inject({ method: 'POST', url: '/api/v1/responses', payload: { kind: 'question', article: SLUG, message: 'I want to kill myself, does God still love me?' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().crisis.kind).toBe('self_harm');
    await app.jobs.drain();
    // (The earlier "please pray for me" in crisis alerted pastors through intake's own alert; the earlier question through the form, through this one.)
    expect(mailer.to(pastor.email).map((m) => m.subject).sort()).toEqual(['Urgent: a prayer request needs a pastor', 'Urgent: a response needs a pastor', 'Urgent: a response needs a pastor']);
    const alert = mailer.to(pastor.email).find((m) => m.subject === 'Urgent: a response needs a pastor' && m.text.includes(res.json().id))!;
    expect(alert.text).toContain(`http://prayer.example.org/pastoral/responses/${res.json().id}`);
    expect(alert.text).not.toContain('kill myself');
  });

  it('"Please pray for me" keeps to the prayer requests’ limit: the page says when to try again and keeps every word', async () => {
    const { app: limited } = await createTestApp(get(), { BASE_URL: 'http://prayer.example.org', SUBMIT_RATE_LIMIT: '1' });
    try {
      const client = new TestClient(limited, { remoteAddress: '198.51.100.7' });
      const first = await client.form(`/articles/${SLUG}/respond`, { kind: 'prayer', message: 'For my mother.' }, { from: `/articles/${SLUG}/respond` });
      expect(first.statusCode).toBe(303);
      const second = await client.form(`/articles/${SLUG}/respond`, { kind: 'prayer', message: 'For my brother too.', email: 'lim@example.org', consent: 'yes' }, { from: `/articles/${SLUG}/respond` });
      expect(second.statusCode).toBe(429);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      expect(second.body).toMatch(/Please try again in \d+ minutes/);
      expect(second.body).toContain('For my brother too.');
      expect(second.body).toContain('value="lim@example.org"');
    } finally {
      await limited.close();
    }
  });

  it('POST /api/v1/responses answers coded errors and 201 with the journey', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/v1/responses', payload: { kind: 'question', email: 'x@example.org' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'VALIDATION', message: 'message is required for a question; consent must be true when an email is given', details: { fields: { message: 'missing.question', consent: 'missing' } } } });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/responses', payload: { kind: 'returning', article: 'no-such-article' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const ok = await app.inject({ method: 'POST', url: '/api/v1/responses', payload: { kind: 'returning', article: SLUG, email: 'api@example.org', consent: true, language: 'es' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'returning', journey: { firstStep: 'welcome' }, prayerRequest: null, crisis: null });
    const doc = (await app.inject('/api/docs/openapi.json')).json();
    expect(doc.paths['/api/v1/responses'].post.summary).toBe('Respond to an article');
  });

  it('/pastoral/responses is for pastors who accepted the covenant; opening one is audited; following up is recorded', async () => {
    expect((await app.inject('/pastoral/responses')).headers.location).toBe('/login?next=%2Fpastoral%2Fresponses');
    expect((await (await signedIn(['intercessor'])).client.get('/pastoral/responses')).statusCode).toBe(403);
    expect((await (await signedIn(['pastor'], false)).client.get('/pastoral/responses')).headers.location).toBe('/covenant?next=%2Fpastoral%2Fresponses');
    const { client, person } = await signedIn(['pastor']);
    const list = await client.get('/pastoral/responses?kind=received_christ');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Stopped by the person after 1');
    expect(list.body).not.toContain('sam@example.org');
    const id = /href="\/pastoral\/responses\/([0-9a-f-]+)"/.exec(list.body)![1];
    const detail = await client.get(`/pastoral/responses/${id}`);
    expect(detail.body).toContain('sam@example.org');
    const audit = await get().database.db.selectFrom('audit_events').select(['action', 'actor_id']).where('subject_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'response.viewed', actor_id: person.id }]);
    const tooLong = await client.form(`/pastoral/responses/${id}/follow-up`, { note: 'x'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('The note must be 1,000 characters or fewer');
    const done = await client.form(`/pastoral/responses/${id}/follow-up`, { note: 'Called him.' }, { from: `/pastoral/responses/${id}` });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/pastoral/responses?done=saved');
    const followed = await client.get('/pastoral/responses?followed=yes');
    expect(followed.body).toContain('Followed up');
    expect(followed.body).toContain(`/pastoral/responses/${id}`);
    expect((await client.get('/pastoral/responses?followed=no')).body).not.toContain(`/pastoral/responses/${id}"`);
    expect((await client.get('/pastoral')).body).toContain('href="/pastoral/responses"');
  });

  it('/admin/journeys lets an admin change the days, with errors beside the fields', async () => {
    expect((await (await signedIn(['pastor'])).client.get('/admin/journeys')).statusCode).toBe(403);
    const { client } = await signedIn(['admin']);
    expect((await client.get('/es/admin/journeys')).body).toContain('Recorrido de seguimiento');
    const bad = await client.form('/admin/journeys', { welcomeDay: '0', welcomeEnabled: 'yes', johnDay: 'soon', dailyDay: '3', churchDay: '7', storyDay: '14' }, { from: '/admin/journeys' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<a href="#johnDay">Enter a whole number of days from 0 to 365 for “Start reading the Gospel of John”</a>');
    expect(bad.body).toContain('value="soon"');
    const ok = await client.form('/admin/journeys', { welcomeDay: '0', welcomeEnabled: 'yes', johnDay: '2', johnEnabled: 'yes', dailyDay: '3', churchDay: '7', storyDay: '14' });
    expect(ok.headers.location).toBe('/admin/journeys?done=saved');
    const page = await client.get('/admin/journeys?done=saved');
    expect(page.body).toContain('Journey saved');
    expect(page.body).toMatch(/id="johnDay"[^>]*value="2"|value="2"[^>]*id="johnDay"/);
  });

  it('remembers the translation a reader chose, on an article or in the Bible reader, for article links', async () => {
    const reader = new TestClient(app);
    expect((await reader.get(`/articles/${SLUG}`)).body).toContain('href="/bible/WEB/Heb/7#v25"');
    const chosen = await reader.get(`/articles/${SLUG}?translation=RV1909`);
    expect(chosen.headers['set-cookie']).toMatch(/^bible-translation=RV1909; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await reader.get('/articles/plain-notes')).body).toContain('href="/bible/RV1909/Heb/7#v25"');
    // A translation that is not installed is neither used nor remembered.
    const unknown = await reader.get(`/articles/${SLUG}?translation=NIV`);
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(reader.cookies.get('bible-translation')).toBe('RV1909');
    expect((await reader.get('/bible/WEB/Heb/7')).statusCode).toBe(200);
    expect(reader.cookies.get('bible-translation')).toBe('WEB');
    expect((await reader.get('/articles/plain-notes')).body).toContain('href="/bible/WEB/Heb/7#v25"');
    reader.cookies.set('bible-translation', '"><script>');
    expect((await reader.get('/articles/plain-notes')).statusCode).toBe(200);
  });
});
