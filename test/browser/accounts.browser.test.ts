import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { createPerson, GOOD_PASSWORD, uniqueEmail } from '../harness/accounts.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';
import { MemoryMailer } from '../harness/mail.js';

describe.skipIf(!hasChromium)('accounts pages in Chromium', () => {
  const mailer = new MemoryMailer();
  let adminEmail: string;
  let adminId: string;
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' }, mailer });

  beforeAll(async () => {
    const admin = await createPerson(web.app, { roles: ['admin', 'intercessor', 'pastor'], name: 'Grace Admin', covenant: true });
    adminEmail = admin.email;
    adminId = admin.id;
  });

  /** A fresh browser session; `signedIn` signs in through the real form first. */
  async function open(signedIn: string | null): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    // A form re-shown with errors answers 400, which Chromium reports; anything else is a real error.
    page.on('console', (msg) => msg.type() === 'error' && !/Failed to load resource: .* (400|401|403|410)/.test(msg.text()) && errors.push(msg.text()));
    if (signedIn) {
      await page.goto(`${web.base}/login`);
      await page.getByLabel('Email address').fill(signedIn);
      await page.getByLabel('Password').fill(GOOD_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${web.base}/account`);
    }
    return { context, page, errors };
  }

  async function expectAccessible(page: Page, heading: string | RegExp): Promise<void> {
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(heading);
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('signs in by keyboard alone; a failed attempt focuses an error summary that links to the field', async () => {
    const { context, page, errors } = await open(null);
    await page.goto(`${web.base}/login`);
    await expectAccessible(page, 'Sign in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe('Error: Sign in · Intercede');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectAccessible(page, 'Sign in');
    await page.getByRole('link', { name: 'Enter your email address' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type(adminEmail);
    await page.keyboard.press('Tab');
    await page.keyboard.type(GOOD_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.base}/account`);
    await expectAccessible(page, 'Your account');
    expect(errors).toEqual([]);
    await context.close();
  });

  describe('signed in as an admin', () => {
    let session: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      session = await open(adminEmail);
    });
    afterAll(() => session?.context.close());

    for (const [path, heading] of [
      ['/account', 'Your account'],
      ['/es/account', 'Tu cuenta'],
      ['/account/password', 'Change your password'],
      ['/account/tokens', 'API tokens'],
      ['/covenant', 'The confidentiality covenant'],
      ['/es/covenant', 'El compromiso de confidencialidad'],
      ['/admin', 'People'],
      ['/es/admin', 'Personas'],
      ['/admin/invite', 'Invite someone'],
      ['/admin/audit', 'Audit log'],
      ['/logout', 'Sign out'],
    ] as const) {
      it(`${path} has no serious axe violation`, async () => {
        await session.page.goto(web.base + path);
        await expectAccessible(session.page, heading);
        expect(session.errors).toEqual([]);
      });
    }
  });

  it('an admin’s person page, with a role form and history, has no serious axe violation, and fits 320 px', async () => {
    const person = await createPerson(web.app, { roles: ['intercessor'], name: 'Ruth' });
    await web.app.accounts.users.changeRoles(COMMAND_LINE, { userId: person.id, roles: ['intercessor', 'moderator'] });
    const { context, page } = await open(adminEmail);
    await page.goto(`${web.base}/admin/people/${person.id}`);
    await expectAccessible(page, 'Ruth');
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [`/admin/people/${person.id}`, '/admin', '/admin/audit', '/account']) {
      await page.goto(web.base + path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Tables may scroll inside their own focusable region; nothing else may stick out.
        const wide = [...document.querySelectorAll('main *')].filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > width + 1).map((e) => `${e.tagName}.${e.className}`);
        return { by: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
      });
      expect(overflow, path).toEqual({ by: 0, wide: [] });
    }
    await page.goto(`${web.base}/admin/people/${person.id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${web.base}/admin/people/${adminId}`);
    expect(await page.getByText('You cannot deactivate your own account.').count()).toBe(1);
    await context.close();
  });

  it('the invitation form shows errors beside fields and keeps the name; the invitee lands on the covenant', async () => {
    const email = uniqueEmail('browser');
    await web.app.accounts.invitations.send(COMMAND_LINE, { email, roles: ['intercessor'], locale: 'es' });
    const link = mailer.linkTo(email, '/invite/');
    const { context, page, errors } = await open(null);
    await page.goto(web.base + link);
    await expectAccessible(page, 'Únete al equipo de oración');
    await page.getByLabel('Tu nombre').fill('Marta');
    await page.getByLabel('Contraseña').fill('corta');
    await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#password-error').textContent()).toContain('Tu contraseña debe tener 10 caracteres o más');
    expect(await page.getByLabel('Tu nombre').inputValue()).toBe('Marta');
    await expectAccessible(page, 'Únete al equipo de oración');
    await page.getByLabel('Contraseña').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
    await page.waitForURL(/\/es\/covenant\?next=/);
    await page.getByLabel('He leído el compromiso y prometo cumplirlo').check();
    await page.getByRole('button', { name: 'Aceptar el compromiso' }).click();
    await page.waitForURL(/\/es\/account\?done=welcome/);
    await expectAccessible(page, 'Tu cuenta');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reset, link-expired and CSRF pages have no serious axe violation', async () => {
    const { context, page } = await open(null);
    await page.goto(`${web.base}/reset`);
    await expectAccessible(page, 'Reset your password');
    await page.getByLabel('Email address').fill(adminEmail);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.waitForLoadState();
    await expectAccessible(page, 'Check your email');
    await page.goto(`${web.base}/reset/${'0'.repeat(16)}${'A'.repeat(43)}`);
    await expectAccessible(page, 'This link does not work');
    await page.goto(`${web.base}/login`);
    await context.clearCookies();
    await page.getByLabel('Email address').fill(adminEmail);
    await page.getByLabel('Password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    await expectAccessible(page, 'This page has expired');
    await page.getByRole('link', { name: 'Reload the page' }).click();
    await page.waitForURL(`${web.base}/login`);
    await context.close();
  });

  it('a new API token page (token shown once) has no serious axe violation', async () => {
    const { context, page } = await open(adminEmail);
    await page.goto(`${web.base}/account/tokens`);
    await page.getByLabel('Name').fill('browser script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#new-token').textContent()).toMatch(/^ict_/);
    await expectAccessible(page, 'API tokens');
    await context.close();
  });
});
