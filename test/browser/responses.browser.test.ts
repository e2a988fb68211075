import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

const SLUG = 'he-lives-to-intercede';

describe.skipIf(!hasChromium)('responding to an article in Chromium', () => {
  let admin: BrowserContext;
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' } });

  beforeAll(async () => {
    await web.app.articles.create(
      COMMAND_LINE,
      { title: 'He lives to intercede', slug: SLUG, summary: 'Jesus pleads for us.', body: 'He is able to save completely (Hebrews 7:25).\n\n## Will you respond?\n\nLord Jesus, thank you for standing in the gap for me. Amen.' },
      { publish: true },
    );
    admin = await web.signedInContext({ roles: ['admin'] });
  });

  it('a response with email and consent starts a journey whose first message lands in the outbox', async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${web.base}/articles/${SLUG}`);
    expect(await page.locator('#respond-title').textContent()).toBe('Will you respond?');
    expect(await seriousViolations(page)).toEqual([]);

    // A first try without the consent box: the error is beside the field and nothing typed is lost.
    await page.getByLabel('I prayed to receive Christ').check();
    await page.getByLabel('First name (optional)').fill('Sam');
    await page.getByLabel('Email address (optional)').fill('sam@example.org');
    await page.getByRole('button', { name: 'Send my response' }).click();
    await page.waitForURL(`${web.base}/articles/${SLUG}/respond`);
    expect(await page.locator('.error-summary a').textContent()).toBe('Tick the box to say we may email you, or leave the email address empty');
    expect(await page.getByLabel('Email address (optional)').inputValue()).toBe('sam@example.org');
    expect(await page.getByLabel('I prayed to receive Christ').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/You may email me follow-up messages/).check();
    await page.getByRole('button', { name: 'Send my response' }).click();
    await page.locator('h1', { hasText: 'Thank you for responding' }).waitFor();
    expect(await page.locator('body').textContent()).toContain('We have sent you a first email now.');
    expect(await seriousViolations(page)).toEqual([]);
    // The page came by a redirect: reloading it asks nothing and sends nothing again (one email below).
    expect(page.url()).toBe(`${web.base}/articles/${SLUG}/respond/thanks`);
    await page.reload();
    await page.locator('h1', { hasText: 'Thank you for responding' }).waitFor();
    await context.close();

    const outbox = await admin.newPage();
    await outbox.goto(`${web.base}/admin/outbox`);
    expect(await outbox.locator('table code', { hasText: 'journey.step' }).count()).toBe(1);
    // Delivered, the message is in the development mailbox with its subject and recipient.
    await web.app.jobs.drain();
    await outbox.goto(`${web.base}/admin/outbox?status=delivered`);
    await outbox.getByRole('link', { name: 'What happens next' }).click();
    const text = await outbox.locator('pre.mail-text').textContent();
    expect(text).toContain('You told us you prayed to receive Christ.');
    expect(text).toContain('/unsubscribe/');
    expect(await seriousViolations(outbox)).toEqual([]);
  }, 90_000);

  it('the Spanish form and the pastors’ responses page pass axe', async () => {
    const page = await (await web.browser.newContext()).newPage();
    await page.goto(`${web.base}/es/articles/${SLUG}/respond`);
    expect(await page.locator('h1').textContent()).toBe('Responder a «He lives to intercede»');
    expect(await seriousViolations(page)).toEqual([]);
    const context = await web.signedInContext({ roles: ['pastor'], covenant: true });
    const list = await context.newPage();
    await list.goto(`${web.base}/pastoral/responses`);
    expect(await list.locator('h1').textContent()).toBe('Responses');
    expect(await seriousViolations(list)).toEqual([]);
    await list.getByRole('link', { name: 'Open: I prayed to receive Christ' }).click();
    expect(await list.locator('body').textContent()).toContain('sam@example.org');
    expect(await seriousViolations(list)).toEqual([]);
  }, 90_000);
});
