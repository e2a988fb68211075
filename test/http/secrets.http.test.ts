import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPerson, GOOD_PASSWORD, uniqueEmail } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

describeEachDialect('secrets stay secret', (get) => {
  let app: FastifyInstance;
  const mailer = new MemoryMailer();
  const lines: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    ({ app } = await createTestApp(get(), {}, { stream, level: 'trace' }, { mailer }));
  });
  afterAll(() => app.close());

  it('never writes passwords, tokens, link secrets, session ids or CSRF tokens to the logs', async () => {
    const secrets: string[] = [];
    const admin = await createPerson(app, { roles: ['admin'], password: 'admin passphrase 4 logs' });
    secrets.push('admin passphrase 4 logs');

    const adminClient = new TestClient(app);
    await adminClient.signIn(admin.email, 'admin passphrase 4 logs');
    await adminClient.signIn(admin.email, 'a wrong passphrase 4 logs');
    secrets.push('a wrong passphrase 4 logs', adminClient.cookies.get('intercede-session')!);
    await adminClient.get('/account/tokens');
    secrets.push(adminClient.csrfToken());
    const created = await adminClient.form('/account/tokens', { tokenName: 'logs' });
    const token = /<code class="secret" id="new-token">(ict_[^<]+)<\/code>/.exec(created.body)![1];
    secrets.push(token);
    await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    await app.inject({ url: '/api/v1/me?token=' + token });

    const email = uniqueEmail('logged');
    await adminClient.form('/admin/invite', { email, roles: ['intercessor'], locale: 'en' }, { from: '/admin/invite' });
    const invite = mailer.linkTo(email, '/invite/');
    secrets.push(invite.replace('/invite/', ''));
    const invitee = new TestClient(app);
    await invitee.get(invite);
    await invitee.form(invite, { name: 'Logged', password: 'invitee passphrase 4 logs' });
    secrets.push('invitee passphrase 4 logs');

    const person = await createPerson(app, { roles: ['pastor'] });
    await new TestClient(app).form('/reset', { email: person.email }, { from: '/reset' });
    await new Promise((resolve) => setImmediate(resolve));
    const reset = mailer.linkTo(person.email, '/reset/');
    secrets.push(reset.replace('/reset/', ''));
    const resetter = new TestClient(app);
    await resetter.get(reset);
    await resetter.form(reset, { password: 'reset passphrase 4 logs' });
    secrets.push('reset passphrase 4 logs');

    const log = lines.join('');
    expect(log).toContain('/invite/[secret]');
    expect(log).toContain('/reset/[secret]');
    for (const secret of secrets) expect(log, `a secret leaked into the logs`).not.toContain(secret);
    expect(log).not.toContain(GOOD_PASSWORD);
  });

  it('keeps CSRF exemptions deliberate: only routes listed here may opt out', () => {
    const exempt = app.registeredRoutes().filter((r) => r.csrfExempt).map((r) => `${r.method} ${r.url}`);
    // One-click unsubscribe (RFC 8058) is posted by mail clients with no token to give; nothing else.
    expect(exempt.filter((r) => !/unsubscribe/.test(r))).toEqual([]);
  });

  it('stores no secret in the clear: sessions, tokens and links are hashes, passwords argon2id', async () => {
    const db = get().database.db;
    const users = await db.selectFrom('users').select('password_hash').where('password_hash', 'is not', null).execute();
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.password_hash!.startsWith('$argon2id$'))).toBe(true);
    for (const table of ['sessions', 'api_tokens', 'invitations', 'password_links'] as const) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toMatch(/ict_|passphrase/);
    }
  });
});
