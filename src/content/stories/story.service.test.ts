import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Accounts } from '../../accounts/accounts.js';
import { ANONYMOUS, type UserActor } from '../../platform/auth/actor.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import { LifecycleService } from '../../prayer/lifecycle/lifecycle.service.js';
import { RequestRepository } from '../../prayer/requests/request.repository.js';
import { SettingsRepository } from '../../prayer/settings/settings.repository.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { seedTestimony } from '../../../test/factories/ministry.factory.js';
import { seedRequest } from '../../../test/factories/prayer-request.factory.js';
import { testAccounts } from '../../../test/harness/accounts-services.js';
import { StorySubmitLimiter } from './story-submit-limit.js';
import { presentStory } from './story.presenter.js';
import { StoryService } from './story.service.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const STORY = 'I had walked away from God for twenty years. This spring I came back, and I found him waiting.';
const here = { clientAddress: '10.1.2.3', locale: 'en' as const };

describeEachDialect('stories service', (get) => {
  const db = () => get().database.db;
  let accounts: Accounts;
  let moderator: UserActor;
  let pastor: UserActor;
  let intercessor: UserActor;
  let clock: Date;

  const build = (perHour = 0) =>
    new StoryService({ db: db(), audit: accounts.audit, limiter: new StorySubmitLimiter(new MemoryCounterStore(() => NOW.getTime()), perHour, () => NOW), clock: () => clock });
  const publicIds = async (service: StoryService, filters: { language?: 'en' | 'es' | null; kind?: 'answered_prayer' | 'healing' | null } = {}) =>
    (await service.list(ANONYMOUS, { language: filters.language === undefined ? null : filters.language, kind: filters.kind ?? null, limit: 50 })).entries.map((e) => e.id);
  const row = (id: string) => db().selectFrom('testimonies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditActions = async (id: string) => (await db().selectFrom('audit_events').select(['action', 'details']).where('subject_id', '=', id).orderBy('occurred_at').execute()).map((e) => e.action);

  beforeAll(async () => {
    accounts = testAccounts(db()).accounts;
    moderator = await createIntercessor(accounts, { roles: ['moderator'] });
    pastor = await createIntercessor(accounts, { roles: ['pastor'] });
    intercessor = await createIntercessor(accounts, { roles: ['intercessor'] });
  });

  beforeEach(async () => {
    clock = NOW;
    for (const table of ['outbox', 'testimonies', 'prayer_requests'] as const) await db().deleteFrom(table).execute();
  });

  it('names every bad field at once: story missing or too short, no consent, an unknown kind, a bad email', async () => {
    const service = build();
    await expect(service.submit(ANONYMOUS, { text: '  ', kind: 'miracle', email: 'not-an-address' }, here)).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { text: 'missing', kind: 'unknown', email: 'invalid', consent: 'missing' } },
    });
    await expect(service.submit(ANONYMOUS, { text: 'Too short.', kind: 'healing', consent: true }, here)).rejects.toMatchObject({ details: { fields: { text: 'tooShort' } } });
    await expect(service.submit(ANONYMOUS, { text: 'x'.repeat(5001), kind: 'healing', consent: true }, here)).rejects.toMatchObject({ details: { fields: { text: 'tooLong' } } });
    await expect(service.submit(ANONYMOUS, { text: STORY, kind: 'healing', consent: false }, here)).rejects.toMatchObject({ details: { fields: { consent: 'missing' } } });
    expect(await db().selectFrom('testimonies').select('id').execute()).toEqual([]);
  });

  it('keeps a story off the list until a moderator publishes it, edited: the public reads the edit, scrubbed; the writer’s words stay for the audit', async () => {
    const service = build();
    const { id, status, crisis } = await service.submit(ANONYMOUS, { title: 'Home again', text: `${STORY}\n\nThank you, Maria Gonzalez.`, kind: 'came_back_to_god', firstName: 'Ana Lopez', language: 'en', consent: 'yes' }, here);
    expect({ status, crisis }).toEqual({ status: 'pending', crisis: null });
    expect(await publicIds(service)).toEqual([]);
    await expect(service.get(ANONYMOUS, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.queue(moderator)).pending.items.map((s) => s.id)).toEqual([id]);

    clock = new Date(NOW.getTime() + DAY);
    const edited = `${STORY}\n\nThank you, Maria Gonzalez. Call me on 555-867-5309.`;
    await service.approve(moderator, { id, publicText: edited });
    const view = presentStory(await service.get(ANONYMOUS, id), 'en');
    expect(view).toMatchObject({ title: 'Home again', firstName: 'Ana', anonymous: false, kind: 'came_back_to_god', source: 'story', publishedAt: clock.toISOString(), prayerCount: null });
    expect(view.text).toContain('Thank you, Maria G.');
    expect(view.text).not.toContain('Gonzalez');
    expect(view.text).not.toContain('867-5309');
    expect(await row(id)).toMatchObject({ text: `${STORY}\n\nThank you, Maria Gonzalez.`, public_text: edited, status: 'approved', moderated_by: moderator.id });
    expect(await auditActions(id)).toEqual(['story.approved']);
    // Decided already: a second decision conflicts.
    await expect(service.approve(moderator, { id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a story only with a reason, forgets its email, and never lists it', async () => {
    const service = build();
    const { id } = await service.submit(ANONYMOUS, { text: STORY, kind: 'other', email: 'writer@example.org', consent: true }, here);
    await expect(service.reject(moderator, { id, reason: ' ' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { reason: 'missing' } } });
    await service.reject(moderator, { id, reason: 'Advertising' });
    expect(await row(id)).toMatchObject({ status: 'rejected', decision_reason: 'Advertising', email: null });
    expect(await publicIds(service)).toEqual([]);
    expect(await auditActions(id)).toEqual(['story.rejected']);
  });

  it('holds a story with crisis language for pastors: resources at once, invisible and undecidable for moderators', async () => {
    const service = build();
    const { id, crisis } = await service.submit(ANONYMOUS, { text: 'God saved me, but tonight I want to kill myself again and I am scared.', kind: 'other', consent: true }, here);
    expect(crisis?.kinds).toContain('self_harm');
    expect(crisis?.resources.length).toBeGreaterThan(0);
    expect((await service.queue(moderator)).pending.items).toEqual([]);
    await expect(service.approve(moderator, { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.queue(pastor)).pending.items.map((s) => ({ id: s.id, crisis: s.crisisKinds.length > 0 }))).toEqual([{ id, crisis: true }]);
    expect(await publicIds(service)).toEqual([]);
    // Pastors are alerted through the outbox, with ids and kinds only — never the words.
    const events = await db().selectFrom('outbox').select(['topic', 'payload']).execute();
    expect(events.map((e) => e.topic)).toEqual(['story.crisis']);
    expect(JSON.parse(events[0]!.payload)).toEqual({ storyId: id, kinds: ['self_harm'] });
  });

  it('lists approved stories and consented answered prayers together, newest first, by language and kind, paged; never private, pending or crisis testimonies', async () => {
    const service = build();
    const answered = await seedRequest(db(), { status: 'answered', firstName: 'Lena', prayerCount: 4, visitorPrayerCount: 3, answeredAt: ago(3 * DAY) }, NOW);
    const testimony = await seedTestimony(db(), { requestId: answered, status: 'approved', consent: true, at: ago(3 * DAY), text: 'The scan was clear. Thank you all.' });
    const privateOne = await seedRequest(db(), { status: 'answered', answeredAt: ago(DAY) }, NOW);
    await seedTestimony(db(), { requestId: privateOne, consent: false, status: 'approved', at: ago(DAY), text: 'PRIVATE testimony' });
    const pendingOne = await seedRequest(db(), { status: 'answered' }, NOW);
    await seedTestimony(db(), { requestId: pendingOne, consent: true, at: ago(DAY), text: 'PENDING testimony' });
    const crisisOne = await seedRequest(db(), { status: 'answered', urgent: true, crisisKinds: ['abuse'], visibility: 'pastoral' }, NOW);
    await seedTestimony(db(), { requestId: crisisOne, consent: true, status: 'approved', at: ago(DAY), text: 'CRISIS testimony' });

    const ids: string[] = [];
    for (const [i, kind, language] of [[1, 'healing', 'en'], [2, 'came_to_faith', 'es'], [3, 'healing', 'en']] as const) {
      clock = new Date(NOW.getTime() - (10 - i) * 60_000);
      const { id } = await service.submit(ANONYMOUS, { text: `${STORY} (${i})`, kind, language, consent: true }, here);
      await service.approve(moderator, { id });
      ids.push(id);
    }
    const [healing1, faithEs, healing3] = ids;
    expect(await publicIds(service)).toEqual([healing3, faithEs, healing1, testimony]);
    expect(await publicIds(service, { language: 'en' })).toEqual([healing3, healing1, testimony]);
    expect(await publicIds(service, { language: 'es' })).toEqual([faithEs]);
    expect(await publicIds(service, { kind: 'healing' })).toEqual([healing3, healing1]);
    expect(await publicIds(service, { kind: 'answered_prayer' })).toEqual([testimony]);
    const entry = presentStory(await service.get(ANONYMOUS, testimony), 'es');
    expect(entry).toMatchObject({ source: 'answered_prayer', kind: 'answered_prayer', firstName: 'Lena', prayerCount: 7 });

    const first = await service.list(ANONYMOUS, { language: null, kind: null, limit: 3 });
    expect(first.entries.map((e) => e.id)).toEqual([healing3, faithEs, healing1]);
    const second = await service.list(ANONYMOUS, { language: null, kind: null, limit: 3, before: first.next! });
    expect(second).toEqual({ entries: [expect.objectContaining({ id: testimony })], next: null });
    await expect(service.list(ANONYMOUS, { language: null, kind: null, before: 'bogus!' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('unpublishes stories and testimonies (audited); moderators only', async () => {
    const service = build();
    const answered = await seedRequest(db(), { status: 'answered' }, NOW);
    const testimony = await seedTestimony(db(), { requestId: answered, status: 'approved', consent: true, at: ago(DAY) });
    const { id } = await service.submit(ANONYMOUS, { text: STORY, kind: 'healing', consent: true }, here);
    await expect(service.approve(intercessor, { id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.queue(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await service.approve(pastor, { id });
    expect((await service.queue(moderator)).published.items.map((s) => s.id).sort()).toEqual([id, testimony].sort());
    await service.unpublish(moderator, { id, reason: 'Asked to remove it' });
    await service.unpublish(moderator, { id: testimony });
    expect(await publicIds(service)).toEqual([]);
    await expect(service.unpublish(moderator, { id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await auditActions(id)).toEqual(['story.approved', 'story.unpublished']);
    expect(await auditActions(testimony)).toEqual(['story.unpublished']);
  });

  it('a requester deleting their request takes its testimony off /stories; the purge keeps only a published one, without the name', async () => {
    const service = build();
    const deleted = await seedRequest(db(), { status: 'answered', firstName: 'Rosa', answeredAt: ago(DAY) }, NOW);
    const gone = await seedTestimony(db(), { requestId: deleted, status: 'approved', consent: true, at: ago(DAY), text: 'DELETED testimony' });
    expect(await publicIds(service)).toEqual([gone]);
    await new RequestRepository(db()).erase(deleted, NOW.toISOString());
    expect(await publicIds(service)).toEqual([]);
    expect(await db().selectFrom('testimonies').select('id').where('request_id', '=', deleted).execute()).toEqual([]);

    await new SettingsRepository(db()).savePrayer({ purgeAfterDays: 90 }, null);
    const old = await seedRequest(db(), { status: 'answered', firstName: 'Rosa', answeredAt: ago(100 * DAY) }, NOW);
    const published = await seedTestimony(db(), { requestId: old, status: 'approved', consent: true, firstName: 'Rosa', at: ago(100 * DAY), text: 'Kept: published with consent.' });
    const kept = await seedTestimony(db(), { requestId: old, consent: false, at: ago(100 * DAY), text: 'Private words about my family.' });
    const waiting = await seedTestimony(db(), { requestId: old, consent: true, at: ago(100 * DAY), text: 'Never decided.' });
    expect(await new LifecycleService({ db: db(), settings: new SettingsRepository(db()) }).run(NOW)).toMatchObject({ purged: 1 });
    const remaining = await db().selectFrom('testimonies').select(['id', 'first_name']).where('request_id', '=', old).execute();
    expect(remaining).toEqual([{ id: published, first_name: null }]);
    expect([kept, waiting].some((id) => remaining.some((r) => r.id === id))).toBe(false);
    expect(presentStory(await service.get(ANONYMOUS, published), 'en')).toMatchObject({ anonymous: true, firstName: 'Anonymous' });
  });

  it('limits anonymous stories per address per hour, and still gives crisis resources when refusing', async () => {
    const service = build(1);
    await service.submit(ANONYMOUS, { text: STORY, kind: 'healing', consent: true }, here);
    await expect(service.submit(ANONYMOUS, { text: 'I want to kill myself, I cannot go on any more.', kind: 'other', consent: true }, here)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number), crisis: { kind: 'self_harm' } },
    });
    await service.submit(ANONYMOUS, { text: STORY, kind: 'healing', consent: true }, { ...here, clientAddress: '10.9.9.9' });
  });
});
