import { describe, expect, it } from 'vitest';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';
import type { TestDatabase } from '../harness/dialects.js';
import { seedTestimony } from '../factories/ministry.factory.js';
import { seedRequest } from '../factories/prayer-request.factory.js';

describe.skipIf(!hasChromium)('prayer wall in Chromium', () => {
  let prayFor: string;
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' }, prepare: seedWall });

  async function seedWall(testDb: TestDatabase): Promise<void> {
    const db = testDb.database.db;
    const now = Date.now();
    prayFor = await seedRequest(db, { text: 'Please pray for my father, who starts chemotherapy on Monday.', firstName: 'Grace', category: 'health', createdAt: new Date(now - 60_000) });
    await seedRequest(db, { text: 'Oren por mi matrimonio, por favor.', firstName: null, language: 'es', category: 'family', createdAt: new Date(now - 120_000), prayerCount: 3, visitorPrayerCount: 1 });
    const answered = await seedRequest(db, { text: 'Pray that I find work.', firstName: 'Sam', category: 'provision', status: 'answered', forWhom: 'my family', createdAt: new Date(now - 180_000), prayerCount: 5 });
    await seedTestimony(db, { requestId: answered, consent: true, status: 'approved', text: 'I start a new job next week. Thank you all.', at: new Date(now) });
    await seedRequest(db, { text: '<script>alert("x")</script><img src=x onerror=alert(1)>', firstName: 'Eve', createdAt: new Date(now - 240_000) });
  }

  for (const [path, heading, button, anonymous] of [
    ['/wall', 'Prayer wall', 'I prayed for the request from Grace', 'From Anonymous'],
    ['/es/wall', 'Muro de oración', 'He orado por la petición de Grace', 'De Anónimo'],
  ]) {
    it(`${path}: requests, an answered one with its testimony, "I prayed" without JavaScript, and no serious axe violation`, async () => {
      // The page carries no script of its own (axe itself needs the page's JavaScript engine to run).
      const context = await web.browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(web.base + path);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('.wall-card__name').allTextContents()).toContain(anonymous);
      expect(await page.locator('.wall-card--answered .wall-card__testimony').textContent()).toContain('I start a new job next week.');
      expect(await page.locator('.wall-card').filter({ hasText: 'alert' }).locator('.request-text').textContent()).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: button }).click();
      // Both languages pray for Grace from the same address: the second is thanked but not counted again.
      await page.waitForURL(/done=(prayed|again)/);
      const card = page.locator(`#wall-${prayFor}`);
      expect(await card.getByRole('status').textContent()).toMatch(/Thank you for praying|Gracias por orar/);
      expect(await card.locator('.wall-card__counts').textContent()).toMatch(/One visitor prayed|Un visitante oró/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('reaches "I prayed" by keyboard and keeps the wall readable at 400% zoom (320 CSS pixels wide)', async () => {
    const page = await web.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(web.base + '/wall');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('I prayed');
    }
    expect(reached).toBe(true);
    await page.close();
  });
});
