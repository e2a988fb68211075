import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

const LOCALES = [
  {
    locale: 'en',
    path: '/pray',
    errorTitle: 'There is a problem',
    textError: 'Enter what you would like us to pray for',
    text: 'Please pray for my father, who is in hospital.',
    left: /characters left/,
    received: 'Your prayer request has been received',
  },
  {
    locale: 'es',
    path: '/es/pray',
    errorTitle: 'Hay un problema',
    textError: 'Escribe por qué quieres que oremos',
    text: 'Oren por mi padre, que está en el hospital.',
    left: /Quedan .* caracteres/,
    received: 'Hemos recibido tu petición de oración',
  },
] as const;

describe.skipIf(!hasChromium)('/pray in Chromium', () => {
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' } });

  const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName ?? '', value: (document.activeElement as HTMLInputElement | null)?.value ?? '' }));

  for (const l of LOCALES) {
    it(`${l.path}: an empty submit gives an error summary that links to the field; the form is then filled and sent by keyboard alone; axe finds no serious violation`, async () => {
      const page = await web.browser.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      await page.goto(web.base + l.path);
      expect(await page.locator('html').getAttribute('lang')).toBe(l.locale);
      expect(await seriousViolations(page)).toEqual([]);

      // Send the empty form from the keyboard: focus the button, press Enter.
      await page.focus('button[type=submit]');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(await page.locator('.error-summary__title').textContent()).toBe(l.errorTitle);
      // Chromium logs the 400 of a refused form as a console error; that one is expected.
      expect(errors.splice(0)).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
      expect(await focused(page)).toMatchObject({ tag: 'DIV' });
      expect(await seriousViolations(page)).toEqual([]);
      const link = page.locator('.error-summary__list a', { hasText: l.textError });
      expect(await link.getAttribute('href')).toBe('#text');
      await link.focus();
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('text');

      // Fill everything by keyboard, in the order the fields come.
      await page.keyboard.type(l.text);
      expect(await page.locator('#text-count').textContent()).toMatch(l.left);
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('forWhom');
      await page.keyboard.type(l.locale === 'en' ? 'my father' : 'mi padre');
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('category');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatchObject({ value: 'health' });
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('visibility');
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toMatchObject({ value: 'team' });
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('firstName');
      await page.keyboard.type('Sam');
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('email');
      await page.keyboard.type('sam@example.org');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ value: l.locale });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'BUTTON' });
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

      expect(page.url()).toMatch(/\/r\/pr_[0-9a-f]{16}[A-Za-z0-9_-]{43}\?new=1$/);
      expect(await page.locator('h1').textContent()).toBe(l.received);
      const privateLink = await page.locator('#private-link').textContent();
      expect(privateLink).toBe(page.url().replace('?new=1', '').replace(web.base, 'http://localhost:3000'));
      expect(await page.locator('.request-text').first().textContent()).toBe(l.text);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows crisis resources first, before the private link', async () => {
    const page = await web.browser.newPage();
    await page.goto(web.base + '/pray');
    await page.fill('#text', 'I cannot go on. I am going to kill myself tonight.');
    await page.check('#category');
    await page.check('#visibility');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    const order = await page.evaluate(() => [...document.querySelectorAll('main > *')].map((el) => el.className).slice(0, 2));
    expect(order).toEqual(['crisis-panel', 'confirmation-panel']);
    expect(await page.locator('.crisis-panel').textContent()).toContain('988');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
