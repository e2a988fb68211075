import { beforeAll, describe, expect, it } from 'vitest';
import { createChurches } from '../../src/content/churches/churches.js';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { churchFields, PLACES } from '../factories/church.factory.js';
import { BROWSER_SESSION_SECRET, hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

describe.skipIf(!hasChromium)('church directory in Chromium', () => {
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  beforeAll(async () => {
    // Published churches around Madrid and Chicago, entered and approved from the command line.
    const churches = createChurches({ db: web.testDb.database.db, audit: web.app.accounts.audit, counters: new MemoryCounterStore(), submitRateLimit: 0, sessionSecret: BROWSER_SESSION_SECRET });
    for (const [name, city, postalCode, country, latitude, longitude] of PLACES) {
      const street = country === 'US' ? '100 Main Street' : 'Calle Mayor 1';
      const { id } = await churches.submit(COMMAND_LINE, churchFields({ name, city, postalCode, country, street, latitude, longitude }), { clientAddress: '127.0.0.1', locale: 'en' });
      await churches.approve(COMMAND_LINE, id);
    }
  });

  it('a listing submitted through the form, approved by a moderator, is found by its city — every page passing axe', async () => {
    const visitor = await web.browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${web.base}/churches/new`);
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
    await page.waitForURL(`${web.base}/churches/new/thanks`);
    expect(await page.locator('h1').textContent()).toBe('Thank you');

    await page.goto(`${web.base}/churches?q=alcala`);
    expect(await page.locator('.church-card__name').allTextContents()).toEqual([]);

    const staff = await web.signedInContext({ roles: ['moderator'], covenant: true });
    const review = await staff.newPage();
    await review.goto(`${web.base}/moderation/churches`);
    expect(await review.locator('h1').textContent()).toBe('Church listings');
    expect(await seriousViolations(review)).toEqual([]);
    await review.getByRole('button', { name: 'Publish “Iglesia de Alcalá”', exact: true }).click();
    await review.waitForLoadState();
    expect(await review.locator('.notification-banner__title').textContent()).toBe('The listing is published.');

    await page.goto(`${web.base}/churches`);
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
    await review.goto(`${web.base}/moderation/churches`);
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
    const context = await web.browser.newContext({ permissions: ['geolocation'], geolocation: { latitude: 41.8781, longitude: -87.6298 }, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${web.base}/es/churches`);
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
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${web.base}/churches?q=toledo`);
    expect(await page.locator('#near-me').isVisible()).toBe(false);
    expect(await page.locator('.church-card__name').allTextContents()).toEqual(['Catedral de Toledo']);
    await context.close();
  }, 60_000);
});
