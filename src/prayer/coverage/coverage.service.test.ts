import { beforeAll, expect, it } from 'vitest';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../../platform/auth/actor.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { testAccounts } from '../../../test/harness/accounts-services.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { seedPrayer, seedRequest } from '../../../test/factories/prayer-request.factory.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { presentCoverage } from './coverage.presenter.js';
import { CoverageService } from './coverage.service.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describeEachDialect('coverage figures', (get, kind) => {
  const db = () => get().database.db;
  let coverage: CoverageService;
  let moderator: UserActor;
  let ids: Record<string, string>;

  beforeAll(async () => {
    const { accounts } = testAccounts(db());
    coverage = new CoverageService({ db: db(), kind, clock: () => NOW });
    moderator = await createIntercessor(accounts, { roles: ['moderator'] });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createIntercessor(accounts)));

    // Prayed for within the last 7 days, after 1…10 hours; and 10 days ago after 11…20 hours; and long ago.
    for (let h = 1; h <= 10; h++) await seedRequest(db(), { createdAt: ago(2 * DAY + h * HOUR), firstPrayedAt: ago(2 * DAY), prayerCount: 1 }, NOW);
    for (let h = 11; h <= 20; h++) await seedRequest(db(), { createdAt: ago(10 * DAY + h * HOUR), firstPrayedAt: ago(10 * DAY), prayerCount: 1 }, NOW);
    await seedRequest(db(), { createdAt: ago(50 * DAY), firstPrayedAt: ago(40 * DAY), prayerCount: 1 }, NOW);

    // Waiting: two past the 12-hour target (one urgent and pastoral), one within it; the rest are not in the pool.
    ids = {
      fresh: await seedRequest(db(), { createdAt: ago(2 * HOUR), moderation: 'pending' }, NOW),
      overdue: await seedRequest(db(), { createdAt: ago(20 * HOUR), visibility: 'team', coverageAlertedAt: ago(8 * HOUR) }, NOW),
      urgent: await seedRequest(db(), { createdAt: ago(15 * HOUR), visibility: 'pastoral', urgent: true, crisisKinds: ['danger'] }, NOW),
    };
    await seedRequest(db(), { createdAt: ago(30 * HOUR), hidden: true }, NOW);
    await seedRequest(db(), { createdAt: ago(30 * HOUR), moderation: 'rejected' }, NOW);
    await seedRequest(db(), { createdAt: ago(30 * HOUR), status: 'expired' }, NOW);
    await seedRequest(db(), { createdAt: ago(31 * DAY), expiresAt: ago(HOUR) }, NOW);
    await seedRequest(db(), { createdAt: ago(30 * HOUR), status: 'answered' }, NOW);
    await seedRequest(db(), { createdAt: ago(30 * HOUR), status: 'deleted', text: null }, NOW);

    // Prayers: today, five days ago, the first hour of the series' first day, and just before the series.
    const r = ids.fresh;
    await seedPrayer(db(), { requestId: r, userId: a.id, at: ago(HOUR) });
    await seedPrayer(db(), { requestId: r, userId: b.id, at: ago(2 * HOUR) });
    await seedPrayer(db(), { requestId: r, kind: 'visitor', at: ago(3 * HOUR) });
    for (let i = 0; i < 3; i++) await seedPrayer(db(), { requestId: r, userId: a.id, at: ago(5 * DAY + i * HOUR) });
    await seedPrayer(db(), { requestId: r, userId: c.id, at: new Date('2026-02-09T00:30:00.000Z') });
    await seedPrayer(db(), { requestId: r, userId: c.id, at: new Date('2026-02-08T23:30:00.000Z') });
  });

  it('is for moderators, pastors and admins', async () => {
    const { accounts } = testAccounts(db());
    await expect(coverage.report(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(coverage.report(await createIntercessor(accounts))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const roles of [['pastor'], ['admin']] as const) await expect(coverage.report(await createIntercessor(accounts, { roles: [...roles], covenant: false }))).resolves.toBeTruthy();
    await expect(coverage.report(COMMAND_LINE)).resolves.toBeTruthy();
  });

  it('counts requests waiting for a first prayer as the dispatcher sees the pool, and those past the target', async () => {
    const report = await coverage.report(moderator);
    expect(report.coverageTargetHours).toBe(12);
    expect(report.waiting).toEqual({ count: 3, oldestCreatedAt: ago(20 * HOUR).toISOString(), oldestWaitSeconds: 20 * 3600, overTarget: 2 });
    expect(report.overdue.map((o) => [o.id, o.waitSeconds, o.urgent, o.alertedAt !== null])).toEqual([
      [ids.overdue, 20 * 3600, false, true],
      [ids.urgent, 15 * 3600, true, false],
    ]);
    // No text leaves, not even for requests the reader could read.
    expect(JSON.stringify(presentCoverage(report))).not.toContain('mother');
  });

  it('follows the coverage target setting', async () => {
    await new SettingsRepository(db()).savePrayer({ coverageTargetHours: 18 }, null, NOW);
    try {
      const report = await coverage.report(moderator);
      expect(report.waiting.overTarget).toBe(1);
      expect(report.overdue.map((o) => o.id)).toEqual([ids.overdue]);
    } finally {
      await new SettingsRepository(db()).savePrayer({ coverageTargetHours: 12 }, null, NOW);
    }
  });

  it('computes time to first prayer as nearest-rank p50/p95 over 7 and 30 days, the same on every database', async () => {
    const { firstPrayer } = await coverage.report(moderator);
    expect(firstPrayer.last7Days).toEqual({ count: 10, p50: 5 * 3600, p95: 10 * 3600, max: 10 * 3600 });
    expect(firstPrayer.last30Days).toEqual({ count: 20, p50: 10 * 3600, p95: 19 * 3600, max: 20 * 3600 });
  });

  it('counts prayers per UTC day over 30 whole days (zeros included) and intercessors active this week', async () => {
    const report = await coverage.report(moderator);
    expect(report.prayersPerDay).toHaveLength(30);
    expect(report.prayersPerDay[0]).toEqual({ day: '2026-02-09', team: 1, visitor: 0 });
    expect(report.prayersPerDay[29]).toEqual({ day: '2026-03-10', team: 2, visitor: 1 });
    expect(report.prayersPerDay.find((d) => d.day === '2026-03-05')).toEqual({ day: '2026-03-05', team: 3, visitor: 0 });
    expect(report.prayersPerDay.reduce((n, d) => n + d.team + d.visitor, 0)).toBe(7);
    expect(report.activeIntercessors).toBe(2);
  });

  it('answers a quiet month with zeros and nulls', async () => {
    // Years later: nothing prayed for lately, and every request has long expired out of the pool.
    const empty = new CoverageService({ db: db(), kind, clock: () => new Date('2031-01-01T00:00:00.000Z') });
    const report = await empty.report(moderator);
    expect(report.firstPrayer.last7Days).toEqual({ count: 0, p50: null, p95: null, max: null });
    expect(report.waiting).toEqual({ count: 0, oldestCreatedAt: null, oldestWaitSeconds: null, overTarget: 0 });
    expect(report.prayersPerDay.every((d) => d.team === 0 && d.visitor === 0)).toBe(true);
  });
});
