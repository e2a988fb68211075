import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../src/platform/jobs/outbox.repository.js';
import { UnsubscribeTokens } from '../../src/prayer/notifications/unsubscribe-token.js';
import { BROWSER_SESSION_SECRET, hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';
import { insertRequest } from '../jobs/prayer-rows.js';

describe.skipIf(!hasChromium)('outbox and unsubscribe pages in Chromium', () => {
  let admin: BrowserContext;
  let unsubscribePath: string;
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  beforeAll(async () => {
    const db = web.testDb.database.db;
    const id = await insertRequest(db, new Date(), { language: 'es', first_name: 'Lucía' });
    unsubscribePath = `/unsubscribe/${new UnsubscribeTokens(BROWSER_SESSION_SECRET).issue({ kind: 'request', requestId: id })}`;
    await enqueue(db, { topic: 'request.submitted', payload: { requestId: id, language: 'es', manageUrl: `${web.base}/es/r/pr_secret` } });
    await enqueue(db, { topic: 'test.unhandled', payload: {} });
    await web.app.jobs.drain();
    await db.updateTable('outbox').set({ failed_at: new Date().toISOString(), last_error: 'PermanentJobError: MAIL_UNCERTAIN: a worker stopped' }).where('topic', '=', 'test.unhandled').execute();
    admin = await web.signedInContext({ roles: ['admin'] });
  });

  for (const path of ['/admin/outbox?status=failed', '/es/admin/outbox?status=delivered']) {
    it(`${path}: axe finds no serious violation`, async () => {
      const page = await admin.newPage();
      await page.goto(web.base + path);
      expect(await page.locator('h1').textContent()).toMatch(/^(Outbox|Bandeja de salida)$/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('a message written to disk opens from the list, private link hidden, and passes axe', async () => {
    const page = await admin.newPage();
    await page.goto(`${web.base}/admin/outbox`);
    await page.getByRole('link', { name: 'Recibimos tu petición de oración' }).click();
    expect(await page.locator('h1').textContent()).toBe('Recibimos tu petición de oración');
    const text = await page.locator('pre.mail-text').textContent();
    expect(text).toContain('/es/r/[private link hidden]');
    expect(text).not.toContain('pr_secret');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('"Send again" works from the keyboard without JavaScript', async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false, storageState: await admin.storageState() });
    const page = await context.newPage();
    await page.goto(`${web.base}/admin/outbox?status=failed`);
    await page.getByRole('button', { name: /^Send again the test\.unhandled event of / }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=retried/);
    expect(await page.locator('.notification-banner__title').textContent()).toBe('The event is queued again');
    await context.close();
  }, 60_000);

  it('the unsubscribe page (English and Spanish) passes axe, and its button stops the emails', async () => {
    const page = await (await web.browser.newContext()).newPage();
    await page.goto(`${web.base}/es${unsubscribePath}`);
    expect(await page.locator('h1').textContent()).toBe('Dejar de recibir estos correos');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(web.base + unsubscribePath);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    expect(await page.locator('h1').textContent()).toBe('You will not receive these emails any more');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
