import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { createChurches } from '../../src/content/churches/churches.js';
import { StoryRepository } from '../../src/content/stories/story.repository.js';
import { createAccounts, type Accounts } from '../../src/accounts/accounts.js';
import { ANONYMOUS, COMMAND_LINE, type Role } from '../../src/platform/auth/actor.js';
import { enqueue } from '../../src/platform/jobs/outbox.repository.js';
import type { OutboxWorker } from '../../src/platform/jobs/outbox.worker.js';
import type { OutgoingMail } from '../../src/platform/mail/mailer.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { UnsubscribeTokens } from '../../src/prayer/notifications/unsubscribe-token.js';
import { SettingsRepository } from '../../src/prayer/settings/settings.repository.js';
import { churchFields } from '../factories/church.factory.js';
import { uniqueEmail } from '../harness/accounts.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import { CapturingMailer, ManualClock, prayerWorker, TEST_BASE_URL, TEST_SECRET } from './jobs-harness.js';
import { clearPrayerRows, insertCommitment, insertPrayer, insertRequest, insertUpdate } from './prayer-rows.js';

const HOUR = 3600_000;

/** The one-click unsubscribe headers and the footer link every notification carries. */
function expectUnsubscribe(mail: OutgoingMail): string {
  const header = mail.headers?.['List-Unsubscribe'];
  expect(header).toMatch(/^<https:\/\/prayer\.example\.org(\/es)?\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}>$/);
  expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  const url = header!.slice(1, -1);
  expect(mail.text).toContain(url);
  expect(mail.html).toContain(`href="${url}"`);
  return url;
}

describeEachDialect('notifications', (get) => {
  let clock: ManualClock;
  let mailer: CapturingMailer;
  let accounts: Accounts;
  let worker: OutboxWorker;
  const db = () => get().database.db;
  const tokens = new UnsubscribeTokens(TEST_SECRET);

  const person = (roles: Role[], name = 'Sam') =>
    accounts.users.create(COMMAND_LINE, { email: uniqueEmail(roles[0]), roles, name, acceptCovenant: true });
  /** Runs every hourly job and delivers everything due, an hour at a time, for `hours` hours. */
  async function runHours(hours: number): Promise<void> {
    for (let h = 0; h < hours; h++) {
      clock.advance(HOUR);
      await worker.drain();
    }
  }

  beforeAll(() => {
    accounts = createAccounts({ db: db(), mailer: new MemoryMailer(), counters: new MemoryCounterStore(), baseUrl: TEST_BASE_URL });
  });

  beforeEach(async () => {
    await clearPrayerRows(db());
    clock = new ManualClock();
    mailer = new CapturingMailer();
    worker = prayerWorker(db(), { mailer, clock, accounts });
  });

  it('confirms a request with the private link, then forgets the link', async () => {
    const id = await insertRequest(db(), clock.now());
    const email = (await db().selectFrom('prayer_requests').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email!;
    await enqueue(db(), { topic: 'request.submitted', payload: { requestId: id, language: 'en', manageUrl: `${TEST_BASE_URL}/r/pr_secret123` } }, clock.now());
    await worker.drain();
    const [mail] = mailer.to(email);
    expect(mailer.to(email)).toHaveLength(1);
    expect(mail.subject).toBe('We received your prayer request');
    expect(mail.text).toContain('Hello Maria,');
    expect(mail.text).toContain('Open your request:\nhttps://prayer.example.org/r/pr_secret123');
    expect(mail.text).toContain('You receive this email because you asked for prayer on prayer.example.org');
    expect(mail.text).not.toContain('hospital');
    expect(mail.headers?.['Content-Language']).toBe('en');
    expectUnsubscribe(mail);
    const row = await db().selectFrom('outbox').select(['payload', 'delivered_at']).where('topic', '=', 'request.submitted').executeTakeFirstOrThrow();
    expect(row.delivered_at).not.toBeNull();
    expect(JSON.parse(row.payload)).toEqual({ requestId: id, language: 'en' });
  });

  it('writes to a Spanish requester in Spanish, with crisis lines when the request needed them, and to nobody without an email', async () => {
    const es = await insertRequest(db(), clock.now(), { language: 'es', first_name: 'Lucía', crisis_kinds: '["self_harm"]', urgent: 1, visibility: 'pastoral' });
    const silent = await insertRequest(db(), clock.now(), { email: null });
    for (const id of [es, silent]) await enqueue(db(), { topic: 'request.submitted', payload: { requestId: id, language: 'es', manageUrl: `${TEST_BASE_URL}/es/r/pr_x` } }, clock.now());
    await worker.drain();
    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail.subject).toBe('Recibimos tu petición de oración');
    expect(mail.text).toContain('Hola, Lucía:');
    expect(mail.text).toContain('Si estás en peligro o piensas en quitarte la vida, pide ayuda ahora:');
    expect(mail.text).toContain('024');
    expect(mail.headers?.['Content-Language']).toBe('es');
    expect(expectUnsubscribe(mail)).toMatch(/\/es\/unsubscribe\//);
  });

  it('tells the requester at once about the first prayer, with its visible note and verse, and records it', async () => {
    const id = await insertRequest(db(), clock.now());
    const prayerId = await insertPrayer(db(), id, clock.now(), { note: 'You are not alone <3', verse: 'Rom.8.34' });
    await enqueue(db(), { topic: 'prayer.first', payload: { requestId: id, prayerId }, dedupeKey: `prayer.first:${id}` }, clock.now());
    await worker.drain();
    expect(mailer.sent).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail.subject).toBe('Someone prayed for you');
    expect(mail.text).toContain('“You are not alone <3”');
    expect(mail.html).toContain('“You are not alone &lt;3”');
    // Without installed Bibles the email names the verse; with them it quotes it.
    expect(mail.text).toContain('Rom.8.34');
    expectUnsubscribe(mail);
    const row = await db().selectFrom('prayer_requests').select('first_prayer_notified_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.first_prayer_notified_at).toBe(clock.now().toISOString());
  });

  it('never shows a held note, and sends nothing to a requester who unsubscribed or deleted the request', async () => {
    const held = await insertRequest(db(), clock.now());
    const heldPrayer = await insertPrayer(db(), held, clock.now(), { note: 'Call me on 555 0100', noteStatus: 'held' });
    const unsubscribed = await insertRequest(db(), clock.now(), { unsubscribed_at: clock.now().toISOString() });
    const deleted = await insertRequest(db(), clock.now(), { status: 'deleted', deleted_at: clock.now().toISOString(), email: null, text: null });
    for (const id of [held, unsubscribed, deleted]) {
      const prayerId = id === held ? heldPrayer : await insertPrayer(db(), id, clock.now());
      await enqueue(db(), { topic: 'prayer.first', payload: { requestId: id, prayerId } }, clock.now());
    }
    await worker.drain();
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].text).not.toContain('555');
    expect(mailer.sent[0].text).not.toContain('word of encouragement');
  });

  it('sends later prayers in at most one digest a day, never one per prayer', async () => {
    const id = await insertRequest(db(), clock.now());
    const email = (await db().selectFrom('prayer_requests').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email!;
    const first = await insertPrayer(db(), id, clock.now());
    await enqueue(db(), { topic: 'prayer.first', payload: { requestId: id, prayerId: first } }, clock.now());
    await worker.drain();
    // Prayers through the first day, some with words, one from a visitor to the wall.
    for (const h of [1, 2, 5]) await insertPrayer(db(), id, new Date(clock.current.getTime() + h * HOUR), { note: h === 2 ? 'Praying for your mother' : null, verse: h === 5 ? 'Ps.23.4' : null });
    await insertPrayer(db(), id, new Date(clock.current.getTime() + 6 * HOUR), { kind: 'visitor' });
    await runHours(23);
    expect(mailer.to(email).map((m) => m.subject)).toEqual(['Someone prayed for you']);
    await runHours(1);
    const digests = mailer.to(email).slice(1);
    expect(digests.map((m) => m.subject)).toEqual(['4 more people prayed for you']);
    expect(digests[0].text).toContain('3 more members of our prayer team prayed for you');
    expect(digests[0].text).toContain('One visitor to the prayer wall prayed for you too.');
    expect(digests[0].text).toContain('“Praying for your mother”');
    expect(digests[0].text).toContain('Ps.23.4');
    expectUnsubscribe(digests[0]);
    // More prayers the next day: again one digest, a day after the last.
    for (const h of [1, 3]) await insertPrayer(db(), id, new Date(clock.current.getTime() + h * HOUR));
    await runHours(23);
    expect(mailer.to(email)).toHaveLength(2);
    await runHours(1);
    expect(mailer.to(email).map((m) => m.subject).slice(2)).toEqual(['2 more people prayed for you']);
    // No new prayers: no more mail.
    await runHours(48);
    expect(mailer.to(email)).toHaveLength(3);
  });

  it('gives each team member one digest a day: commitments, news on requests they prayed for, by their choices', async () => {
    const intercessor = await person(['intercessor'], 'Ruth');
    const a = await insertRequest(db(), clock.now(), { category: 'grief' });
    const b = await insertRequest(db(), clock.now(), { category: 'fear' });
    const c = await insertRequest(db(), clock.now(), { category: 'addiction' });
    await insertCommitment(db(), a, intercessor.id, clock.now(), 7);
    await insertCommitment(db(), c, intercessor.id, clock.now(), 3);
    await insertPrayer(db(), b, clock.now(), { userId: intercessor.id });
    await insertUpdate(db(), b, new Date(clock.current.getTime() + 10 * 60_000), 'answer', 'The fear is gone.');
    await runHours(1);
    const mails = mailer.to(intercessor.email);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    expect(digest.subject).toBe('Your prayer list for today');
    expect(digest.text).toContain('You committed to keep praying for 2 requests:');
    expect(digest.text).toContain('A request about grief: day 1 of 7.');
    expect(digest.text).toContain('A request about addiction: day 1 of 3.');
    expect(digest.text).toContain(`Answered! A request about fear and anxiety: ${TEST_BASE_URL}/intercede/requests/${b}`);
    expect(digest.text).not.toContain('The fear is gone');
    expect(digest.text).not.toContain('hospital');
    expectUnsubscribe(digest);
    await runHours(23);
    expect(mailer.to(intercessor.email)).toHaveLength(1);
    await runHours(1);
    expect(mailer.to(intercessor.email)).toHaveLength(2);
    expect(mailer.to(intercessor.email)[1].text).toContain('day 2 of 7');
    expect(mailer.to(intercessor.email)[1].text).not.toContain('Answered!');
    // Reminders switched off: only news would come, and there is none.
    await accounts.users.updateProfile(COMMAND_LINE, { userId: intercessor.id, name: 'Ruth', locale: 'en', languages: ['en'], notifications: ['requestUpdates'] });
    await runHours(24);
    expect(mailer.to(intercessor.email)).toHaveLength(2);
  });

  it('alerts every pastor who wants crisis alerts at once, without the request’s words', async () => {
    const pastor = await person(['pastor'], 'Pastor Ann');
    const quiet = await person(['pastor'], 'Pastor Bo');
    await accounts.users.updateProfile(COMMAND_LINE, { userId: quiet.id, name: 'Pastor Bo', locale: 'en', languages: ['en'], notifications: [] });
    const id = await insertRequest(db(), clock.now(), { text: 'I want to end my life tonight', crisis_kinds: '["self_harm"]', urgent: 1, visibility: 'pastoral' });
    await enqueue(db(), { topic: 'request.crisis', payload: { requestId: id, kinds: ['self_harm'], source: 'intake', language: 'en' } }, clock.now());
    await worker.drain();
    expect(mailer.to(quiet.email)).toHaveLength(0);
    const [alert] = mailer.to(pastor.email);
    expect(alert.subject).toBe('Urgent: a prayer request needs a pastor');
    expect(alert.text).toContain('language about self-harm or suicide');
    expect(alert.text).toContain(`${TEST_BASE_URL}/pastoral/requests/${id}`);
    expect(alert.text + alert.html).not.toContain('end my life');
    expect(alert.text).not.toContain('Maria');
    const target = tokens.verify(expectUnsubscribe(alert).split('/unsubscribe/')[1]);
    expect(target).toEqual({ kind: 'user', userId: pastor.id, notifications: ['crisisAlerts'] });
  });

  it('alerts moderators once when a request waits past the coverage target for its first prayer', async () => {
    await new SettingsRepository(db()).savePrayer({ coverageTargetHours: 6 }, null);
    const moderator = await person(['moderator'], 'Mo');
    const waiting = await insertRequest(db(), clock.now());
    await insertRequest(db(), new Date(clock.current.getTime() + 3 * HOUR));
    const prayed = await insertRequest(db(), clock.now());
    await insertPrayer(db(), prayed, new Date(clock.current.getTime() + HOUR));
    const waits = async (h: number) => {
      clock.advance(h * HOUR);
      await worker.drain();
    };
    await waits(5);
    expect(mailer.to(moderator.email).filter((m) => /first prayer/.test(m.subject))).toHaveLength(0);
    await waits(1);
    let alerts = mailer.to(moderator.email).filter((m) => /first prayer/.test(m.subject));
    expect(alerts.map((m) => m.subject)).toEqual(['A prayer request is waiting for its first prayer']);
    expect(alerts[0].text).toContain('One request has waited more than 6 hours');
    expect(alerts[0].text).toContain(`${TEST_BASE_URL}/coverage`);
    expectUnsubscribe(alerts[0]);
    const row = await db().selectFrom('prayer_requests').select('coverage_alerted_at').where('id', '=', waiting).executeTakeFirstOrThrow();
    expect(row.coverage_alerted_at).not.toBeNull();
    for (let i = 0; i < 3; i++) await waits(1);
    alerts = mailer.to(moderator.email).filter((m) => /first prayer/.test(m.subject));
    // The second request passed the target meanwhile: one more alert, for it alone.
    expect(alerts.map((m) => m.subject)).toEqual(['A prayer request is waiting for its first prayer', 'A prayer request is waiting for its first prayer']);
  });
  it('tells moderators of shared stories and church listings waiting, with their pages, in their language; a digest with only those still goes out', async () => {
    await db().deleteFrom('churches').execute();
    const moderator = await person(['moderator'], 'Mo');
    const spanish = await accounts.users.create(COMMAND_LINE, { email: uniqueEmail('moderador'), roles: ['moderator'], name: 'Lola', locale: 'es', acceptCovenant: true });
    const pastor = await person(['pastor'], 'Pastor Ann');
    const stories = new StoryRepository(db());
    const story = (id: string, crisis: boolean) =>
      stories.insert({ id, title: null, text: 'I came back to God this spring and found him waiting.', kind: 'came_back_to_god', firstName: null, email: null, language: 'en', crisisKinds: crisis ? ['self_harm'] : [], now: clock.now().toISOString() });
    await story(randomUUID(), false);
    await story(randomUUID(), false);
    // Held for crisis language: the pastors' to decide, so no moderator is told of it.
    await story(randomUUID(), true);
    const churches = createChurches({ db: db(), audit: accounts.audit, counters: new MemoryCounterStore(), submitRateLimit: 0, sessionSecret: TEST_SECRET });
    await churches.submit(ANONYMOUS, churchFields(), { clientAddress: '203.0.113.9', locale: 'en' });

    await runHours(1);
    const [digest] = mailer.to(moderator.email);
    expect(mailer.to(moderator.email)).toHaveLength(1);
    expect(digest.subject).toBe('Your prayer list for today');
    expect(digest.text).toContain(`2 shared stories are waiting for moderation: ${TEST_BASE_URL}/moderation/stories`);
    expect(digest.text).toContain(`One church listing is waiting for review: ${TEST_BASE_URL}/moderation/churches`);
    // Nothing waits in the prayer queue, so nothing is said of it.
    expect(digest.text).not.toContain('public requests to approve');
    expect(digest.text).not.toContain('came back to God');
    expectUnsubscribe(digest);
    const [es] = mailer.to(spanish.email);
    expect(es.subject).toBe('Tu lista de oración de hoy');
    expect(es.text).toContain(`2 historias compartidas esperan moderación: ${TEST_BASE_URL}/es/moderation/stories`);
    expect(es.text).toContain(`Una iglesia espera revisión para el directorio: ${TEST_BASE_URL}/es/moderation/churches`);
    expect(mailer.to(pastor.email)).toHaveLength(0);

    // Once everything is decided, nothing is waiting and nothing is sent.
    await db().updateTable('testimonies').set({ status: 'approved' }).where('crisis_kinds', 'is', null).execute();
    await db().updateTable('churches').set({ status: 'published' }).execute();
    await runHours(24);
    expect(mailer.to(moderator.email)).toHaveLength(1);
    // A story alone is still worth the day's email.
    await story(randomUUID(), false);
    await runHours(24);
    expect(mailer.to(moderator.email)).toHaveLength(2);
    expect(mailer.to(moderator.email)[1].text).toContain('One shared story is waiting for moderation:');
    expect(mailer.to(moderator.email)[1].text).not.toContain('church listing');
    await db().deleteFrom('churches').execute();
  });
});
