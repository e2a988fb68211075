import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, seriousViolations, serveForBrowser } from '../harness/browser.js';
import { createTestDatabase, type TestDatabase } from '../harness/dialects.js';

describe.skipIf(!hasChromium)('home page in Chromium', () => {
  let browser: Browser;
  let testDb: TestDatabase;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    ({ base, close } = await serveForBrowser(testDb));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await testDb?.dispose();
  });

  for (const [path, heading] of [
    ['/', 'You do not have to carry this alone'],
    ['/es', 'No tienes que cargar esto a solas'],
  ]) {
    it(`${path} shows its heading, reaches the main content by keyboard, and axe finds no serious violation`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await page.goto(base + path);
      expect(await page.locator('h1').textContent()).toBe(heading);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keeps the page usable at 400% zoom (320 CSS pixels wide): no horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(base + '/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
