import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/auth/actor.js';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';
import type { TestDatabase } from '../harness/dialects.js';
import { seedFlag, seedTestimony } from '../factories/ministry.factory.js';
import { seedPrayer, seedRequest } from '../factories/prayer-request.factory.js';

describe.skipIf(!hasChromium)('ministry pages in Chromium', () => {
  let pastoralId: string;
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' }, prepare: seedMinistry });
  const signedIn = (roles: Role[]) => web.signedInContext({ roles, covenant: true });

  async function seedMinistry(testDb: TestDatabase): Promise<void> {
    const db = testDb.database.db;
    const now = Date.now();
    await seedRequest(db, { moderation: 'pending', text: 'Please pray for my daughter.', firstName: 'Lena' });
    const flagged = await seedRequest(db, { hidden: true, flagCount: 3, text: 'Buy cheap watches' });
    await seedFlag(db, { requestId: flagged, reason: 'Advertising', at: new Date(now) });
    await seedPrayer(db, { requestId: flagged, at: new Date(now), note: 'Call me on 555 123 4567', noteStatus: 'held' });
    const answered = await seedRequest(db, { status: 'answered', firstPrayedAt: new Date(now - 3_600_000), createdAt: new Date(now - 7_200_000), prayerCount: 2 });
    await seedTestimony(db, { requestId: answered, consent: true, at: new Date(now) });
    await seedRequest(db, { createdAt: new Date(now - 20 * 3_600_000), visibility: 'team' });
    pastoralId = await seedRequest(db, { visibility: 'pastoral', urgent: true, crisisKinds: ['self_harm'], text: 'I do not want to live any more.', email: 'someone@example.org' });
    for (let d = 0; d < 20; d += 3) await seedPrayer(db, { requestId: answered, at: new Date(now - d * 86_400_000), kind: d % 2 ? 'visitor' : 'team' });
  }

  const pages: Array<[Role[], string, string]> = [
    [['moderator', 'pastor'], '/moderation', 'Review queue'],
    [['pastor'], '/pastoral', 'Pastoral care'],
    [['pastor'], '/es/pastoral', 'Cuidado pastoral'],
    [['moderator'], '/coverage', 'Coverage'],
    [['moderator'], '/es/coverage', 'Cobertura'],
    [['admin'], '/admin/settings', 'Prayer settings'],
    [['admin'], '/es/admin/settings', 'Ajustes de oración'],
  ];
  for (const [roles, path, heading] of pages) {
    it(`${path} (${roles.join(', ')}): its heading, and axe finds no serious violation`, async () => {
      const context = await signedIn(roles);
      const page = await context.newPage();
      await page.goto(web.base + path);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('a pastoral request page and the settings form with errors pass axe too', async () => {
    const pastor = await signedIn(['pastor']);
    const page = await pastor.newPage();
    await page.goto(`${web.base}/pastoral/requests/${pastoralId}`);
    expect(await page.locator('.request-text').first().textContent()).toBe('I do not want to live any more.');
    expect(await seriousViolations(page)).toEqual([]);
    await pastor.close();

    const admin = await signedIn(['admin']);
    const form = await admin.newPage();
    await form.goto(`${web.base}/admin/settings`);
    await form.fill('#flagThreshold', '0');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.waitForLoadState();
    expect(await form.locator('.error-summary a').first().getAttribute('href')).toBe('#flagThreshold');
    expect(await seriousViolations(form)).toEqual([]);
    await admin.close();
  }, 60_000);
});
