/**
 * Real Chromium for browser tests (Debian's /usr/bin/chromium driven by playwright-core), plus axe-core.
 * Where no Chromium exists the tests are skipped, and the reason is printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Mailer } from '../../src/platform/mail/mailer.js';
import { createPerson, sessionCookieFor } from './accounts.js';
import { createTestDatabase, type TestDatabase } from './dialects.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM_REASON = `browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package or set CHROMIUM_PATH)`;

if (!hasChromium) process.stdout.write(`\n${NO_CHROMIUM_REASON}\n`);

/** Launches headless Chromium with the flags this sandboxed, offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the driver: our CSP (rightly) refuses an inline <script> carrying axe.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The session secret of apps served for browser tests (tests that sign tokens themselves need it). */
export const BROWSER_SESSION_SECRET = 'browser-test-secret-long-enough-0123456789';

/** Serves the whole app on a test database at a free local port, for Chromium to open; `env` adds to the test configuration. */
export async function serveForBrowser(
  testDb: TestDatabase,
  env: Record<string, string> = {},
  mailer?: Mailer,
): Promise<{ app: FastifyInstance; base: string; close: () => Promise<void> }> {
  const config = loadConfig({ DATA_DIR: testDb.dataDir, SESSION_SECRET: BROWSER_SESSION_SECRET, ...env });
  const app = await buildApp({ config, database: testDb.database, logger: false, mailer });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => app.close() };
}

/** What a browser suite shares between its tests; filled in before the first test runs. */
export interface BrowserSuite {
  testDb: TestDatabase;
  app: FastifyInstance;
  /** The served app's address, e.g. `http://127.0.0.1:40123`. */
  base: string;
  browser: Browser;
  /** A new browser context signed in (by session cookie, without the form) as a new person. */
  signedInContext(person: Parameters<typeof createPerson>[1]): Promise<BrowserContext>;
}

/**
 * Declares, in the enclosing describe, the hooks that give its tests a fresh SQLite database (`prepare`
 * runs on it before the app starts), the app served on it, and Chromium — all closed after the block.
 */
export function useBrowserSuite(options: { env?: Record<string, string>; mailer?: Mailer; prepare?: (testDb: TestDatabase) => Promise<unknown> } = {}): BrowserSuite {
  let close: (() => Promise<void>) | undefined;
  const suite = {
    async signedInContext(person) {
      const user = await createPerson(suite.app, person);
      const cookie = await sessionCookieFor(suite.app, user.id);
      const context = await suite.browser.newContext();
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: suite.base }]);
      return context;
    },
  } as BrowserSuite;
  beforeAll(async () => {
    suite.testDb = await createTestDatabase('sqlite');
    await options.prepare?.(suite.testDb);
    const served = await serveForBrowser(suite.testDb, options.env, options.mailer);
    ({ app: suite.app, base: suite.base, close } = served);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await close?.();
    await suite.testDb?.dispose();
  });
  return suite;
}
