import { beforeEach, expect, it } from 'vitest';
import { createAccounts } from '../../src/accounts/accounts.js';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { enqueue } from '../../src/platform/jobs/outbox.repository.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { LifecycleService } from '../../src/prayer/lifecycle/lifecycle.service.js';
import { SettingsRepository } from '../../src/prayer/settings/settings.repository.js';
import { uniqueEmail } from '../harness/accounts.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { CapturingMailer, ManualClock, prayerWorker, TEST_BASE_URL } from './jobs-harness.js';
import { clearPrayerRows, insertCommitment, insertRequest, insertUpdate } from './prayer-rows.js';

const DAY = 86_400_000;

describeEachDialect('the request lifecycle', (get) => {
  let clock: ManualClock;
  const db = () => get().database.db;
  const service = () => new LifecycleService({ db: db(), settings: new SettingsRepository(db()) });
  const row = (id: string) => db().selectFrom('prayer_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeEach(async () => {
    await clearPrayerRows(db());
    clock = new ManualClock();
  });

  it('expires requests whose time ran out and ends their commitments, once', async () => {
    const accounts = createAccounts({ db: db(), mailer: new MemoryMailer(), counters: new MemoryCounterStore(), baseUrl: TEST_BASE_URL });
    const intercessor = await accounts.users.create(COMMAND_LINE, { email: uniqueEmail('intercessor'), roles: ['intercessor'], name: 'Ruth' });
    const due = await insertRequest(db(), clock.now(), { expires_at: new Date(clock.current.getTime() - 1).toISOString() });
    const later = await insertRequest(db(), clock.now());
    const commitment = await insertCommitment(db(), due, intercessor.id, new Date(clock.current.getTime() - 2 * DAY), 30);
    expect(await service().run(clock.now())).toMatchObject({ expired: 1 });
    expect((await row(due)).status).toBe('expired');
    expect((await row(later)).status).toBe('active');
    const c = await db().selectFrom('commitments').selectAll().where('id', '=', commitment).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ ended_at: clock.now().toISOString(), end_reason: 'expired' });
    expect(await service().run(clock.now())).toMatchObject({ expired: 0 });
  });

  it('purges personal data purgeAfterDays after a request closed, was answered or expired — not before, and once', async () => {
    await new SettingsRepository(db()).savePrayer({ purgeAfterDays: 90 }, null);
    const at = (daysAgo: number) => new Date(clock.current.getTime() - daysAgo * DAY).toISOString();
    const closed = await insertRequest(db(), clock.now(), { status: 'closed', closed_at: at(91) });
    const answered = await insertRequest(db(), clock.now(), { status: 'answered', answered_at: at(90) });
    const expired = await insertRequest(db(), clock.now(), { status: 'expired', expires_at: at(95) });
    const recent = await insertRequest(db(), clock.now(), { status: 'closed', closed_at: at(89) });
    const active = await insertRequest(db(), new Date(at(200)), { expires_at: new Date(clock.current.getTime() + DAY).toISOString() });
    await insertUpdate(db(), closed, new Date(at(100)), 'update', 'My sister Ana moved in with us');
    expect(await service().run(clock.now())).toMatchObject({ purged: 3 });
    for (const id of [closed, answered, expired]) {
      expect(await row(id)).toMatchObject({ text: null, public_text: null, first_name: null, email: null, for_whom: null, purged_at: clock.now().toISOString() });
    }
    const update = await db().selectFrom('request_updates').select('text').where('request_id', '=', closed).executeTakeFirstOrThrow();
    expect(update.text).toBeNull();
    // Counts and the shape of the request stay.
    expect(await row(closed)).toMatchObject({ status: 'closed', category: 'health' });
    for (const id of [recent, active]) expect((await row(id)).text).not.toBeNull();
    expect(await service().run(clock.now())).toMatchObject({ purged: 0 });
    clock.advance(DAY);
    expect(await service().run(clock.now())).toMatchObject({ purged: 1 });
    expect((await row(recent)).email).toBeNull();
  });

  it('prunes delivered outbox rows after 30 days and failed ones after 90', async () => {
    const iso = (daysAgo: number) => new Date(clock.current.getTime() - daysAgo * DAY).toISOString();
    for (const [topic, delivered, failed] of [
      ['old.delivered', iso(31), null],
      ['new.delivered', iso(29), null],
      ['old.failed', null, iso(91)],
      ['new.failed', null, iso(60)],
      ['pending', null, null],
    ] as const) {
      await enqueue(db(), { topic, payload: {} }, new Date(iso(100)));
      await db().updateTable('outbox').set({ delivered_at: delivered, failed_at: failed }).where('topic', '=', topic).execute();
    }
    expect(await service().run(clock.now())).toMatchObject({ pruned: 2 });
    const left = await db().selectFrom('outbox').select('topic').orderBy('topic').execute();
    expect(left.map((r) => r.topic)).toEqual(['new.delivered', 'new.failed', 'pending']);
  });

  it('runs hourly from the worker', async () => {
    const due = await insertRequest(db(), clock.now(), { expires_at: new Date(clock.current.getTime() + 30 * 60_000).toISOString() });
    const accounts = createAccounts({ db: db(), mailer: new MemoryMailer(), counters: new MemoryCounterStore(), baseUrl: TEST_BASE_URL });
    const worker = prayerWorker(db(), { mailer: new CapturingMailer(), clock, accounts });
    await worker.drain();
    expect((await row(due)).status).toBe('active');
    clock.advance(3600_000);
    await worker.drain();
    expect((await row(due)).status).toBe('expired');
  });
});
