import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createChurches } from '../../src/content/churches/churches.js';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { churchFields, PLACES } from '../factories/church.factory.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { hasChromium, launchBrowser, seriousViolations } from '../harness/browser.js';
import { createTestDatabase, type TestDatabase } from '../harness/dialects.js';

describe.skipIf(!hasChromium)('church directory in Chromium', () => {
  let browser: Browser;
  let testDb: TestDatabase;
  let base: string;
  let close: () => Promise<void>;
  let moderatorCookie: { name: string; value: string };

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    const config = loadConfig({ DATA_DIR: testDb.dataDir, SESSION_SECRET: 'browser-test-secret-long-enough-0123456789', RATE_LIMIT_PER_MINUTE: '0' });
    const app = await buildApp({ config, database: testDb.database, logger: false });
    // Published churches around Madrid and Chicago, entered and approved from the command line.
    const churches = createChurches({ db: testDb.database.db, audit: app.accounts.audit, counters: new MemoryCounterStore(), submitRateLimit: 0, sessionSecret: config.sessionSecret });
    for (const [name, city, postalCode, country, latitude, longitude] of PLACES) {
      const street = country === 'US' ? '100 Main Street' : 'Calle Mayor 1';
      const { id } = await churches.submit(COMMAND_LINE, churchFields({ name, city, postalCode, country, street, latitude, longitude }), { clientAddress: '127.0.0.1', locale: 'en' });
      await churches.approve(COMMAND_LINE, id);
    }
    const moderator = await createPerson(app, { roles: ['moderator'], covenant: true });
    moderatorCookie = await sessionCookieFor(app, moderator.id);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = () => app.close();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await testDb?.dispose();
  });

  it('a listing submitted through the form, approved by a moderator, is found by its city — every page passing axe', async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${base}/churches/new`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#name', 'Iglesia de Alcalá');
    await page.fill('#street', 'Calle Mayor');
    await page.fill('#city', 'Alcalá de Henares');
    await page.fill('#postalCode', '28801');
    await page.selectOption('#country', 'ES');
    await page.fill('#latitude', '40.4820');
    await page.fill('#longitude', '-3.3635');
    await page.fill('#serviceTimes', 'Domingo 11:00\nJueves 20:00');
    await page.getByLabel('Spanish').check();
    await page.getByLabel('Baptist').check();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.waitForLoadState();
    // No street number: the error summary links to the field, and nothing typed is lost.
    expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe('#street');
    expect(await page.inputValue('#city')).toBe('Alcalá de Henares');
    expect(await page.inputValue('#serviceTimes')).toBe('Domingo 11:00\nJueves 20:00');
    expect(await page.isChecked('text=Baptist >> xpath=preceding-sibling::input')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#street', 'Calle Mayor 12');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.waitForURL(`${base}/churches/new/thanks`);
    expect(await page.locator('h1').textContent()).toBe('Thank you');

    await page.goto(`${base}/churches?q=alcala`);
    expect(await page.locator('.church-card__name').allTextContents()).toEqual([]);

    const staff = await browser.newContext();
    await staff.addCookies([{ ...moderatorCookie, domain: '127.0.0.1', path: '/' }]);
    const review = await staff.newPage();
    await review.goto(`${base}/moderation/churches`);
    expect(await review.locator('h1').textContent()).toBe('Church listings');
    expect(await seriousViolations(review)).toEqual([]);
    await review.getByRole('button', { name: 'Publish “Iglesia de Alcalá”', exact: true }).click();
    await review.waitForLoadState();
    expect(await review.locator('.notification-banner__title').textContent()).toBe('The listing is published.');

    await page.goto(`${base}/churches`);
    await page.fill('#q', 'Alcala de Henares');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForLoadState();
    expect(await page.locator('.church-card__name').allTextContents()).toEqual(['Iglesia de Alcalá']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Iglesia de Alcalá' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Iglesia de Alcalá');
    expect(await seriousViolations(page)).toEqual([]);

    // A moderator's edit with a mistake: the errors are as accessible as the public form's.
    await review.goto(`${base}/moderation/churches`);
    await review.getByRole('link', { name: 'Edit “Iglesia de Alcalá”' }).click();
    await review.waitForLoadState();
    await review.fill('#latitude', '123');
    await review.getByRole('button', { name: 'Save changes' }).click();
    await review.waitForLoadState();
    expect(await review.locator('.error-summary a').first().getAttribute('href')).toBe('#latitude');
    expect(await seriousViolations(review)).toEqual([]);
    await visitor.close();
    await staff.close();
  }, 90_000);

  it('"Use my location" sorts churches nearest first, with their distance', async () => {
    const context = await browser.newContext({ permissions: ['geolocation'], geolocation: { latitude: 41.8781, longitude: -87.6298 }, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${base}/es/churches`);
    const button = page.getByRole('button', { name: 'Usar mi ubicación' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForURL(/lat=41\.8781&lng=-87\.6298/);
    const names = await page.locator('.church-card__name').allTextContents();
    expect(names.slice(0, 3)).toEqual(['Holy Name Cathedral', 'Moody Church', 'First Baptist Evanston']);
    expect(await page.locator('.church-card__distance').first().textContent()).toMatch(/^a \d+(,\d)? km$/);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('without JavaScript the near-me button stays hidden and text search works', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/churches?q=toledo`);
    expect(await page.locator('#near-me').isVisible()).toBe(false);
    expect(await page.locator('.church-card__name').allTextContents()).toEqual(['Catedral de Toledo']);
    await context.close();
  }, 60_000);
});
