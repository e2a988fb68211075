import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { createPerson, GOOD_PASSWORD } from '../harness/accounts.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';
import { clearIntercession } from '../factories/intercession.fixture.js';
import { seedRequest } from '../factories/prayer-request.factory.js';

describe.skipIf(!hasChromium)('the prayer session in Chromium', () => {
  const web = useBrowserSuite({ prepare: (testDb) => installSynthetic(testDb.database) });

  /** Presses Tab until the element with `id` has focus (at most `limit` times); fails otherwise. */
  async function tabTo(page: Page, id: string, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  }

  it('signs in, prays through a request by keyboard with a note and a verse, and axe finds no serious violation', async () => {
    const person = await createPerson(web.app, { roles: ['intercessor'], covenant: true });
    await seedRequest(web.testDb.database.db, { firstName: 'Grace', category: 'grief', text: 'My father died last week. Please pray for our family.' });
    const page = await web.browser.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));

    await page.goto(`${web.base}/login?next=%2Fintercede`);
    await page.fill('#email', person.email);
    await page.fill('#password', GOOD_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.base}/intercede`);
    expect(await page.locator('h1').textContent()).toBe('Pray for Grace');
    expect(await page.locator('.prayer-request blockquote').textContent()).toContain('My father died last week');
    const verses = await page.locator('.scriptures li').count();
    expect(verses).toBeGreaterThanOrEqual(3);
    expect(verses).toBeLessThanOrEqual(5);
    expect(await seriousViolations(page)).toEqual([]);
    // Readable at 400% zoom (320 CSS pixels wide): nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Keyboard only, from the top of the page: the note, the verse, then the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await tabTo(page, 'note');
    await page.keyboard.type('The Lord is close to the brokenhearted. We are praying for you.');
    // The character count is announced politely as the note grows.
    expect(await page.locator('#note-count').textContent()).toBe('437 characters left');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verse');
    await page.keyboard.type('Psalm 34:18');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('I prayed');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.base}/intercede?done=prayed`);
    expect(await page.locator('.notification-banner__title').textContent()).toBe('Thank you for praying');
    expect(await page.locator('h1').textContent()).toBe('Everyone has been prayed for right now');
    expect(await seriousViolations(page)).toEqual([]);

    const prayer = await web.testDb.database.db.selectFrom('prayers').select(['note', 'verse_osis', 'note_status']).executeTakeFirstOrThrow();
    expect(prayer).toEqual({ note: 'The Lord is close to the brokenhearted. We are praying for you.', verse_osis: 'Ps.34.18', note_status: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a field error in the error summary, focused, and keeps the commitments page accessible, in Spanish', async () => {
    await clearIntercession(web.testDb.database.db);
    const person = await createPerson(web.app, { roles: ['intercessor'], covenant: true });
    await seedRequest(web.testDb.database.db, { firstName: 'Pablo', category: 'provision', language: 'es', text: 'Necesito trabajo.' });
    const page = await web.browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${web.base}/es/login?next=%2Fintercede`);
    await page.fill('#email', person.email);
    await page.fill('#password', GOOD_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.base}/es/intercede`);
    // A Spanish request is given only to someone who prays in Spanish: this person prays in English.
    expect(await page.locator('h1').textContent()).toBe('Ahora mismo se ha orado por todos');
    await web.app.accounts.users.updateProfile(
      { kind: 'user', id: person.id, email: person.email, name: person.name, roles: person.roles, locale: 'es', covenantAcceptedAt: person.covenantAcceptedAt, via: 'session' },
      { userId: person.id, name: 'Test Person', locale: 'es', languages: ['es'], notifications: [] },
    );
    await page.goto(`${web.base}/es/intercede`);
    expect(await page.locator('h1').textContent()).toBe('Ora por Pablo');
    await page.fill('#days', 'noventa');
    await page.locator('#days').press('Enter');
    await page.waitForLoadState();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await page.locator('.error-summary a').textContent()).toBe('Escribe un número entero de días, de 1 a 90');
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#days', '3');
    await page.locator('#days').press('Enter');
    await page.waitForURL(/done=committed/);
    await page.goto(`${web.base}/es/intercede/commitments`);
    expect(await page.locator('.commitment__title').textContent()).toContain('Pablo');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
