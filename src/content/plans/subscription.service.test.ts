import { createHash } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { CapturingMailer, ManualClock } from '../../../test/jobs/jobs-harness.js';
import { rejects } from '../../../test/harness/app-error.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { installSynthetic } from '../../scripture/testing/installed-services.js';
import { PlanLinkTokens } from './plan-link-token.js';
import { PLAN_TOPICS } from './plan.events.js';
import { registerPlanJobs, type PlanNotifier } from './plan.notifier.js';
import { createPlans } from './plans.js';
import type { SubscriptionService } from './subscription.service.js';

const BASE = 'https://prayer.example.org';
const SECRET = 'test-session-secret-that-is-long-enough-123';
const DAY = 24 * 60 * 60 * 1000;

describeEachDialect('plan subscriptions, progress and daily emails', (get) => {
  let subscriptions: SubscriptionService;
  let clock: ManualClock;
  let mailer: CapturingMailer;
  let worker: OutboxWorker;
  let notifier: PlanNotifier;
  const links = new PlanLinkTokens(SECRET);

  beforeAll(async () => {
    const scripture = await installSynthetic(get().database);
    clock = new ManualClock(new Date('2026-11-26T07:30:00.000Z'));
    mailer = new CapturingMailer();
    const db = get().database.db;
    ({ subscriptions } = createPlans({ db, translations: scripture.translations, baseUrl: BASE, clock: clock.now }));
    worker = new OutboxWorker({ db, mailer, messageIdHost: 'prayer.example.org', now: clock.now });
    notifier = registerPlanJobs(worker, { db, subscriptions, passages: scripture.passages, baseUrl: BASE, links });
  });

  async function outboxTopics(): Promise<string[]> {
    const rows = await get().database.db.selectFrom('outbox').select('topic').orderBy('created_at').execute();
    return rows.map((r) => r.topic);
  }

  it('starts a plan without an account or email: a private token stored only as its hash', async () => {
    const { token, subscription } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en' });
    expect(token).toMatch(/^rp_[0-9a-f]{16}[A-Za-z0-9_-]{43}$/);
    const row = await get().database.db.selectFrom('plan_subscriptions').selectAll().where('id', '=', subscription.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(row).toMatchObject({ plan_slug: 'john-21', start_date: '2026-11-26', email: null, reminders: 0 });
    expect(subscription).toMatchObject({ today: 1, next: 1, done: [] });
    // No email given: nothing to send.
    expect(await outboxTopics()).toEqual([]);
  });

  it('opens by token only: a changed, truncated or empty token opens nothing', async () => {
    const { token, subscription } = await subscriptions.start(ANONYMOUS, { slug: 'psalms-30', language: 'es' });
    expect((await subscriptions.open(token, 'es')).id).toBe(subscription.id);
    expect((await subscriptions.open(token, 'es')).plan.title).toBe('Los Salmos en 30 días');
    const changed = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
    for (const bad of [changed, token.slice(0, -1), '', 'rp_', 42]) expect((await rejects(subscriptions.open(bad, 'en'))).code).toBe('NOT_FOUND');
  });

  it('keeps progress: done days, n of N, the next day; done twice counts once; undo takes it back', async () => {
    const { token } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en' });
    let view = await subscriptions.open(token, 'en');
    const first = await subscriptions.markDone(view, 1);
    expect(first).toMatchObject({ done: [1], next: 2, nextAfter: 2 });
    await subscriptions.markDone(await subscriptions.open(token, 'en'), 1);
    await subscriptions.markDone(await subscriptions.open(token, 'en'), 3);
    view = await subscriptions.open(token, 'en');
    expect(view.done).toEqual([1, 3]);
    expect(view.next).toBe(2);
    expect((await subscriptions.markDone(view, 3)).nextAfter).toBe(4);
    expect((await rejects(subscriptions.markDone(view, 22))).code).toBe('NOT_FOUND');
    await subscriptions.undo(view, 3);
    expect((await subscriptions.open(token, 'en')).done).toEqual([1]);
  });

  it('deletes a subscription and its progress at the reader’s word; the link then opens nothing', async () => {
    const { token, subscription } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en' });
    await subscriptions.markDone(subscription, 1);
    await subscriptions.remove(await subscriptions.open(token, 'en'));
    expect((await rejects(subscriptions.open(token, 'en'))).code).toBe('NOT_FOUND');
    const db = get().database.db;
    expect(await db.selectFrom('plan_progress').selectAll().where('subscription_id', '=', subscription.id).execute()).toEqual([]);
    expect(await db.selectFrom('plan_subscriptions').selectAll().where('id', '=', subscription.id).execute()).toEqual([]);
  });

  it('checks the start form: a bad email, daily emails without one, a translation not installed', async () => {
    const fields = async (input: Partial<Parameters<SubscriptionService['start']>[1]>) => (await rejects(subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', ...input }))).details?.fields;
    expect(await fields({ email: 'not an email' })).toEqual({ email: 'invalid' });
    expect(await fields({ reminders: 'yes' })).toEqual({ email: 'neededForReminders' });
    expect(await fields({ translation: 'KJV' })).toEqual({ translation: 'unknown' });
    expect((await rejects(subscriptions.start(ANONYMOUS, { slug: 'nope', language: 'en' }))).code).toBe('NOT_FOUND');
    const { subscription } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', translation: 'rv1909' });
    expect(subscription.translation).toBe('RV1909');
  });

  it('changes settings; daily emails need the email given at the start', async () => {
    const { token } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en' });
    const view = await subscriptions.open(token, 'en');
    expect((await rejects(subscriptions.updateSettings(view, { reminders: 'yes' }))).details?.fields).toEqual({ reminders: 'noEmail' });
    expect((await rejects(subscriptions.updateSettings(view, { translation: 'XYZ' }))).details?.fields).toEqual({ translation: 'unknown' });
    await subscriptions.updateSettings(view, { translation: 'RV1909' });
    expect((await subscriptions.open(token, 'en')).translation).toBe('RV1909');
  });

  it('emails the private link once when an email is given, with one-click unsubscribe; the link leaves the outbox row', async () => {
    const { token } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'en', email: 'Reader@Example.org', reminders: 'yes' });
    expect(await outboxTopics()).toEqual([PLAN_TOPICS.subscribed]);
    await worker.tick();
    const [mail] = mailer.to('reader@example.org');
    expect(mail.subject).toBe('Your reading plan: The Gospel of John in 21 days');
    expect(mail.text).toContain(`${BASE}/plans/s/${token}`);
    expect(mail.html).toContain(`${BASE}/plans/s/${token}`);
    expect(mail.text).toContain('You will also get each day’s reading by email.');
    expect(mail.headers?.['List-Unsubscribe']).toMatch(/^<https:\/\/prayer\.example\.org\/plans\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>$/);
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const row = await get().database.db.selectFrom('outbox').select(['payload', 'delivered_at']).where('topic', '=', PLAN_TOPICS.subscribed).executeTakeFirstOrThrow();
    expect(row.delivered_at).not.toBeNull();
    expect(row.payload).not.toContain(token);
    // The hourly job ran in the same tick: the first day's reading comes on the day the plan starts.
    await worker.tick();
    expect(mailer.to('reader@example.org').map((m) => m.subject)).toEqual(['Your reading plan: The Gospel of John in 21 days', 'Day 1: John 1 — The Gospel of John in 21 days']);
  });

  it('schedules one daily email per subscriber per day, however often the job runs, with the day’s text', async () => {
    // Two days later: day 3 of the plan started on the 26th.
    clock.set('2026-11-28T09:00:00.000Z');
    expect(await notifier.scheduleDaily({ now: clock.now() })).toBe(1);
    expect(await notifier.scheduleDaily({ now: clock.now() })).toBe(0);
    clock.advance(5 * 60 * 60 * 1000);
    expect(await notifier.scheduleDaily({ now: clock.now() })).toBe(0);
    const before = mailer.sent.length;
    await worker.tick();
    const daily = mailer.sent.slice(before);
    expect(daily).toHaveLength(1);
    expect(daily[0].to).toBe('reader@example.org');
    expect(daily[0].subject).toBe('Day 3: John 3 — The Gospel of John in 21 days');
    expect(daily[0].text).toContain('For God so loved the world');
    const dayLink = /https:\/\/prayer\.example\.org\/plans\/d\/([A-Za-z0-9_.-]+)/.exec(daily[0].text)![1];
    expect(links.verify(dayLink, 'day')).toMatchObject({ purpose: 'day', day: 3 });
    expect(links.verify(dayLink, 'stop')).toBeNull();
    expect(daily[0].headers?.['List-Unsubscribe']).toContain('/plans/unsubscribe/');
    // The next day brings the next one.
    clock.advance(DAY);
    expect(await notifier.scheduleDaily({ now: clock.now() })).toBe(1);
  });

  it('sends nothing for a day already read, and nothing once the one-click link stopped the emails', async () => {
    const { subscription } = await subscriptions.start(ANONYMOUS, { slug: 'john-21', language: 'es', email: 'lector@example.org', reminders: 'yes' });
    await worker.tick();
    clock.advance(DAY);
    const view = (await subscriptions.byId(subscription.id))!;
    await subscriptions.markDone(view, view.today);
    const lectorEvents = async () => (await get().database.db.selectFrom('outbox').select('payload').where('topic', '=', PLAN_TOPICS.daily).execute()).filter((r) => r.payload.includes(subscription.id)).length;
    const firstDay = await lectorEvents();
    await notifier.scheduleDaily({ now: clock.now() });
    expect(await lectorEvents()).toBe(firstDay);
    clock.advance(DAY);
    const stop = /\/plans\/unsubscribe\/([^>]+)>/.exec(mailer.to('lector@example.org')[0].headers!['List-Unsubscribe'])![1];
    const link = links.verify(stop, 'stop');
    expect(link).toEqual({ purpose: 'stop', subscriptionId: subscription.id });
    await subscriptions.stopEmails(link!.subscriptionId);
    await notifier.scheduleDaily({ now: clock.now() });
    expect(await lectorEvents()).toBe(firstDay);
  });
});
