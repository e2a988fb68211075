import { beforeAll, expect, it } from 'vitest';
import { CapturingMailer, ManualClock } from '../../../test/jobs/jobs-harness.js';
import { rejects } from '../../../test/harness/app-error.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { installSynthetic } from '../../scripture/testing/installed-services.js';
import { PlanLinkTokens } from './plan-link-token.js';
import { dailyDedupeKey, PLAN_TOPICS } from './plan.events.js';
import { registerPlanJobs } from './plan.notifier.js';
import { createPlans } from './plans.js';
import type { SubscriptionService } from './subscription.service.js';

const BASE = 'https://prayer.example.org';
const HOUR = 60 * 60 * 1000;

describeEachDialect('reading-plan days in the reader’s time zone', (get) => {
  let subscriptions: SubscriptionService;
  let clock: ManualClock;
  let mailer: CapturingMailer;
  let worker: OutboxWorker;

  beforeAll(async () => {
    const scripture = await installSynthetic(get().database);
    clock = new ManualClock(new Date('2026-11-26T12:00:00.000Z'));
    mailer = new CapturingMailer();
    const db = get().database.db;
    ({ subscriptions } = createPlans({ db, translations: scripture.translations, baseUrl: BASE, clock: clock.now, defaultTimeZone: 'Europe/Madrid' }));
    worker = new OutboxWorker({ db, mailer, messageIdHost: 'prayer.example.org', now: clock.now });
    registerPlanJobs(worker, { db, subscriptions, baseUrl: BASE, links: new PlanLinkTokens('test-session-secret-that-is-long-enough-123') });
  });

  /** Runs the worker once an hour from `from` for `hours` hours; returns each daily email to `to` with the hour it was sent. */
  async function hourly(from: string, hours: number, to: string[]): Promise<Array<{ to: string; at: string; subject: string }>> {
    const sent: Array<{ to: string; at: string; subject: string }> = [];
    clock.set(from);
    for (let i = 0; i < hours; i++) {
      const before = mailer.sent.length;
      await worker.tick();
      await worker.tick();
      for (const mail of mailer.sent.slice(before)) if (to.includes(mail.to) && mail.subject.startsWith('Day ')) sent.push({ to: mail.to, at: clock.now().toISOString(), subject: mail.subject });
      clock.advance(HOUR);
    }
    // Emails of the same run may leave in either order.
    return sent.sort((x, y) => x.at.localeCompare(y.at) || x.to.localeCompare(y.to));
  }

  it('a reader in Mexico City starting at 6:30 pm starts on their own date, and day 2 comes at their midnight', async () => {
    clock.set('2026-11-27T00:30:00.000Z'); // 18:30 on 26 November in Mexico City, already the 27th in UTC
    const { token, subscription } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'es', timeZone: 'America/Mexico_City' });
    expect(subscription).toMatchObject({ startDate: '2026-11-26', timeZone: 'America/Mexico_City', today: 1 });
    clock.set('2026-11-27T05:59:00.000Z');
    expect((await subscriptions.open(token, 'es')).today).toBe(1);
    clock.set('2026-11-27T06:00:00.000Z');
    expect((await subscriptions.open(token, 'es')).today).toBe(2);
  });

  it('takes the ministry’s zone when none is sent, keeps zones by their canonical name, and names an unknown zone', async () => {
    clock.set('2026-11-26T23:30:00.000Z'); // 00:30 on the 27th in Madrid
    const plain = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en' });
    expect(plain.subscription).toMatchObject({ timeZone: 'Europe/Madrid', startDate: '2026-11-27' });
    expect((await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', timeZone: 'US/Pacific' })).subscription.timeZone).toBe('America/Los_Angeles');
    const refused = await rejects(subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', timeZone: 'Mars/Olympus_Mons', email: 'bad' }));
    expect(refused.details?.fields).toEqual({ email: 'invalid', timeZone: 'unknown' });
    const view = await subscriptions.open(plain.token, 'en');
    expect((await rejects(subscriptions.updateSettings(view, { timeZone: '+02:00' }))).details?.fields).toEqual({ timeZone: 'unknown' });
    expect((await subscriptions.open(plain.token, 'en')).timeZone).toBe('Europe/Madrid');
    const moved = await subscriptions.updateSettings(view, { timeZone: 'Pacific/Pago_Pago' });
    // 12:30 on the 26th in Pago Pago: the day before the plan's first date there.
    expect(moved).toMatchObject({ timeZone: 'Pacific/Pago_Pago', today: 0 });
    expect((await subscriptions.open(plain.token, 'en')).today).toBe(0);
  });

  it('emails a reader in Madrid and one in Los Angeles on their own local morning, once each day, whatever the hour the job runs', async () => {
    clock.set('2026-12-01T20:00:00.000Z');
    const madrid = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'madrid@example.org', reminders: 'yes', timeZone: 'Europe/Madrid' });
    const la = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'la@example.org', reminders: 'yes', timeZone: 'America/Los_Angeles' });
    expect(madrid.subscription.startDate).toBe('2026-12-01');
    expect(la.subscription.startDate).toBe('2026-12-01');
    // 21:00 in Madrid, 12:00 in Los Angeles: both past 07:00, so day 1 comes at once; then each on their own morning.
    const sent = await hourly('2026-12-01T20:00:00.000Z', 48, ['madrid@example.org', 'la@example.org']);
    expect(sent).toEqual([
      { to: 'la@example.org', at: '2026-12-01T20:00:00.000Z', subject: 'Day 1: John 1 — The Gospel of John in 21 days' },
      { to: 'madrid@example.org', at: '2026-12-01T20:00:00.000Z', subject: 'Day 1: John 1 — The Gospel of John in 21 days' },
      { to: 'madrid@example.org', at: '2026-12-02T06:00:00.000Z', subject: 'Day 2: John 2 — The Gospel of John in 21 days' }, // 07:00 CET
      { to: 'la@example.org', at: '2026-12-02T15:00:00.000Z', subject: 'Day 2: John 2 — The Gospel of John in 21 days' }, // 07:00 PST
      { to: 'madrid@example.org', at: '2026-12-03T06:00:00.000Z', subject: 'Day 3: John 3 — The Gospel of John in 21 days' },
      { to: 'la@example.org', at: '2026-12-03T15:00:00.000Z', subject: 'Day 3: John 3 — The Gospel of John in 21 days' },
    ]);
    const keys = (await get().database.db.selectFrom('outbox').select('dedupe_key').where('topic', '=', PLAN_TOPICS.daily).execute()).map((r) => r.dedupe_key);
    expect(keys).toEqual(expect.arrayContaining([dailyDedupeKey(madrid.subscription.id, '2026-12-02'), dailyDedupeKey(la.subscription.id, '2026-12-01')]));
  });

  it('follows the clocks going forward in Madrid: 07:00 is 06:00Z the day before and 05:00Z on the day', async () => {
    clock.set('2026-03-27T12:00:00.000Z');
    await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'spring@example.org', reminders: 'yes', timeZone: 'Europe/Madrid' });
    const sent = await hourly('2026-03-27T13:00:00.000Z', 60, ['spring@example.org']);
    expect(sent.map((s) => s.at)).toEqual(['2026-03-27T13:00:00.000Z', '2026-03-28T06:00:00.000Z', '2026-03-29T05:00:00.000Z']);
  });

  it('a reader who moves west or east is emailed once per date: no date twice, none skipped beyond the move', async () => {
    clock.set('2027-01-10T12:00:00.000Z');
    const west = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'west@example.org', reminders: 'yes', timeZone: 'Europe/Madrid' });
    const east = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'east@example.org', reminders: 'yes', timeZone: 'America/Los_Angeles' });
    // 11 January 06:00Z: Madrid's morning email of the 11th goes out (Los Angeles had the 10th's at 15:00Z).
    let sent = await hourly('2027-01-10T12:00:00.000Z', 19, ['west@example.org', 'east@example.org']);
    expect(sent.map((s) => [s.to, s.at])).toEqual([
      ['west@example.org', '2027-01-10T12:00:00.000Z'],
      ['east@example.org', '2027-01-10T15:00:00.000Z'],
      ['west@example.org', '2027-01-11T06:00:00.000Z'],
    ]);
    // Now (07:00Z) the Madrid reader moves to Los Angeles (still the 10th there, 23:00), and the other to Madrid (08:00 on the 11th).
    await subscriptions.updateSettings((await subscriptions.byId(west.subscription.id))!, { reminders: 'yes', timeZone: 'America/Los_Angeles' });
    await subscriptions.updateSettings((await subscriptions.byId(east.subscription.id))!, { reminders: 'yes', timeZone: 'Europe/Madrid' });
    sent = await hourly('2027-01-11T07:00:00.000Z', 36, ['west@example.org', 'east@example.org']);
    expect(sent.map((s) => [s.to, s.at, s.subject.slice(0, 5)])).toEqual([
      // East: the 11th comes at once, on the new calendar's morning; nothing was sent for it yet.
      ['east@example.org', '2027-01-11T07:00:00.000Z', 'Day 2'],
      // West: the 11th was already emailed, so Los Angeles's 11th brings nothing; the 12th comes on its morning.
      ['east@example.org', '2027-01-12T06:00:00.000Z', 'Day 3'],
      ['west@example.org', '2027-01-12T15:00:00.000Z', 'Day 3'],
    ]);
  });
});
