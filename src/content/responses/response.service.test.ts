import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Accounts } from '../../accounts/accounts.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import type { Intercession } from '../../prayer/dispatch/intercession.js';
import { createPrayerRequests } from '../../prayer/requests/requests.js';
import { SettingsRepository } from '../../prayer/settings/settings.repository.js';
import { createScriptureServices } from '../../scripture/scripture.services.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { intercessionFixture } from '../../../test/factories/intercession.fixture.js';
import type { TestClock } from '../../../test/harness/accounts-services.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { createArticles } from '../articles/articles.js';
import { DAY_MS, DEFAULT_JOURNEY, dueStep, MIN_GAP_MS, nextStep } from './journey.steps.js';
import { newFormId, unseal } from './response-receipt.js';
import { ResponseLifecycle } from './response.lifecycle.js';
import { createResponses, type Responses } from './responses.js';

const HOUR = 60 * 60 * 1000;

async function problemsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION') return err.details?.fields as Record<string, string>;
    throw err;
  }
  throw new Error('expected a VALIDATION error');
}

describe('journey schedule (pure)', () => {
  const start = '2026-01-01T10:00:00.000Z';
  const at = (ms: number) => new Date(new Date(start).getTime() + ms);

  it('takes day 0 at once, then each step on its day', () => {
    expect(dueStep(DEFAULT_JOURNEY, { startedAt: start, lastStepDay: null, lastSentAt: null, taken: new Set() }, at(0))?.key).toBe('welcome');
    const afterWelcome = { startedAt: start, lastStepDay: 0, lastSentAt: start, taken: new Set(['welcome']) };
    expect(nextStep(DEFAULT_JOURNEY, afterWelcome)?.dueAt.toISOString()).toBe(at(DAY_MS).toISOString());
    expect(dueStep(DEFAULT_JOURNEY, afterWelcome, at(DAY_MS - 1))).toBeNull();
    expect(dueStep(DEFAULT_JOURNEY, afterWelcome, at(DAY_MS))?.key).toBe('john');
  });

  it('after downtime sends the next step only, and the rest at least MIN_GAP apart', () => {
    const downtimeEnd = at(10 * DAY_MS);
    const afterWelcome = { startedAt: start, lastStepDay: 0, lastSentAt: start, taken: new Set(['welcome']) };
    expect(dueStep(DEFAULT_JOURNEY, afterWelcome, downtimeEnd)?.key).toBe('john');
    const afterJohn = { startedAt: start, lastStepDay: 1, lastSentAt: downtimeEnd.toISOString(), taken: new Set(['welcome', 'john']) };
    // Day 3 and day 7 are both past, yet nothing more goes out until the gap has passed.
    expect(dueStep(DEFAULT_JOURNEY, afterJohn, downtimeEnd)).toBeNull();
    expect(nextStep(DEFAULT_JOURNEY, afterJohn)).toEqual({ step: DEFAULT_JOURNEY[2], dueAt: new Date(downtimeEnd.getTime() + MIN_GAP_MS) });
  });

  it('skips steps an admin turned off and ends after the last one', () => {
    const config = DEFAULT_JOURNEY.map((s) => (s.key === 'john' ? { ...s, enabled: false } : s));
    const afterWelcome = { startedAt: start, lastStepDay: 0, lastSentAt: start, taken: new Set(['welcome']) };
    expect(nextStep(config, afterWelcome)?.step.key).toBe('daily');
    const done = { startedAt: start, lastStepDay: 14, lastSentAt: start, taken: new Set(['welcome', 'daily', 'church', 'story']) };
    expect(nextStep(config, done)).toBeNull();
  });
});

describeEachDialect('responses and journeys', (get) => {
  let db: Kysely<Tables>;
  let accounts: Accounts;
  let clock: TestClock;
  let intercession: Intercession;
  let responses: Responses;
  let pastor: UserActor;
  const slug = 'come-home';
  const context = { clientAddress: '203.0.113.9', locale: 'en' as const, articleSlug: slug };

  beforeAll(async () => {
    const database = get().database;
    db = database.db;
    ({ accounts, clock, intercession } = intercessionFixture(database));
    const prayerRequests = createPrayerRequests({ db, counters: new MemoryCounterStore(), submitRateLimit: 0, baseUrl: 'https://prayer.example.org', audit: accounts.audit, clock: clock.clock });
    const { articles } = createArticles({ db, audit: accounts.audit, scripture: createScriptureServices(database), clock: clock.clock });
    await articles.create(COMMAND_LINE, { title: 'Come home', slug, body: 'The Father waits (Luke 15:20).\n\nLord Jesus, I come to you. Amen.', publishAt: '2026-01-01T00:00:00.000Z' }, { publish: true });
    responses = createResponses({ db, audit: accounts.audit, intake: prayerRequests.intake, articles, clock: clock.clock });
    pastor = await createIntercessor(accounts, { roles: ['pastor'] });
  });

  const journeyEvents = (journeyId: string) =>
    db.selectFrom('outbox').select(['topic', 'payload', 'dedupe_key']).where('dedupe_key', 'like', `journey.step:${journeyId}:%`).orderBy('created_at').execute();

  it('"I prayed to receive Christ" without an email is stored with no journey and no email', async () => {
    const result = await responses.responses.submit(ANONYMOUS, { kind: 'received_christ', firstName: ' Ana ' }, context);
    expect(result.response).toMatchObject({ kind: 'received_christ', firstName: 'Ana', email: null, consentedAt: null, articleSlug: slug, journey: null });
    expect(result.firstStep).toBeNull();
  });

  it('an email needs the consent box; with it the journey starts and its day-0 email is in the outbox', async () => {
    expect(await problemsOf(responses.responses.submit(ANONYMOUS, { kind: 'returning', email: 'sam@example.org' }, context))).toEqual({ consent: 'missing' });
    const result = await responses.responses.submit(ANONYMOUS, { kind: 'returning', email: 'Sam@Example.org', consent: 'yes', language: 'es' }, context);
    expect(result.response).toMatchObject({ email: 'sam@example.org', language: 'es', consentVersion: expect.stringMatching(/^journey-consent-/), consentedAt: clock.now.toISOString() });
    expect(result.firstStep).toBe('welcome');
    const events = await journeyEvents(result.response.journey!.id);
    expect(events.map((e) => [e.topic, e.dedupe_key])).toEqual([['journey.step', `journey.step:${result.response.journey!.id}:welcome`]]);
    // The outbox holds ids only, never the person's address.
    expect(events[0].payload).not.toContain('sam@');
  });

  it('a question needs its message, and every field problem is named at once', async () => {
    expect(await problemsOf(responses.responses.submit(ANONYMOUS, { kind: 'question', email: 'not-an-email', language: 'fr' }, context))).toEqual({
      message: 'missing.question',
      email: 'invalid',
      language: 'unknown',
    });
    expect(await problemsOf(responses.responses.submit(ANONYMOUS, { kind: 'maybe' }, context))).toEqual({ kind: 'unknown' });
    const result = await responses.responses.submit(ANONYMOUS, { kind: 'question', message: 'How do I start reading the Bible?' }, context);
    expect(result.response.message).toBe('How do I start reading the Bible?');
  });

  it('"Please pray for me" becomes a team prayer request, linked, that an intercessor is given to pray for', async () => {
    expect(await problemsOf(responses.responses.submit(ANONYMOUS, { kind: 'prayer' }, context))).toEqual({ message: 'missing.prayer' });
    const result = await responses.responses.submit(ANONYMOUS, { kind: 'prayer', message: 'Please pray for my new job and my family.', firstName: 'Lu' }, context);
    expect(result.prayerRequest?.manageUrl).toMatch(/^https:\/\/prayer\.example\.org\/r\/pr_/);
    expect(result.response.prayerRequestId).toBe(result.prayerRequest!.id);
    const request = await db.selectFrom('prayer_requests').selectAll().where('id', '=', result.prayerRequest!.id).executeTakeFirstOrThrow();
    expect(request).toMatchObject({ text: 'Please pray for my new job and my family.', visibility: 'team', category: 'faith', first_name: 'Lu' });
    const intercessor = await createIntercessor(accounts);
    const assignment = await intercession.dispatch.next(intercessor);
    expect(assignment?.request.id).toBe(result.prayerRequest!.id);
  });

  it('crisis language in a response gets the resources and alerts pastors', async () => {
    const result = await responses.responses.submit(ANONYMOUS, { kind: 'question', message: 'I want to kill myself, is there any hope?' }, context);
    expect(result.crisis?.kind).toBe('self_harm');
    expect(result.crisis?.resources.length).toBeGreaterThan(0);
    expect(result.response.crisisKinds).toContain('self_harm');
    const alert = await db.selectFrom('outbox').select('payload').where('dedupe_key', '=', `response.crisis:${result.response.id}`).executeTakeFirst();
    expect(JSON.parse(alert!.payload)).toEqual({ responseId: result.response.id, kinds: ['self_harm'] });
  });

  it('the scheduling job takes each step once on its day, catches up without a burst, and stops at once on unsubscribe', async () => {
    const { response } = await responses.responses.submit(ANONYMOUS, { kind: 'received_christ', email: 'jo@example.org', consent: true }, context);
    const journeyId = response.journey!.id;
    const startedAt = clock.now.getTime();
    const run = (offsetMs: number) => responses.journeys.runDue(new Date(startedAt + offsetMs));
    await run(12 * HOUR);
    expect((await journeyEvents(journeyId)).length).toBe(1);
    await run(DAY_MS);
    await run(DAY_MS); // again, as a second worker would: nothing new
    expect((await journeyEvents(journeyId)).map((e) => e.dedupe_key)).toEqual([`journey.step:${journeyId}:welcome`, `journey.step:${journeyId}:john`]);
    // Down from day 1 to day 8: days 3 and 7 are past, only day 3 goes now, day 7 not before 20 hours later.
    await run(8 * DAY_MS);
    await run(8 * DAY_MS + 19 * HOUR);
    expect((await journeyEvents(journeyId)).map((e) => e.dedupe_key?.split(':').at(-1))).toEqual(['welcome', 'john', 'daily']);
    await run(8 * DAY_MS + 20 * HOUR);
    expect((await journeyEvents(journeyId)).map((e) => e.dedupe_key?.split(':').at(-1))).toEqual(['welcome', 'john', 'daily', 'church']);
    expect(await responses.journeys.stop(journeyId)).toBe(true);
    await run(30 * DAY_MS);
    expect((await journeyEvents(journeyId)).length).toBe(4);
    const stored = await db.selectFrom('response_journeys').selectAll().where('id', '=', journeyId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'stopped', stop_reason: 'unsubscribed' });
  });

  it('a journey waits until its next step’s time, and an admin’s change of days applies to it', async () => {
    const admin = await createIntercessor(accounts, { roles: ['admin'] });
    const { response } = await responses.responses.submit(ANONYMOUS, { kind: 'returning', email: 'wait@example.org', consent: true }, context);
    const journeyId = response.journey!.id;
    const dueAt = async () => (await db.selectFrom('response_journeys').select('next_due_at').where('id', '=', journeyId).executeTakeFirstOrThrow()).next_due_at;
    expect(await dueAt()).toBe(new Date(clock.now.getTime() + DAY_MS).toISOString());
    // Day 1 moved to day 2: the next run looks again, finds it not due, and waits for the new time.
    await responses.journeys.saveSettings(admin, { welcomeDay: '0', welcomeEnabled: 'yes', johnDay: '2', johnEnabled: 'yes', dailyDay: '3', dailyEnabled: 'yes', churchDay: '7', churchEnabled: 'yes', storyDay: '14', storyEnabled: 'yes' });
    expect(await dueAt()).toBe(clock.now.toISOString());
    await responses.journeys.runDue(new Date(clock.now.getTime() + DAY_MS));
    expect(await dueAt()).toBe(new Date(clock.now.getTime() + 2 * DAY_MS).toISOString());
    expect((await journeyEvents(journeyId)).length).toBe(1);
    await db.deleteFrom('settings').where('key', '=', 'responses.journey').execute();
  });

  it('a journey completes after its last step', async () => {
    const { response } = await responses.responses.submit(ANONYMOUS, { kind: 'returning', email: 'kit@example.org', consent: true }, context);
    const start = clock.now.getTime();
    for (const day of [1, 3, 7, 14]) await responses.journeys.runDue(new Date(start + day * DAY_MS));
    const stored = await db.selectFrom('response_journeys').selectAll().where('id', '=', response.journey!.id).executeTakeFirstOrThrow();
    expect(stored.status).toBe('completed');
    expect((await journeyEvents(response.journey!.id)).length).toBe(5);
  });

  it('an admin changes the journey (audited); bad days are named', async () => {
    const admin = await createIntercessor(accounts, { roles: ['admin'] });
    await expect(responses.journeys.saveSettings(pastor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await problemsOf(responses.journeys.saveSettings(admin, { welcomeDay: '0', johnDay: 'two', dailyDay: '3', churchDay: '400', storyDay: '' }))).toEqual({
      johnDay: 'notNumber',
      churchDay: 'outOfRange',
      storyDay: 'missing',
    });
    await responses.journeys.saveSettings(admin, { welcomeDay: '0', welcomeEnabled: 'yes', johnDay: '2', johnEnabled: 'yes', dailyDay: '3', churchDay: '7', churchEnabled: 'yes', storyDay: '21', storyEnabled: 'yes' });
    expect(await responses.journeys.steps()).toEqual([
      { key: 'welcome', day: 0, enabled: true },
      { key: 'john', day: 2, enabled: true },
      { key: 'daily', day: 3, enabled: false },
      { key: 'church', day: 7, enabled: true },
      { key: 'story', day: 21, enabled: true },
    ]);
    const audit = await db.selectFrom('audit_events').select('actor_id').where('action', '=', 'responses.journey_changed').execute();
    expect(audit.filter((a) => a.actor_id === admin.id).length).toBe(1);
    await db.deleteFrom('settings').where('key', '=', 'responses.journey').execute();
  });

  it('pastors list responses newest first, filter them, open one (audited) and mark it followed up (audited)', async () => {
    await expect(responses.responses.list(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const intercessor = await createIntercessor(accounts);
    await expect(responses.responses.list(intercessor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    clock.advance(60_000);
    const { response } = await responses.responses.submit(ANONYMOUS, { kind: 'question', message: 'Newest question', email: 'q@example.org', consent: 'yes' }, context);
    const all = await responses.responses.list(pastor);
    expect(all.items[0].id).toBe(response.id);
    const questions = await responses.responses.list(pastor, { kind: 'question', followedUp: 'no' });
    expect(questions.items.every((r) => r.kind === 'question' && r.followedUpAt === null)).toBe(true);
    const opened = await responses.responses.open(pastor, { responseId: response.id });
    expect(opened.email).toBe('q@example.org');
    expect(await problemsOf(responses.responses.followUp(pastor, { responseId: response.id, note: 'x'.repeat(1001) }))).toEqual({ note: 'tooLong' });
    const marked = await responses.responses.followUp(pastor, { responseId: response.id, note: 'Phoned on Tuesday.' });
    expect(marked).toMatchObject({ followedUpBy: pastor.id, followUpNote: 'Phoned on Tuesday.' });
    expect((await responses.responses.list(pastor, { followedUp: 'yes' })).items.map((r) => r.id)).toEqual([response.id]);
    const audit = await db.selectFrom('audit_events').select(['action', 'details']).where('subject_id', '=', response.id).orderBy('occurred_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['response.viewed', 'response.followed_up']);
    expect(audit[1].details).not.toContain('Tuesday');
    await expect(responses.responses.open(pastor, { responseId: 'no-such-id' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('personal data is purged on the prayer requests’ schedule, never while a journey runs', async () => {
    const { response: running } = await responses.responses.submit(ANONYMOUS, { kind: 'returning', email: 'run@example.org', consent: true, message: 'Still here' }, context);
    const { response: done } = await responses.responses.submit(ANONYMOUS, { kind: 'question', message: 'Old question', firstName: 'Bo' }, context);
    const { purgeAfterDays } = await new SettingsRepository(db).prayer();
    const lifecycle = new ResponseLifecycle({ db, settings: new SettingsRepository(db) });
    await lifecycle.run(new Date(clock.now.getTime() + (purgeAfterDays - 1) * DAY_MS));
    expect((await db.selectFrom('responses').select('message').where('id', '=', done.id).executeTakeFirstOrThrow()).message).toBe('Old question');
    await lifecycle.run(new Date(clock.now.getTime() + (purgeAfterDays + 1) * DAY_MS));
    const purged = await db.selectFrom('responses').selectAll().where('id', '=', done.id).executeTakeFirstOrThrow();
    expect(purged).toMatchObject({ message: null, first_name: null, email: null, kind: 'question' });
    expect(purged.purged_at).not.toBeNull();
    const kept = await db.selectFrom('responses').selectAll().where('id', '=', running.id).executeTakeFirstOrThrow();
    expect(kept.email).toBe('run@example.org');
  });

  it('the same form sent twice at once stores one response, one journey and one prayer request; both answers carry the private link', async () => {
    const count = async (table: 'responses' | 'response_journeys' | 'prayer_requests') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await Promise.all([count('responses'), count('response_journeys'), count('prayer_requests')]);
    const formId = newFormId();
    const fields = { kind: 'prayer', message: 'For my father in hospital.', email: 'twice@example.org', consent: true };
    const [first, second] = await Promise.all([responses.responses.submit(ANONYMOUS, fields, { ...context, formId }), responses.responses.submit(ANONYMOUS, fields, { ...context, formId })]);
    expect(second.response.id).toBe(first.response.id);
    expect([first.repeated, second.repeated].filter(Boolean)).toHaveLength(1);
    expect(first.prayerRequest?.manageUrl).toMatch(/\/r\/pr_/);
    expect(second.prayerRequest).toEqual(first.prayerRequest);
    expect(await Promise.all([count('responses'), count('response_journeys'), count('prayer_requests')])).toEqual(before.map((n) => n + 1));

    // Sent again later, the same: nothing new. Different words from the same page are a new response.
    expect((await responses.responses.submit(ANONYMOUS, fields, { ...context, formId })).response.id).toBe(first.response.id);
    const changed = await responses.responses.submit(ANONYMOUS, { ...fields, message: 'For my father, and my mother too.' }, { ...context, formId });
    expect(changed.response.id).not.toBe(first.response.id);
    expect(changed.repeated).toBeUndefined();

    // The database holds the link sealed: neither the token nor the form id is in it.
    const receipts = await db.selectFrom('response_receipts').selectAll().where('response_id', '=', first.response.id).execute();
    expect(receipts).toHaveLength(1);
    expect(JSON.stringify(receipts)).not.toContain(first.prayerRequest!.manageToken);
    expect(JSON.stringify(receipts)).not.toContain(formId);
    expect(unseal(newFormId(), receipts[0].sealed_link!)).toBeNull();
    expect(JSON.parse(unseal(formId, receipts[0].sealed_link!)!)).toEqual(first.prayerRequest);
    // A day later the receipts are gone.
    const lifecycle = new ResponseLifecycle({ db, settings: new SettingsRepository(db) });
    await lifecycle.run(new Date(clock.now.getTime() + 2 * DAY_MS));
    expect(await db.selectFrom('response_receipts').selectAll().execute()).toEqual([]);
  });

  it('a sending that fails gives its claim back, so the same form can be sent again', async () => {
    const formId = newFormId();
    const fields = { kind: 'prayer', message: 'For rain.' };
    const refusing = createResponses({
      db,
      audit: accounts.audit,
      intake: { submit: async () => Promise.reject(new AppError('RATE_LIMITED', 'Too many.', { retryAfterSeconds: 60 })) },
      articles: { getBySlug: async () => Promise.reject(new AppError('NOT_FOUND')) },
    });
    const noArticle = { clientAddress: context.clientAddress, locale: context.locale, formId };
    await expect(refusing.responses.submit(ANONYMOUS, fields, noArticle)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const { response, repeated } = await responses.responses.submit(ANONYMOUS, fields, noArticle);
    expect(response.kind).toBe('prayer');
    expect(repeated).toBeUndefined();
  });
});
