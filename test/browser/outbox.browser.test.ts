import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { enqueue } from '../../src/platform/jobs/outbox.repository.js';
import { UnsubscribeTokens } from '../../src/prayer/notifications/unsubscribe-token.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { hasChromium, launchBrowser, seriousViolations } from '../harness/browser.js';
import { createTestDatabase, type TestDatabase } from '../harness/dialects.js';
import { insertRequest } from '../jobs/prayer-rows.js';

const SECRET = 'browser-test-secret-long-enough-0123456789';

describe.skipIf(!hasChromium)('outbox and unsubscribe pages in Chromium', () => {
  let browser: Browser;
  let testDb: TestDatabase;
  let base: string;
  let close: () => Promise<void>;
  let admin: BrowserContext;
  let unsubscribePath: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    const db = testDb.database.db;
    const config = loadConfig({ DATA_DIR: testDb.dataDir, SESSION_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '0' });
    const app = await buildApp({ config, database: testDb.database, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = () => app.close();
    const id = await insertRequest(db, new Date(), { language: 'es', first_name: 'Lucía' });
    unsubscribePath = `/unsubscribe/${new UnsubscribeTokens(SECRET).issue({ kind: 'request', requestId: id })}`;
    await enqueue(db, { topic: 'request.submitted', payload: { requestId: id, language: 'es', manageUrl: `${base}/es/r/pr_secret` } });
    await enqueue(db, { topic: 'test.unhandled', payload: {} });
    await app.jobs.drain();
    await db.updateTable('outbox').set({ failed_at: new Date().toISOString(), last_error: 'PermanentJobError: MAIL_UNCERTAIN: a worker stopped' }).where('topic', '=', 'test.unhandled').execute();
    browser = await launchBrowser();
    const person = await createPerson(app, { roles: ['admin'] });
    const cookie = await sessionCookieFor(app, person.id);
    admin = await browser.newContext();
    await admin.addCookies([{ name: cookie.name, value: cookie.value, domain: '127.0.0.1', path: '/' }]);
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await testDb?.dispose();
  });

  for (const path of ['/admin/outbox?status=failed', '/es/admin/outbox?status=delivered']) {
    it(`${path}: axe finds no serious violation`, async () => {
      const page = await admin.newPage();
      await page.goto(base + path);
      expect(await page.locator('h1').textContent()).toMatch(/^(Outbox|Bandeja de salida)$/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('a message written to disk opens from the list, private link hidden, and passes axe', async () => {
    const page = await admin.newPage();
    await page.goto(`${base}/admin/outbox`);
    await page.getByRole('link', { name: 'Recibimos tu petición de oración' }).click();
    expect(await page.locator('h1').textContent()).toBe('Recibimos tu petición de oración');
    const text = await page.locator('pre.mail-text').textContent();
    expect(text).toContain('/es/r/[private link hidden]');
    expect(text).not.toContain('pr_secret');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('"Send again" works from the keyboard without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await admin.storageState() });
    const page = await context.newPage();
    await page.goto(`${base}/admin/outbox?status=failed`);
    await page.getByRole('button', { name: /^Send again the test\.unhandled event of / }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=retried/);
    expect(await page.locator('.notification-banner__title').textContent()).toBe('The event is queued again');
    await context.close();
  }, 60_000);

  it('the unsubscribe page (English and Spanish) passes axe, and its button stops the emails', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/es${unsubscribePath}`);
    expect(await page.locator('h1').textContent()).toBe('Dejar de recibir estos correos');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(base + unsubscribePath);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    expect(await page.locator('h1').textContent()).toBe('You will not receive these emails any more');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
