import { describe, expect, it } from 'vitest';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

describe.skipIf(!hasChromium)('home page in Chromium', () => {
  const web = useBrowserSuite();

  for (const [path, heading] of [
    ['/', 'You do not have to carry this alone'],
    ['/es', 'No tienes que cargar esto a solas'],
  ]) {
    it(`${path} shows its heading, reaches the main content by keyboard, and axe finds no serious violation`, async () => {
      const page = await web.browser.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await page.goto(web.base + path);
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
    const page = await web.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(web.base + '/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
