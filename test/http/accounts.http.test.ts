import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPerson, GOOD_PASSWORD, sessionCookieFor, uniqueEmail } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { sha256Hex } from '../../src/platform/security/secret-token.js';

/** A page body without the per-request CSRF tokens, to compare two answers. */
const withoutTokens = (html: string) => html.replace(/value="[A-Za-z0-9_-]{20,}"/g, 'value="…"').replace(/content="[A-Za-z0-9_-]{20,}"/g, 'content="…"');

describeEachDialect('accounts over HTTP', (get) => {
  let app: FastifyInstance;
  const mailer = new MemoryMailer();

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), {}, false, { mailer }));
  });
  afterAll(() => app.close());

  it('shows a sign-in form with visible labels, autocomplete hints and a CSRF token', async () => {
    const res = await app.inject('/login');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<label class="label" for="email">Email address</label>');
    expect(res.body).toContain('autocomplete="username"');
    expect(res.body).toContain('autocomplete="current-password"');
    expect(res.body).toMatch(/name="_csrf" value="[^"]+"/);
    expect(res.headers['set-cookie']).toMatch(/intercede-csrf=.*HttpOnly; SameSite=Lax/);
    const es = await app.inject('/es/login');
    expect(es.body).toContain('<h1>Iniciar sesión</h1>');
  });

  it('signs in with a new HttpOnly, SameSite=Lax session cookie, not Secure over http', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const client = new TestClient(app);
    const res = await client.signIn(person.email, GOOD_PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account');
    const cookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('intercede-session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await client.get('/account')).statusCode).toBe(200);
  });

  it('rotates the session id at sign-in: a session planted before is dead after', async () => {
    const person = await createPerson(app, { roles: ['pastor'] });
    const client = new TestClient(app);
    const planted = await sessionCookieFor(app, person.id);
    client.cookies.set(planted.name, planted.value);
    // Signing in again from a page of the live session (a second tab, say): the old id must not survive.
    const res = await client.form('/login', { email: person.email, password: GOOD_PASSWORD }, { from: '/account' });
    expect(res.statusCode).toBe(303);
    const current = client.cookies.get('intercede-session')!;
    expect(current).not.toBe(planted.value);
    const old = await app.inject({ url: '/api/v1/me', headers: { cookie: planted.header } });
    expect(old.statusCode).toBe(401);
    expect((await client.get('/api/v1/me')).json()).toMatchObject({ email: person.email });
  });

  it('answers a wrong password exactly as it answers an unknown email', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const wrong = await new TestClient(app, { remoteAddress: '10.9.0.1' }).form('/login', { email: person.email, password: 'not my password' }, { from: '/login' });
    const unknown = await new TestClient(app, { remoteAddress: '10.9.0.2' }).form('/login', { email: person.email.replace('@', 'x@'), password: 'not my password' }, { from: '/login' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(withoutTokens(wrong.body).replace(person.email, 'E')).toBe(withoutTokens(unknown.body).replace(person.email.replace('@', 'x@'), 'E'));
    expect(wrong.body).toContain('Enter a correct email address and password');
  });

  it('keeps the email, never the password, and links the error summary to the field (GOV.UK)', async () => {
    const client = new TestClient(app);
    const res = await client.form('/login', { email: 'someone@example.org', password: '' }, { from: '/login' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Error: Sign in · Intercede</title>');
    expect(res.body).toContain('<a href="#password">Enter your password</a>');
    expect(res.body).toMatch(/<p class="error-message" id="password-error"><span class="visually-hidden">Error:<\/span> Enter your password<\/p>/);
    expect(res.body).toContain('aria-describedby="password-error"');
    expect(res.body).toContain('value="someone@example.org"');
  });

  it('refuses a form post without a CSRF token with a 403 page that says to reload, in English and Spanish', async () => {
    const client = new TestClient(app);
    await client.get('/login');
    const res = await client.form('/login', { email: 'a@example.org', password: 'whatever it is' }, { csrf: null });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('This page has expired');
    expect(res.body).toContain('Reload the page');
    const es = await client.form('/es/login', { email: 'a@example.org', password: 'whatever it is' }, { csrf: 'forged-token-value' });
    expect(es.statusCode).toBe(403);
    expect(es.body).toContain('Vuelve a cargar la página');
    const json = await client.form('/login', { email: 'a@example.org', password: 'x' }, { csrf: null, headers: { accept: 'application/json' } });
    expect(json.json()).toEqual({ error: { code: 'CSRF', message: expect.stringContaining('reload') } });
  });

  it('refuses a CSRF token taken from another session', async () => {
    const person = await createPerson(app, { roles: ['author'] });
    const mine = new TestClient(app);
    await mine.signIn(person.email, GOOD_PASSWORD);
    const theirs = new TestClient(app);
    await theirs.get('/login');
    await mine.get('/account');
    const res = await mine.form('/account', { name: 'New name', locale: 'en', languages: 'en' }, { csrf: theirs.csrfToken() });
    expect(res.statusCode).toBe(403);
    const ok = await mine.form('/account', { name: 'New name', locale: 'en', languages: 'en' }, { from: '/account' });
    expect(ok.statusCode).toBe(303);
  });

  it('requires CSRF on cookie-authenticated JSON, not on bearer-token JSON, nor on JSON without a session', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const browser = new TestClient(app);
    await browser.signIn(person.email, GOOD_PASSWORD);
    const refused = await browser.json('POST', '/api/v1/me/tokens', { name: 'from a page' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('CSRF');
    await browser.get('/account');
    const meta = /<meta name="csrf-token" content="([^"]+)"/.exec(browser.lastPage)![1];
    const accepted = await browser.json('POST', '/api/v1/me/tokens', { name: 'from a page' }, { 'x-csrf-token': meta });
    expect(accepted.statusCode).toBe(201);
    const token = accepted.json().token as string;
    const scripted = await app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: { name: 'by script' } });
    expect(scripted.statusCode).toBe(201);
    // A bearer request is the bearer's alone: a browser cookie riding along is ignored.
    const mixed = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer ict_revoked_or_bogus', cookie: browser.cookieHeader() } });
    expect(mixed.statusCode).toBe(401);
    const anonymousJson = await app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: { 'content-type': 'application/json' }, payload: { name: 'x' } });
    expect(anonymousJson.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('authenticates API tokens as Bearer, and answers 401 once revoked', async () => {
    const person = await createPerson(app, { roles: ['moderator'] });
    const browser = new TestClient(app);
    await browser.signIn(person.email, GOOD_PASSWORD);
    const created = await browser.form('/account/tokens', { tokenName: 'cron job' }, { from: '/account/tokens' });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const token = /<code class="secret" id="new-token">(ict_[^<]+)<\/code>/.exec(created.body)![1];
    const me = await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ email: person.email, roles: ['moderator'] });
    expect(JSON.stringify(me.json())).not.toMatch(/hash|argon/);
    // The list never shows the secret again.
    expect((await browser.get('/account/tokens')).body).not.toContain(token);
    const id = token.slice(4, 20);
    await browser.form('/account/tokens', { revoke: id }, { from: '/account/tokens' });
    const after = await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    expect(after.headers['www-authenticate']).toContain('invalid_token');
  });

  it('leaves other bearer values (a requester’s manage token) to the route, and refuses them where an account is needed', async () => {
    expect((await app.inject({ url: '/healthz', headers: { authorization: 'Bearer some-manage-token' } })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer some-manage-token' } })).statusCode).toBe(401);
  });

  it('signs out: the session ends on the server and the cookie is cleared', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const client = new TestClient(app);
    await client.signIn(person.email, GOOD_PASSWORD);
    const session = client.cookies.get('intercede-session')!;
    await client.get('/account');
    const res = await client.form('/logout', {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?done=signedOut');
    expect(client.cookies.has('intercede-session')).toBe(false);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: `intercede-session=${session}` } })).statusCode).toBe(401);
    expect((await client.get('/login?done=signedOut')).body).toContain('You have signed out');
  });

  it('signs out everywhere', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const phone = new TestClient(app);
    const laptop = new TestClient(app);
    await phone.signIn(person.email, GOOD_PASSWORD);
    await laptop.signIn(person.email, GOOD_PASSWORD);
    await laptop.get('/account');
    expect((await laptop.form('/account/sessions', {})).headers.location).toBe('/login?done=signedOutEverywhere');
    expect((await phone.get('/account')).statusCode).toBe(303);
    expect((await laptop.get('/account')).statusCode).toBe(303);
  });

  it('ends an idle session: the next page asks to sign in again and comes back after', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const client = new TestClient(app);
    await client.signIn(person.email, GOOD_PASSWORD);
    const id = sha256Hex(client.cookies.get('intercede-session')!);
    await get().database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString() }).where('id', '=', id).execute();
    const res = await client.get('/account?x=1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount%3Fx%3D1');
    expect(client.cookies.has('intercede-session')).toBe(false);
    const back = await client.form('/login', { email: person.email, password: GOOD_PASSWORD, next: '/account?x=1' }, { from: '/login?next=%2Faccount%3Fx%3D1' });
    expect(back.headers.location).toBe('/account?x=1');
  });

  it('ends a session at its absolute expiry', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const cookie = await sessionCookieFor(app, person.id);
    await get().database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', sha256Hex(cookie.value)).execute();
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: cookie.header } })).statusCode).toBe(401);
  });

  it('never sends people elsewhere after sign-in (no open redirect)', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
      const client = new TestClient(app);
      const res = await client.form('/login', { email: person.email, password: GOOD_PASSWORD, next }, { from: '/login' });
      expect(res.headers.location).toBe('/account');
    }
  });

  it('onboards by invitation: email → name and password → covenant → account, and the link works once', async () => {
    const admin = await createPerson(app, { roles: ['admin'], name: 'Grace' });
    const adminClient = new TestClient(app);
    await adminClient.signIn(admin.email, GOOD_PASSWORD);
    const email = uniqueEmail('invitee');
    const sent = await adminClient.form('/admin/invite', { email, roles: ['intercessor'], locale: 'en' }, { from: '/admin/invite' });
    expect(sent.statusCode).toBe(303);
    expect((await adminClient.get(sent.headers.location as string)).body).toContain(`Invitation sent to ${email}`);
    const link = mailer.linkTo(email, '/invite/');

    const invitee = new TestClient(app);
    const page = await invitee.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(email);
    const weak = await invitee.form(link, { name: 'Ruth', password: 'password1' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('value="Ruth"');
    expect(weak.body).toContain('<a href="#password">Your password must be 10 characters or more</a>');
    const accepted = await invitee.form(link, { name: 'Ruth', password: GOOD_PASSWORD });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe('/covenant?next=%2Faccount%3Fdone%3Dwelcome');
    const covenant = await invitee.get(accepted.headers.location as string);
    expect(covenant.body).toContain('What I read here stays between me and God');
    const unchecked = await invitee.form('/covenant', { next: '/account?done=welcome' });
    expect(unchecked.statusCode).toBe(400);
    const promised = await invitee.form('/covenant', { accept: 'yes', next: '/account?done=welcome' }, { from: '/covenant' });
    expect(promised.headers.location).toBe('/account?done=welcome');
    const account = await invitee.get('/account?done=welcome');
    expect(account.body).toContain('Welcome to the prayer team');
    expect(account.body).toMatch(/Accepted on \w+ \d+, \d{4}/);

    const again = await new TestClient(app).get(link);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('This link has already been used');
    const audit = await adminClient.get('/admin/audit');
    expect(audit.body).toContain('Invitation accepted');
    expect(audit.body).toContain('Covenant accepted');
  });

  it('turns an expired invitation into a page that offers a new one, sent to the invited address', async () => {
    const admin = await createPerson(app, { roles: ['admin'] });
    const adminClient = new TestClient(app);
    await adminClient.signIn(admin.email, GOOD_PASSWORD);
    const email = uniqueEmail('late');
    await adminClient.form('/admin/invite', { email, roles: ['pastor'], locale: 'es' }, { from: '/admin/invite' });
    const link = mailer.linkTo(email, '/invite/');
    await get().database.db.updateTable('invitations').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('email', '=', email).execute();
    const late = new TestClient(app);
    const page = await late.get(link);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Este enlace ha caducado');
    const renewed = await late.form(`${link}/renew`, {});
    expect(renewed.statusCode).toBe(200);
    expect(renewed.body).toContain('Hemos enviado una invitación nueva');
    expect(mailer.to(email)).toHaveLength(2);
    expect(mailer.linkTo(email, '/invite/')).not.toBe(link);
  });

  it('resets a forgotten password by email link, saying the same whether or not the account exists', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const known = await new TestClient(app).form('/reset', { email: person.email }, { from: '/reset' });
    const unknown = await new TestClient(app).form('/reset', { email: 'nobody.here@example.org' }, { from: '/reset' });
    expect(known.statusCode).toBe(200);
    expect(withoutTokens(known.body).replace(person.email, 'E')).toBe(withoutTokens(unknown.body).replace('nobody.here@example.org', 'E'));
    await new Promise((resolve) => setImmediate(resolve));
    const link = mailer.linkTo(person.email, '/reset/');
    const client = new TestClient(app);
    expect((await client.get(link)).body).toContain('Choose a new password');
    const done = await client.form(link, { password: 'a brand new phrase 9' });
    expect(done.headers.location).toBe('/login?done=passwordSet');
    expect((await client.signIn(person.email, 'a brand new phrase 9')).headers.location).toBe('/account');
    const reused = await new TestClient(app).get(link);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('Send me a new link');
  });

  it('lets admins change roles and deactivate, which signs the person out at once', async () => {
    const admin = await createPerson(app, { roles: ['admin'] });
    const person = await createPerson(app, { roles: ['intercessor'] });
    const adminClient = new TestClient(app);
    await adminClient.signIn(admin.email, GOOD_PASSWORD);
    const personClient = new TestClient(app);
    await personClient.signIn(person.email, GOOD_PASSWORD);

    const roles = await adminClient.form(`/admin/people/${person.id}`, { action: 'roles', roles: ['intercessor', 'moderator'] }, { from: `/admin/people/${person.id}` });
    expect(roles.headers.location).toBe(`/admin/people/${person.id}?done=roles`);
    expect((await personClient.get('/api/v1/me')).json().roles).toEqual(['intercessor', 'moderator']);
    const none = await adminClient.form(`/admin/people/${person.id}`, { action: 'roles' }, { from: `/admin/people/${person.id}` });
    expect(none.statusCode).toBe(303);

    const own = await adminClient.form(`/admin/people/${admin.id}`, { action: 'roles', roles: ['pastor'] }, { from: `/admin/people/${admin.id}` });
    expect(own.statusCode).toBe(409);
    expect(own.body).toContain('You cannot remove your own admin role');

    await adminClient.form(`/admin/people/${person.id}`, { action: 'deactivate' }, { from: `/admin/people/${person.id}` });
    expect((await personClient.get('/account')).statusCode).toBe(303);
    const signIn = await new TestClient(app).signIn(person.email, GOOD_PASSWORD);
    expect(signIn.statusCode).toBe(401);
    const audit = await adminClient.get('/admin/audit?action=user.deactivated');
    expect(audit.body).toContain('Account deactivated');
    expect((await adminClient.get(`/admin/people/${person.id}`)).body).toContain('Roles changed');
  });

  it('links every admin page from the admin navigation, in English and Spanish', async () => {
    const admin = await createPerson(app, { roles: ['admin'] });
    const client = new TestClient(app);
    await client.signIn(admin.email, GOOD_PASSWORD);
    const page = await client.get('/admin');
    const nav = /<nav class="account-nav" aria-label="Admin">([\s\S]*?)<\/nav>/.exec(page.body)?.[1] ?? '';
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/admin', '/admin/invite', '/admin/audit', '/admin/outbox', '/admin/settings', '/admin/journeys']);
    expect(nav).toContain('aria-current="page"');
    for (const path of ['/admin/outbox', '/admin/settings']) expect((await client.get(path)).statusCode).toBe(200);
    expect((await client.get('/es/admin')).body).toContain('href="/es/admin/outbox">Correo saliente</a>');
  });

  it('sends people who must sign in to the sign-in page, and people without the role to a 403 page', async () => {
    expect((await app.inject('/admin')).headers.location).toBe('/login?next=%2Fadmin');
    expect((await app.inject('/es/admin')).headers.location).toBe('/es/login?next=%2Fadmin');
    const person = await createPerson(app, { roles: ['intercessor'] });
    const cookie = await sessionCookieFor(app, person.id);
    const res = await app.inject({ url: '/admin', headers: { cookie: cookie.header } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('You do not have access to this page');
    expect((await app.inject({ url: '/api/v1/users', headers: { cookie: cookie.header } })).json().error.code).toBe('FORBIDDEN');
  });
});

describeEachDialect('accounts over HTTPS', (get) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { BASE_URL: 'https://prayer.example.org' }));
  });
  afterAll(() => app.close());

  it('marks the session and CSRF cookies Secure with the __Host- prefix, and sends HSTS', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    const client = new TestClient(app);
    const page = await client.get('/login');
    expect(page.headers['strict-transport-security']).toContain('max-age=');
    expect(page.headers['set-cookie']).toMatch(/^__Host-intercede-csrf=.*; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    const res = await client.signIn(person.email, GOOD_PASSWORD);
    const session = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('__Host-intercede-session='));
    expect(session).toMatch(/; Path=\/;.*HttpOnly; Secure; SameSite=Lax/);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });
});
