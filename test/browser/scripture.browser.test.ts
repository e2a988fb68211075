import { describe, expect, it } from 'vitest';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

describe.skipIf(!hasChromium)('Scripture pages in Chromium', () => {
  const web = useBrowserSuite({ prepare: (testDb) => installSynthetic(testDb.database) });

  it('goes from the passage box to the verse by keyboard, and the reader passes axe', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/bible`);
    await page.locator('#ref').focus();
    await page.keyboard.type('jn 3:16');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bible\/WEB\/John\/3#v16$/);
    expect(await page.locator('h1').textContent()).toBe('John 3');
    expect(await page.locator('#v16').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('explains a reference that does not exist beside the field, with the summary linking to it', async () => {
    const page = await web.browser.newPage();
    await page.goto(`${web.base}/bible/go?ref=John+22:1&translation=WEB`);
    expect(await page.locator('.error-summary a[href="#ref"]').textContent()).toContain('John has 21 chapters');
    expect(await page.locator('#ref').inputValue()).toBe('John 22:1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  for (const path of ['/search?q=intercession', '/es/search?q=intercede&translation=RV1909', '/topics', '/topics/INTERCESSION', '/es/bible']) {
    it(`${path} passes axe with no serious violation`, async () => {
      const page = await web.browser.newPage();
      await page.goto(web.base + path);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
