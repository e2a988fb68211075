import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { enqueue } from '../../src/platform/jobs/outbox.repository.js';
import { parseEml } from '../../src/platform/jobs/eml.parser.js';
import { UnsubscribeTokens } from '../../src/prayer/notifications/unsubscribe-token.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { TEST_SECRET } from './jobs-harness.js';
import { insertRequest } from './prayer-rows.js';

describeEachDialect('notifications over HTTP', (get) => {
  let app: FastifyInstance;
  let outboxDir: string;
  const tokens = new UnsubscribeTokens(TEST_SECRET);

  /** The messages written to DATA_DIR/outbox (no SMTP_URL in tests), parsed. */
  const mails = () =>
    readdirSync(outboxDir, { withFileTypes: true })
      .filter((f) => f.name.endsWith('.eml'))
      .map((f) => ({ name: f.name, ...parseEml(readFileSync(join(outboxDir, f.name), 'utf8')) }));

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { BASE_URL: 'http://prayer.example.org', SUBMIT_RATE_LIMIT: '0' }));
    outboxDir = join(get().dataDir, 'outbox');
  });
  afterAll(() => app.close());

  it('mails the private link after intake commits, with one-click unsubscribe that works without a session or CSRF token', async () => {
    const email = `req.${Date.now()}@example.org`;
    const submitted = await app.inject({ method: 'POST', url: '/api/v1/prayer-requests', payload: { text: 'Pray for my exams', category: 'fear', visibility: 'team', language: 'en', email, firstName: 'Tom' } });
    expect(submitted.statusCode).toBe(201);
    const { id, manageUrl } = submitted.json() as { id: string; manageUrl: string };
    await app.jobs.drain();
    const confirmation = mails().find((m) => m.to === email)!;
    expect(confirmation.subject).toBe('We received your prayer request');
    expect(confirmation.text).toContain(manageUrl);
    expect(confirmation.text).not.toContain('exams');
    expect(confirmation.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribeUrl = /^<(.+)>$/.exec(confirmation.headers.get('list-unsubscribe')!)![1];
    const path = new URL(unsubscribeUrl).pathname;
    const stored = await get().database.db.selectFrom('outbox').select('payload').where('topic', '=', 'request.submitted').execute();
    expect(stored.map((r) => r.payload).join()).not.toContain(manageUrl);

    // Opening the link (as a mail scanner would) changes nothing.
    const page = await app.inject(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Stop these emails</h1>');
    expect(page.body).toContain(`<form method="post" action="${path}">`);
    const row = () => get().database.db.selectFrom('prayer_requests').select('unsubscribed_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect((await row()).unsubscribed_at).toBeNull();

    // The mail client's one-click POST (RFC 8058).
    const oneClick = await app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toContain('You will not receive these emails any more');
    expect((await row()).unsubscribed_at).not.toBeNull();
    // Again, and as multipart: still fine.
    const multipart = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
    });
    expect(multipart.statusCode).toBe(200);

    // Unsubscribed: the first prayer brings no email.
    await get().database.db.insertInto('prayers').values({ id: `p-${id}`, request_id: id, user_id: null, kind: 'team', note: null, verse_osis: null, note_status: 'none', created_at: new Date().toISOString() }).execute();
    const before = mails().filter((m) => m.to === email).length;
    await enqueue(get().database.db, { topic: 'prayer.first', payload: { requestId: id, prayerId: `p-${id}` } });
    await app.jobs.drain();
    expect(mails().filter((m) => m.to === email)).toHaveLength(before);
  });

  it('answers a forged, tampered or orphaned unsubscribe link with 404, in the page’s language', async () => {
    const ghost = tokens.issue({ kind: 'request', requestId: 'no-such-request' });
    const real = tokens.issue({ kind: 'request', requestId: await insertRequest(get().database.db, new Date()) });
    const tampered = real.slice(0, -2) + (real.endsWith('A') ? 'BB' : 'AA');
    const forged = new UnsubscribeTokens('another-secret-that-is-long-enough-000000').issue({ kind: 'request', requestId: 'x' });
    for (const token of [ghost, tampered, forged, 'nonsense']) {
      const res = await app.inject({ method: 'POST', url: `/unsubscribe/${token}`, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('This link does not work');
    }
    const es = await app.inject(`/es/unsubscribe/${ghost}`);
    expect(es.statusCode).toBe(404);
    expect(es.body).toContain('Este enlace no funciona');
    expect((await app.inject(`/es/unsubscribe/${real}`)).body).toContain('Dejar de recibir estos correos');
  });

  it('turns off a team member’s kinds of email from their link, leaving the others', async () => {
    const pastor = await createPerson(app, { roles: ['pastor', 'intercessor'], covenant: true, password: null });
    const link = `/unsubscribe/${tokens.issue({ kind: 'user', userId: pastor.id, notifications: ['crisisAlerts'] })}`;
    expect((await app.inject(link)).body).toContain('You will no longer receive: Crisis alerts (someone may be in danger).');
    expect((await app.inject({ method: 'POST', url: link, headers: { accept: 'application/json', 'content-type': 'application/json' }, payload: '{}' })).json()).toEqual({ status: 'unsubscribed' });
    const after = await app.accounts.users.get(COMMAND_LINE, pastor.id);
    expect(after.notifications).toMatchObject({ crisisAlerts: false, requestUpdates: true, commitmentReminders: true });
  });

  it('shows admins the outbox and the mail written to disk, escaped and with private links hidden; nobody else', async () => {
    const admin = await createPerson(app, { roles: ['admin'] });
    const intercessor = await createPerson(app, { roles: ['intercessor'], covenant: true });
    const anonymous = await app.inject('/admin/outbox');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/login?next=%2Fadmin%2Foutbox');
    const forbidden = await app.inject({ url: '/admin/outbox', headers: { cookie: (await sessionCookieFor(app, intercessor.id)).header } });
    expect(forbidden.statusCode).toBe(403);

    const id = await insertRequest(get().database.db, new Date(), { first_name: '<img src=x onerror=alert(1)>' });
    await enqueue(get().database.db, { topic: 'request.submitted', payload: { requestId: id, language: 'en', manageUrl: 'http://prayer.example.org/r/pr_topsecret' } });
    await enqueue(get().database.db, { topic: 'test.nobody.handles', payload: {} });
    await app.jobs.drain();
    await get().database.db.updateTable('outbox').set({ failed_at: new Date().toISOString(), last_error: 'Error: gave up' }).where('topic', '=', 'test.nobody.handles').execute();

    const client = new TestClient(app);
    const cookie = await sessionCookieFor(app, admin.id);
    client.cookies.set(cookie.name, cookie.value);
    const delivered = await client.get('/admin/outbox?status=delivered');
    expect(delivered.statusCode).toBe(200);
    expect(delivered.body).toContain('<code>request.submitted</code>');
    // Both tables are captioned scroll regions with column headers.
    expect(delivered.body).toContain('role="region" aria-label="Delivered events, newest first"><table class="table"><caption>Delivered events, newest first</caption>');
    expect(delivered.body).toContain('<th scope="col">Event</th><th scope="col">Attempts</th>');
    expect(delivered.body).toMatch(/<caption>The newest messages \(\d+ of \d+\)<\/caption><thead><tr><th scope="col">Date<\/th><th scope="col">To<\/th><th scope="col">Subject<\/th>/);
    expect(delivered.body).toContain('Mail written to disk');
    const file = mails().find((m) => m.text?.includes('pr_topsecret'))!;
    expect(delivered.body).toContain(`/admin/outbox/mail/${file.name}`);
    expect(delivered.body).not.toContain('<img src=x');

    const view = await client.get(`/admin/outbox/mail/${file.name}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('We received your prayer request');
    expect(view.body).toContain('http://prayer.example.org/r/[private link hidden]');
    expect(view.body).not.toContain('pr_topsecret');
    expect(view.body).toContain('Hello &lt;img src=x onerror=alert(1)>,');
    expect(view.body).not.toContain('<img src=x');
    expect((await client.get('/admin/outbox/mail/..%2F..%2Fintercede.db')).statusCode).toBe(404);
    expect((await client.get('/admin/outbox/mail/nothing.eml')).statusCode).toBe(404);

    const failed = await client.get('/es/admin/outbox?status=failed');
    expect(failed.body).toContain('<h1>Bandeja de salida</h1>');
    expect(failed.body).toContain('<code>test.nobody.handles</code>');
    expect(failed.body).toContain('<caption>Eventos que fallaron definitivamente, los más recientes primero</caption>');
    expect(failed.body).toContain('<th scope="col"><span class="visually-hidden">Enviar de nuevo</span></th></tr></thead>');
    const failedId = (await get().database.db.selectFrom('outbox').select('id').where('topic', '=', 'test.nobody.handles').executeTakeFirstOrThrow()).id;
    const retried = await client.form(`/es/admin/outbox/${failedId}/retry`, {});
    expect(retried.statusCode).toBe(303);
    expect(retried.headers.location).toBe('/es/admin/outbox?status=pending&done=retried');
    const row = await get().database.db.selectFrom('outbox').selectAll().where('id', '=', failedId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ failed_at: null, attempts: 0, last_error: null });
    expect((await client.get('/admin/outbox?status=bogus')).statusCode).toBe(400);
  });
});
