import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { failingInsertInto, testRequests } from '../../../test/harness/prayer-requests.js';
import { ANONYMOUS, COMMAND_LINE } from '../../platform/auth/actor.js';
import { actorFor } from '../../accounts/user-actor.js';
import type { Accounts } from '../../accounts/accounts.js';
import type { TestClock } from '../../../test/harness/accounts-services.js';
import { IntakeService } from './intake.service.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { SubmitRateLimiter } from './submit-rate-limit.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import type { PrayerRequests } from './requests.js';

describeEachDialect('prayer requests: intake', (get) => {
  let requests: PrayerRequests;
  let accounts: Accounts;
  let clock: TestClock;
  const db = () => get().database.db;
  const context = { clientAddress: '10.0.0.1', locale: 'en' as const };

  beforeAll(() => {
    ({ requests, accounts, clock } = testRequests(db()));
  });

  it('stores the request and its events in one transaction: if the event cannot be written, neither is the request', async () => {
    const broken = db().withPlugin(failingInsertInto('outbox'));
    const intake = new IntakeService({
      db: broken,
      settings: new SettingsRepository(broken),
      limiter: new SubmitRateLimiter(new MemoryCounterStore(), 0),
      baseUrl: 'https://prayer.example.org',
      clock: clock.clock,
    });
    const before = await db().selectFrom('prayer_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(intake.submit(ANONYMOUS, { text: 'Pray for me', category: 'fear', visibility: 'team', email: 'fear@example.org' }, context)).rejects.toThrow(/insert into outbox refused/);
    const after = await db().selectFrom('prayer_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('sets the expiry from the ministry settings and records who submitted when signed in', async () => {
    await new SettingsRepository(db()).savePrayer({ expiryDays: 10 }, null);
    const pastor = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'intake.pastor@example.org', roles: ['pastor'], acceptCovenant: true }), 'session');
    const result = await requests.intake.submit(pastor, { text: 'A request taken by phone', category: 'family', visibility: 'pastoral' }, context);
    expect(result.request.submittedBy).toBe(pastor.id);
    expect(Date.parse(result.request.expiresAt) - clock.now.getTime()).toBe(10 * 86_400_000);
    expect(await requests.repository.findById(result.request.id)).toEqual(result.request);
    await new SettingsRepository(db()).savePrayer({ expiryDays: 30 }, null);
  });

  it('limits the public per address, but not the signed-in prayer team entering requests', async () => {
    const limited = testRequests(db(), { submitRateLimit: 1 }).requests;
    const body = { text: 'Pray', category: 'other', visibility: 'team' };
    await limited.intake.submit(ANONYMOUS, body, { clientAddress: '10.5.0.1', locale: 'en' });
    await expect(limited.intake.submit(ANONYMOUS, body, { clientAddress: '10.5.0.1', locale: 'en' })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const pastor = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'intake.phone@example.org', roles: ['pastor'], acceptCovenant: true }), 'session');
    for (let i = 0; i < 3; i++) await limited.intake.submit(pastor, body, { clientAddress: '10.5.0.1', locale: 'en' });
  });

  it('counts crisis language about the person prayed for ("for whom") as crisis', async () => {
    const result = await requests.intake.submit(ANONYMOUS, { text: 'Please pray for her', forWhom: 'my sister, who wants to kill herself', category: 'family', visibility: 'public' }, context);
    expect(result.crisis?.kinds).toContain('self_harm');
    expect(result.request).toMatchObject({ visibility: 'pastoral', urgent: true, moderation: 'not_required' });
  });
});
