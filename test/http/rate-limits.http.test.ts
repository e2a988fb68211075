import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_BACKOFF, ADDRESS_BACKOFF } from '../../src/accounts/login.service.js';
import { createPerson, GOOD_PASSWORD, uniqueEmail } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { createTestDatabase, type TestDatabase } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';

const redisUrl = process.env.REDIS_URL;
const backends = redisUrl ? ['memory', 'redis'] : ['memory'];
if (!redisUrl) process.stdout.write('\nrate limits tested in memory only: REDIS_URL is not set\n');

describe.each(backends)('rate limits (%s)', (backend) => {
  let testDb: TestDatabase;
  let app: FastifyInstance;
  let twin: FastifyInstance;
  const mailer = new MemoryMailer();
  const prefix = `intercede-test:${randomBytes(6).toString('hex')}:`;
  const env = (extra: Record<string, string> = {}) => ({ ...(backend === 'redis' ? { REDIS_URL: redisUrl! } : {}), RATE_LIMIT_PER_MINUTE: '0', ...extra });

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    ({ app } = await createTestApp(testDb, env(), false, { mailer, redisPrefix: prefix }));
    // A second instance over the same database and (with Redis) the same counters: a load-balanced pair.
    ({ app: twin } = await createTestApp(testDb, env(), false, { mailer, redisPrefix: prefix }));
  });
  afterAll(async () => {
    await app?.close();
    await twin?.close();
    await testDb?.dispose();
  });

  it('slows down guessing one account: after the free attempts even the right password waits, with Retry-After', async () => {
    const person = await createPerson(app, { roles: ['intercessor'] });
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts; i++) {
      const res = await new TestClient(app, { remoteAddress: `10.20.0.${i}` }).form('/login', { email: person.email, password: `guess number ${i}` }, { from: '/login' });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await new TestClient(app, { remoteAddress: '10.20.1.1' }).form('/login', { email: person.email, password: GOOD_PASSWORD }, { from: '/login' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(ACCOUNT_BACKOFF.firstBlockMs / 1000 - 1);
    expect(blocked.body).toContain('Too many attempts to sign in. Wait 1 minutes');
    expect(blocked.body).toContain(`value="${person.email}"`);
  });

  it('slows down one address spraying many accounts', async () => {
    const client = new TestClient(app, { remoteAddress: '10.21.0.1' });
    for (let i = 0; i < ADDRESS_BACKOFF.freeAttempts; i++) {
      expect((await client.form('/login', { email: uniqueEmail('spray'), password: 'guessing away' }, { from: '/login' })).statusCode).toBe(401);
    }
    expect((await client.form('/login', { email: uniqueEmail('spray'), password: 'guessing away' }, { from: '/login' })).statusCode).toBe(429);
    expect((await new TestClient(app, { remoteAddress: '10.21.0.2' }).form('/login', { email: uniqueEmail('spray'), password: 'guessing away' }, { from: '/login' })).statusCode).toBe(401);
  });

  it.runIf(backend === 'redis')('shares login throttling between instances through Redis', async () => {
    const person = await createPerson(app, { roles: ['pastor'] });
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts; i++) {
      const target = i % 2 === 0 ? app : twin;
      await new TestClient(target, { remoteAddress: `10.22.0.${i}` }).form('/login', { email: person.email, password: 'wrong again' }, { from: '/login' });
    }
    expect((await new TestClient(twin, { remoteAddress: '10.22.1.1' }).form('/login', { email: person.email, password: GOOD_PASSWORD }, { from: '/login' })).statusCode).toBe(429);
    expect((await new TestClient(app, { remoteAddress: '10.22.1.2' }).form('/login', { email: person.email, password: GOOD_PASSWORD }, { from: '/login' })).statusCode).toBe(429);
  });

  it('limits requests for reset links per address (5 an hour)', async () => {
    const client = new TestClient(app, { remoteAddress: '10.23.0.1' });
    for (let i = 0; i < 5; i++) expect((await client.form('/reset', { email: uniqueEmail('reset') }, { from: '/reset' })).statusCode).toBe(200);
    const refused = await client.form('/reset', { email: uniqueEmail('reset') }, { from: '/reset' });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Please wait a moment');
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('limits attempts at invitation links per address', async () => {
    const client = new TestClient(app, { remoteAddress: '10.24.0.1' });
    await client.get('/login');
    const token = client.csrfToken();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await client.form(`/invite/${'0'.repeat(16)}${'A'.repeat(43)}`, { name: 'X', password: GOOD_PASSWORD }, { csrf: token })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 410)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe.each(backends)('the general per-address limit (%s)', (backend) => {
  let testDb: TestDatabase;
  let app: FastifyInstance;
  let twin: FastifyInstance;
  const prefix = `intercede-test:${randomBytes(6).toString('hex')}:`;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    const env = { ...(backend === 'redis' ? { REDIS_URL: redisUrl! } : {}), RATE_LIMIT_PER_MINUTE: '5' };
    ({ app } = await createTestApp(testDb, env, false, { redisPrefix: prefix }));
    ({ app: twin } = await createTestApp(testDb, env, false, { redisPrefix: prefix }));
  });
  afterAll(async () => {
    await app?.close();
    await twin?.close();
    await testDb?.dispose();
  });

  it('answers 429 with a coded error past the limit, per address, sparing assets and /healthz', async () => {
    const css = /href="(\/assets\/styles\.[0-9a-f]+\.css)"/.exec((await app.inject({ url: '/', remoteAddress: '10.30.0.9' })).body)![1];
    for (let i = 0; i < 4; i++) expect((await app.inject({ url: '/api/v1/me', remoteAddress: '10.30.0.1' })).statusCode).toBe(401);
    for (let i = 0; i < 10; i++) expect((await app.inject({ url: css, remoteAddress: '10.30.0.1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/healthz', remoteAddress: '10.30.0.1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/', remoteAddress: '10.30.0.1' })).statusCode).toBe(200);
    const refused = await app.inject({ url: '/api/v1/me', remoteAddress: '10.30.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(refused.headers['retry-after']).toBeDefined();
    const page = await app.inject({ url: '/es/login', remoteAddress: '10.30.0.1' });
    expect(page.statusCode).toBe(429);
    expect(page.body).toContain('Espera un momento');
    expect((await app.inject({ url: '/', remoteAddress: '10.30.0.2' })).statusCode).toBe(200);
  });

  it.runIf(backend === 'redis')('counts across instances through Redis', async () => {
    for (let i = 0; i < 5; i++) await (i % 2 ? app : twin).inject({ url: '/', remoteAddress: '10.31.0.1' });
    expect((await twin.inject({ url: '/', remoteAddress: '10.31.0.1' })).statusCode).toBe(429);
  });
});

describe('behind a reverse proxy (TRUST_PROXY=1)', () => {
  let testDb: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    ({ app } = await createTestApp(testDb, { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' }));
  });
  afterAll(async () => {
    await app?.close();
    await testDb?.dispose();
  });

  it('counts each client behind the proxy separately, not the proxy as one client', async () => {
    const from = (client: string) => app.inject({ url: '/api/v1/me', remoteAddress: '10.99.0.1', headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).statusCode).toBe(401);
    expect((await from('203.0.113.7')).statusCode).toBe(429);
    expect((await from('198.51.100.9')).statusCode).toBe(401);
  });
});
