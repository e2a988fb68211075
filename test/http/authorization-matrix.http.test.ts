import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { COMMAND_LINE, type Role } from '../../src/platform/auth/actor.js';
import { GOOD_PASSWORD, sessionCookieFor, uniqueEmail } from '../harness/accounts.js';
import { ALL_ROLES, walkMatrix, type Caller } from '../harness/authorization-matrix.js';
import { describeEachDialect, type TestDatabase } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

/** An app as production builds it, plus probe routes added the way any domain adds routes. */
async function appWithProbes(testDb: TestDatabase, probes: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const config = loadConfig({
    DATA_DIR: testDb.dataDir,
    SESSION_SECRET: 'matrix-test-secret-that-is-long-enough-0123',
    RATE_LIMIT_PER_MINUTE: '0',
    ...(testDb.postgres ? { DATABASE_URL: testDb.postgres.url } : {}),
  });
  const app = await buildApp({ config, database: testDb.database, logger: false, mailer: new MemoryMailer() });
  await app.register(async (scope) => probes(scope));
  await app.ready();
  return app;
}

/** Anonymous, each role alone (covenant accepted), an intercessor without covenant, no role, and dead credentials. */
async function makeCallers(app: FastifyInstance, db: TestDatabase['database']['db']): Promise<Caller[]> {
  const callers: Caller[] = [{ label: 'anonymous', roles: null, covenant: false, headers: {}, bearer: false }];
  const person = async (roles: Role[], covenant: boolean) => {
    const user = await app.accounts.users.create(COMMAND_LINE, { email: uniqueEmail(roles.join('-') || 'none'), roles, password: GOOD_PASSWORD, acceptCovenant: covenant });
    return user;
  };
  for (const role of ALL_ROLES) {
    const user = await person([role], true);
    callers.push({ label: `${role} (session)`, roles: [role], covenant: true, headers: { cookie: (await sessionCookieFor(app, user.id)).header }, bearer: false });
  }
  const uncovenanted = await person(['intercessor'], false);
  callers.push({ label: 'intercessor without covenant', roles: ['intercessor'], covenant: false, headers: { cookie: (await sessionCookieFor(app, uncovenanted.id)).header }, bearer: false });
  const noRole = await person([], false).catch(async () => {
    const u = await person(['author'], false);
    await app.accounts.users.changeRoles(COMMAND_LINE, { userId: u.id, roles: [] });
    return u;
  });
  callers.push({ label: 'no role', roles: [], covenant: false, headers: { cookie: (await sessionCookieFor(app, noRole.id)).header }, bearer: false });

  const admin = await person(['admin'], true);
  const adminToken = await app.accounts.tokens.create(COMMAND_LINE, { name: 'matrix', userId: admin.id });
  callers.push({ label: 'admin (API token)', roles: ['admin'], covenant: true, headers: { authorization: `Bearer ${adminToken.token}` }, bearer: true });
  const intercessor = await person(['intercessor'], true);
  const intercessorToken = await app.accounts.tokens.create(COMMAND_LINE, { name: 'matrix', userId: intercessor.id });
  callers.push({ label: 'intercessor (API token)', roles: ['intercessor'], covenant: true, headers: { authorization: `Bearer ${intercessorToken.token}` }, bearer: true });

  // Deactivated with every role, its session and token left in place (as if cleanup had failed):
  // the credentials themselves must stop working, not only the cleanup.
  const deactivated = await person([...ALL_ROLES], true);
  const deadCookie = await sessionCookieFor(app, deactivated.id);
  const deadToken = await app.accounts.tokens.create(COMMAND_LINE, { name: 'matrix', userId: deactivated.id });
  await db.updateTable('users').set({ deactivated_at: new Date().toISOString() }).where('id', '=', deactivated.id).execute();
  callers.push({ label: 'deactivated (session)', roles: null, covenant: false, headers: { cookie: deadCookie.header }, bearer: false });
  callers.push({ label: 'deactivated (API token)', roles: null, covenant: false, headers: { authorization: `Bearer ${deadToken.token}` }, bearer: true });

  const revokedOwner = await person(['admin'], true);
  const revoked = await app.accounts.tokens.create(COMMAND_LINE, { name: 'matrix', userId: revokedOwner.id });
  await app.accounts.tokens.revoke(COMMAND_LINE, { tokenId: revoked.view.id });
  callers.push({ label: 'revoked API token', roles: null, covenant: false, headers: { authorization: `Bearer ${revoked.token}` }, bearer: true });
  return callers;
}

describeEachDialect('authorization matrix', (get) => {
  let app: FastifyInstance;
  let callers: Caller[];

  beforeAll(async () => {
    app = await appWithProbes(get(), (scope) => {
      // A route added later by any domain joins the matrix by being registered; nothing else to do.
      scope.get('/probe/intercession', { config: { access: { roles: ['intercessor'], covenant: true } } }, async () => ({ ok: true }));
      scope.post('/probe/moderation', { config: { access: { roles: ['moderator', 'pastor'] } } }, async () => ({ ok: true }));
    });
    callers = await makeCallers(app, get().database.db);
  });
  afterAll(() => app?.close());

  it('every route declares its access and refuses every caller its declaration refuses', async () => {
    const { failures, calls, routes } = await walkMatrix(app, callers);
    expect(failures).toEqual([]);
    expect(routes).toBeGreaterThan(40);
    expect(calls).toBe(routes * callers.length);
  });

  it('sends refused people to sign in (pages) or to the covenant, and answers the API with coded errors', async () => {
    const uncovenanted = callers.find((c) => c.label === 'intercessor without covenant')!;
    const page = await app.inject({ url: '/probe/intercession', headers: { ...uncovenanted.headers, accept: 'text/html' } });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/covenant?next=%2Fprobe%2Fintercession');
    const api = await app.inject({ url: '/probe/intercession', headers: { ...uncovenanted.headers, accept: 'application/json' } });
    expect(api.json()).toEqual({ error: { code: 'COVENANT_REQUIRED', message: expect.any(String) } });
    const intercessor = callers.find((c) => c.label === 'intercessor (session)')!;
    expect((await app.inject({ url: '/probe/intercession', headers: intercessor.headers })).json()).toEqual({ ok: true });
  });
});

describeEachDialect('authorization matrix, checking itself', (get) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await appWithProbes(get(), (scope) => {
      scope.get('/probe/forgotten', async () => ({ secret: 'leaked' }));
      scope.get('/admin/oops', { config: { access: 'public' } }, async () => ({ ok: true }));
      scope.get('/probe/typo', { config: { access: 'publc' as 'public' } }, async () => ({ secret: 'leaked' }));
    });
  });
  afterAll(() => app?.close());

  it('fails for a route without a declaration, an /admin route open to others, and a malformed declaration', async () => {
    const { failures } = await walkMatrix(app, [{ label: 'anonymous', roles: null, covenant: false, headers: {}, bearer: false }]);
    expect(failures).toEqual(
      expect.arrayContaining([
        'GET /probe/forgotten declares no access (add config: { access: … })',
        'GET /admin/oops is under /admin but is not admin-only',
      ]),
    );
    // And at run time nothing undeclared opens by default.
    for (const url of ['/probe/forgotten', '/probe/typo']) {
      const res = await app.inject({ url, headers: { accept: 'application/json' } });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('ACCESS_UNDECLARED');
      expect(res.body).not.toContain('leaked');
    }
  });
});
