import { describe, expect, it } from 'vitest';
import { installPlanBible } from '../factories/plan-bible.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

describe.skipIf(!hasChromium)('reading plans in Chromium', () => {
  const web = useBrowserSuite({ prepare: (testDb) => installPlanBible(testDb.database) });

  it('a plan day shows John 1 and, marked done, moves on to day 2 (John 2) with the progress; every page passes axe', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/plans`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'The Gospel of John in 21 days' }).click();
    await page.waitForURL(/\/plans\/john-21$/);
    expect(await seriousViolations(page)).toEqual([]);
    // Start without an account or email.
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.waitForURL(/\/plans\/s\/rp_[^/]+\?started=1$/);
    expect(await page.locator('.notification-banner').textContent()).toContain('Bookmark this page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Read day 1: John 1' }).click();
    await page.waitForURL(/\/plans\/s\/rp_[^/]+\/day\/1$/);
    expect(await page.locator('h1').textContent()).toBe('Day 1: John 1');
    expect(await page.locator('article.reader').textContent()).toContain('In the beginning was the Word');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done — I have read it' }).click();
    await page.waitForURL(/\/plans\/s\/rp_[^/]+\/day\/2\?done=1$/);
    expect(await page.locator('h1').textContent()).toBe('Day 2: John 2');
    expect(await page.locator('article.reader').textContent()).toContain('there was a wedding in Cana');
    expect(await page.locator('.notification-banner').textContent()).toContain('Day 1 done. You have read 1 of 21 days.');
    expect(await seriousViolations(page)).toEqual([]);
    // Back on the plan's own page, day 1 is marked done and day 2 is next.
    await page.getByRole('link', { name: 'Your plan and progress' }).click();
    expect(await page.getByText('1 of 21 days read').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Read day 2: John 2' }).count()).toBe(1);
    await page.close();
  });

  it('the start form’s error summary links to the email field, in Spanish too, and passes axe', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/es/plans/psalms-30`);
    await page.getByLabel('Correo electrónico (opcional)').fill('no es un correo');
    await page.getByRole('button', { name: 'Empezar el plan' }).click();
    await page.waitForSelector('.error-summary');
    await page.locator('.error-summary a[href="#email"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    expect(await page.locator('#email').inputValue()).toBe('no es un correo');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the start form picks the browser’s time zone; without JavaScript the ministry’s default stands', async () => {
    const mexico = await web.browser.newContext({ timezoneId: 'America/Mexico_City' });
    const page = await mexico.newPage();
    await page.goto(`${web.base}/plans/john-21`);
    expect(await page.getByLabel('Your time zone').inputValue()).toBe('America/Mexico_City');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.waitForURL(/\/plans\/s\/rp_[^/]+\?started=1$/);
    expect(await page.getByLabel('Your time zone').inputValue()).toBe('America/Mexico_City');
    await mexico.close();

    const noScript = await web.browser.newContext({ timezoneId: 'Asia/Tokyo', javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${web.base}/plans/john-21`);
    expect(await plain.getByLabel('Your time zone').inputValue()).toBe('UTC');
    await noScript.close();
  });
});
