import type { Browser, BrowserContext } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { hasChromium, launchBrowser, seriousViolations } from '../harness/browser.js';
import { createTestDatabase, type TestDatabase } from '../harness/dialects.js';

const SLUG = 'he-lives-to-intercede';

describe.skipIf(!hasChromium)('responding to an article in Chromium', () => {
  let browser: Browser;
  let testDb: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  let admin: BrowserContext;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    const config = loadConfig({ DATA_DIR: testDb.dataDir, SESSION_SECRET: 'browser-test-secret-long-enough-0123456789', RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' });
    app = await buildApp({ config, database: testDb.database, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await app.articles.create(
      COMMAND_LINE,
      { title: 'He lives to intercede', slug: SLUG, summary: 'Jesus pleads for us.', body: 'He is able to save completely (Hebrews 7:25).\n\n## Will you respond?\n\nLord Jesus, thank you for standing in the gap for me. Amen.' },
      { publish: true },
    );
    browser = await launchBrowser();
    const person = await createPerson(app, { roles: ['admin'] });
    const cookie = await sessionCookieFor(app, person.id);
    admin = await browser.newContext();
    await admin.addCookies([{ name: cookie.name, value: cookie.value, domain: '127.0.0.1', path: '/' }]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await testDb?.dispose();
  });

  it('a response with email and consent starts a journey whose first message lands in the outbox', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    expect(await page.locator('#respond-title').textContent()).toBe('Will you respond?');
    expect(await seriousViolations(page)).toEqual([]);

    // A first try without the consent box: the error is beside the field and nothing typed is lost.
    await page.getByLabel('I prayed to receive Christ').check();
    await page.getByLabel('First name (optional)').fill('Sam');
    await page.getByLabel('Email address (optional)').fill('sam@example.org');
    await page.getByRole('button', { name: 'Send my response' }).click();
    await page.waitForURL(`${base}/articles/${SLUG}/respond`);
    expect(await page.locator('.error-summary a').textContent()).toBe('Tick the box to say we may email you, or leave the email address empty');
    expect(await page.getByLabel('Email address (optional)').inputValue()).toBe('sam@example.org');
    expect(await page.getByLabel('I prayed to receive Christ').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/You may email me follow-up messages/).check();
    await page.getByRole('button', { name: 'Send my response' }).click();
    await page.locator('h1', { hasText: 'Thank you for responding' }).waitFor();
    expect(await page.locator('body').textContent()).toContain('We have sent you a first email now.');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const outbox = await admin.newPage();
    await outbox.goto(`${base}/admin/outbox`);
    expect(await outbox.locator('table code', { hasText: 'journey.step' }).count()).toBe(1);
    // Delivered, the message is in the development mailbox with its subject and recipient.
    await app.jobs.drain();
    await outbox.goto(`${base}/admin/outbox?status=delivered`);
    await outbox.getByRole('link', { name: 'What happens next' }).click();
    const text = await outbox.locator('pre.mail-text').textContent();
    expect(text).toContain('You told us you prayed to receive Christ.');
    expect(text).toContain('/unsubscribe/');
    expect(await seriousViolations(outbox)).toEqual([]);
  }, 90_000);

  it('the Spanish form and the pastors’ responses page pass axe', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/es/articles/${SLUG}/respond`);
    expect(await page.locator('h1').textContent()).toBe('Responder a «He lives to intercede»');
    expect(await seriousViolations(page)).toEqual([]);
    const pastor = await createPerson(app, { roles: ['pastor'], covenant: true });
    const cookie = await sessionCookieFor(app, pastor.id);
    const context = await browser.newContext();
    await context.addCookies([{ name: cookie.name, value: cookie.value, domain: '127.0.0.1', path: '/' }]);
    const list = await context.newPage();
    await list.goto(`${base}/pastoral/responses`);
    expect(await list.locator('h1').textContent()).toBe('Responses');
    expect(await seriousViolations(list)).toEqual([]);
    await list.getByRole('link', { name: 'Open: I prayed to receive Christ' }).click();
    expect(await list.locator('body').textContent()).toContain('sam@example.org');
    expect(await seriousViolations(list)).toEqual([]);
  }, 90_000);
});
