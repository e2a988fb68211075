import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

const FIXTURE = readFileSync(new URL('../../src/content/articles/testdata/he-always-lives.md', import.meta.url), 'utf8');

/** Presses Tab until a Scripture link has the focus; returns its text. */
async function tabToScriptureLink(page: Page): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement?.matches('a[data-osis]') ? document.activeElement.textContent : null));
    if (text) return text;
  }
  throw new Error('no Scripture link was reached with Tab');
}

describe.skipIf(!hasChromium)('articles in Chromium', () => {
  const web = useBrowserSuite({ prepare: (testDb) => installSynthetic(testDb.database) });

  beforeAll(async () => {
    await web.app.articles.importSource(COMMAND_LINE, FIXTURE, { publish: true });
  });

  it('an article’s references are links; Tab to one shows its verse in a popover that describes it; Escape closes it', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/articles/he-always-lives-to-intercede`);
    expect(await page.locator('a[data-osis]').count()).toBe(4);
    expect(await page.locator('a[data-osis="Heb.7.25"]').first().getAttribute('href')).toBe('/bible/WEB/Heb/7#v25');
    expect(await tabToScriptureLink(page)).toBe('Hebrews 7:25');
    const popover = page.locator('#scripture-popover');
    await expect.poll(() => popover.textContent()).toContain('Therefore he is also able to save to the uttermost');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.getAttribute('role')).toBe('tooltip');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('scripture-popover');
    expect(await popover.textContent()).toContain('Hebrews 7:25 (WEB)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('aria-describedby'))).toBe(false);
    // Tab on to the next reference: its own verse.
    expect(await tabToScriptureLink(page)).toBe('Romans 8:34');
    await expect.poll(() => popover.textContent()).toContain('Who is he who condemns?');
    // Enter still follows the link: it works like any link.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bible\/WEB\/Rom\/8#v34$/);
    await page.close();
  });

  it('shows the verse on hover, and the link still opens the chapter without JavaScript', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/articles/he-always-lives-to-intercede`);
    await page.locator('a[data-osis="Isa.53.12"]').hover();
    await expect.poll(() => page.locator('#scripture-popover').textContent()).toContain('made intercession for the transgressors');
    await page.close();
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${web.base}/articles/he-always-lives-to-intercede`);
    await plain.locator('a[data-osis="Isa.53.12"]').click();
    await plain.waitForURL(/\/bible\/WEB\/Isa\/53#v12$/);
    expect(await plain.locator('h1').textContent()).toBe('Isaiah 53');
    await context.close();
  });

  for (const path of ['/articles', '/es/articles', '/articles/tags/intercession', '/es/articles/he-always-lives-to-intercede']) {
    it(`${path} passes axe with no serious violation`, async () => {
      const page = await web.browser.newPage();
      await page.goto(web.base + path);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the editor previews as the author types, flags an invalid reference, and passes axe', async () => {
    const context = await web.signedInContext({ roles: ['author'], name: 'Ann Author' });
    const page = await context.newPage();
    await page.goto(`${web.base}/write/articles/new`);
    await page.locator('#title').fill('Typed in the browser');
    await page.locator('#body').fill('Hebrews 7:25 and Romans 17:1.');
    await expect.poll(() => page.locator('#article-check-body').textContent(), { timeout: 10_000 }).toContain('Romans has 16 chapters');
    expect(await page.locator('#article-preview-body a[data-osis="Heb.7.25"]').count()).toBe(1);
    expect(await page.locator('#article-preview-body mark.scripture-invalid').textContent()).toBe('Romans 17:1');
    expect(await seriousViolations(page)).toEqual([]);
    // Saving goes through the ordinary form.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/write\/articles\/[0-9a-f-]+\?created$/);
    expect(await page.locator('.notification-banner').textContent()).toContain('Article created.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${web.base}/write/articles`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
