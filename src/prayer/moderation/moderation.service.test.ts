import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Accounts } from '../../accounts/accounts.js';
import { ANONYMOUS, type UserActor } from '../../platform/auth/actor.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { seedFlag, seedTestimony } from '../../../test/factories/ministry.factory.js';
import { seedPrayer, seedRequest } from '../../../test/factories/prayer-request.factory.js';
import { testRequests } from '../../../test/harness/prayer-requests.js';
import { VisitorPrayerLimiter } from '../wall/visitor-prayer-limit.js';
import { WallService } from '../wall/wall.service.js';
import { createModeration, type Moderation } from './moderation.js';

const HOUR = 60 * 60 * 1000;

describeEachDialect('review queue and pastoral care', (get) => {
  const db = () => get().database.db;
  let accounts: Accounts;
  let moderation: Moderation;
  let now: () => Date;
  let moderator: UserActor;
  let pastor: UserActor;
  let intercessor: UserActor;
  let admin: UserActor;

  const auditActions = async (subjectId: string) =>
    (await db().selectFrom('audit_events').select(['action', 'details']).where('subject_id', '=', subjectId).orderBy('occurred_at').orderBy('id').execute()).map((e) => ({
      action: e.action,
      details: JSON.parse(e.details) as Record<string, unknown>,
    }));

  beforeAll(async () => {
    const built = testRequests(db());
    accounts = built.accounts;
    now = built.clock.clock;
    moderation = createModeration({ db: db(), audit: accounts.audit, requests: built.requests.moderation, clock: now });
    moderator = await createIntercessor(accounts, { roles: ['moderator'] });
    pastor = await createIntercessor(accounts, { roles: ['pastor'] });
    intercessor = await createIntercessor(accounts, { roles: ['intercessor'] });
    admin = await createIntercessor(accounts, { roles: ['admin'] });
  });

  beforeEach(async () => {
    for (const table of ['pastoral_follow_ups', 'prayer_flags', 'prayers', 'testimonies', 'prayer_requests'] as const) await db().deleteFrom(table).execute();
  });

  it('is for moderators and pastors only', async () => {
    for (const actor of [ANONYMOUS, intercessor, admin]) await expect(moderation.queue.queue(actor)).rejects.toMatchObject({ code: expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/) });
    const unsworn = await createIntercessor(accounts, { roles: ['moderator'], covenant: false });
    await expect(moderation.queue.queue(unsworn)).rejects.toMatchObject({ code: 'COVENANT_REQUIRED' });
    for (const actor of [ANONYMOUS, intercessor, moderator, admin]) await expect(moderation.pastoral.list(actor)).rejects.toMatchObject({ code: expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/) });
  });

  it('gives moderators the public requests waiting for approval, oldest first, and approving puts one on the wall', async () => {
    const t = now().getTime();
    const newer = await seedRequest(db(), { moderation: 'pending', text: 'newer', createdAt: new Date(t - HOUR) }, now());
    const older = await seedRequest(db(), { moderation: 'pending', text: 'older', createdAt: new Date(t - 2 * HOUR) }, now());
    await seedRequest(db(), { moderation: 'pending', visibility: 'public', status: 'deleted', text: null, publicText: null }, now());
    await seedRequest(db(), { visibility: 'team' }, now());
    const queue = await moderation.queue.queue(moderator);
    expect(queue.pending?.items.map((r) => r.id)).toEqual([older, newer]);
    expect(queue.pending?.total).toBe(2);
    // A pastor who is not a moderator has no approval queue (approving is a moderator's call).
    expect((await moderation.queue.queue(pastor)).pending).toBeNull();
    await expect(moderation.queue.approve(pastor, { requestId: older })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await moderation.queue.approve(moderator, { requestId: older });
    await moderation.queue.reject(moderator, { requestId: newer });
    const wall = new WallService({ db: db(), limiter: new VisitorPrayerLimiter(new MemoryCounterStore()), clock: now });
    expect((await wall.page(ANONYMOUS)).entries.map((e) => e.request.id)).toEqual([older]);
    expect((await moderation.queue.queue(moderator)).pending?.total).toBe(0);
  });

  it('lists flagged requests (hidden first) with their reasons, and keeps or removes them — once', async () => {
    const t = now().getTime();
    const hidden = await seedRequest(db(), { hidden: true, flagCount: 3, text: 'hidden one' }, now());
    const flaggedOnce = await seedRequest(db(), { flagCount: 1 }, now());
    for (const reason of ['Looks like an advert', 'Not a prayer', 'Spam']) await seedFlag(db(), { requestId: hidden, reason, at: new Date(t - HOUR) });
    await seedFlag(db(), { requestId: flaggedOnce, reason: 'Unsure', at: new Date(t - 2 * HOUR) });
    const pastoralFlagged = await seedRequest(db(), { visibility: 'pastoral' }, now());
    await seedFlag(db(), { requestId: pastoralFlagged, at: new Date(t - 3 * HOUR) });

    const queue = await moderation.queue.queue(moderator);
    expect(queue.flagged.items.map((f) => f.request.id)).toEqual([hidden, flaggedOnce]);
    expect(queue.flagged.items[0].flags.map((f) => f.reason)).toEqual(['Looks like an advert', 'Not a prayer', 'Spam']);
    // Pastors also see the flagged pastoral request; moderators may not even learn it exists.
    expect((await moderation.queue.queue(pastor)).flagged.items.map((f) => f.request.id)).toContain(pastoralFlagged);
    await expect(moderation.queue.resolveRequest(moderator, { requestId: pastoralFlagged, decision: 'keep' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await expect(moderation.queue.resolveRequest(moderator, { requestId: hidden, decision: 'maybe' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { decision: 'invalid' } } });
    expect(await moderation.queue.resolveRequest(moderator, { requestId: hidden, decision: 'keep' })).toEqual({ flags: 3 });
    await expect(moderation.queue.resolveRequest(moderator, { requestId: hidden, decision: 'keep' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const kept = await db().selectFrom('prayer_requests').select(['hidden', 'flag_count']).where('id', '=', hidden).executeTakeFirstOrThrow();
    expect(kept).toEqual({ hidden: 0, flag_count: 0 });
    expect(await db().selectFrom('prayer_flags').select('resolution').where('request_id', '=', hidden).execute()).toEqual([{ resolution: 'kept' }, { resolution: 'kept' }, { resolution: 'kept' }]);

    await moderation.queue.resolveRequest(pastor, { requestId: pastoralFlagged, decision: 'remove' });
    expect((await db().selectFrom('prayer_requests').select('hidden').where('id', '=', pastoralFlagged).executeTakeFirstOrThrow()).hidden).toBe(1);
    expect(await auditActions(hidden)).toEqual([{ action: 'prayer_request.flags_dismissed', details: { flags: 3 } }]);
    expect(await auditActions(pastoralFlagged)).toEqual([{ action: 'prayer_request.removed', details: { flags: 1 } }]);
    expect((await moderation.queue.queue(moderator)).flagged.items.map((f) => f.request.id)).toEqual([flaggedOnce]);
  });

  it('reviews notes held by the safety check or by flags: kept notes reach the requester, removed ones never do', async () => {
    const t = new Date(now().getTime() - HOUR);
    const request = await seedRequest(db(), { visibility: 'team' }, now());
    const held = await seedPrayer(db(), { requestId: request, userId: intercessor.id, at: t, note: 'Call me on 555 123 4567', noteStatus: 'held', verseOsis: 'Rom.8.34' });
    const flaggedVisible = await seedPrayer(db(), { requestId: request, userId: intercessor.id, at: t, note: 'Praying for you', noteStatus: 'visible' });
    await seedFlag(db(), { requestId: request, prayerId: flaggedVisible, reason: 'Odd tone', at: t });
    await seedPrayer(db(), { requestId: request, userId: intercessor.id, at: t, note: 'Fine note', noteStatus: 'visible' });
    const pastoralRequest = await seedRequest(db(), { visibility: 'pastoral' }, now());
    const pastoralNote = await seedPrayer(db(), { requestId: pastoralRequest, userId: pastor.id, at: t, note: 'I feel like ending it all', noteStatus: 'held' });

    const queue = await moderation.queue.queue(moderator);
    expect(queue.notes.items.map((n) => n.prayerId).sort()).toEqual([held, flaggedVisible].sort());
    const heldItem = queue.notes.items.find((n) => n.prayerId === held)!;
    expect(heldItem).toMatchObject({ noteStatus: 'held', verseOsis: 'Rom.8.34', authorName: 'Test Intercessor', flags: [] });
    expect((await moderation.queue.queue(pastor)).notes.items.map((n) => n.prayerId)).toContain(pastoralNote);
    await expect(moderation.queue.resolveNote(moderator, { prayerId: pastoralNote, decision: 'keep' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await moderation.queue.resolveNote(moderator, { prayerId: held, decision: 'remove' });
    await moderation.queue.resolveNote(moderator, { prayerId: flaggedVisible, decision: 'keep' });
    await expect(moderation.queue.resolveNote(moderator, { prayerId: held, decision: 'keep' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const statuses = await db().selectFrom('prayers').select(['id', 'note_status']).where('id', 'in', [held, flaggedVisible]).execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.note_status]))).toEqual({ [held]: 'removed', [flaggedVisible]: 'visible' });
    expect((await moderation.queue.queue(moderator)).notes.total).toBe(0);
    expect(await auditActions(held)).toEqual([{ action: 'prayer_note.removed', details: { requestId: request, flags: 0 } }]);
  });

  it('publishes testimonies only when shared with consent, after approval', async () => {
    const at = new Date(now().getTime() - HOUR);
    const request = await seedRequest(db(), { status: 'answered' }, now());
    const shared = await seedTestimony(db(), { requestId: request, consent: true, at });
    const privateOne = await seedTestimony(db(), { requestId: request, consent: false, at });
    const pastoralRequest = await seedRequest(db(), { visibility: 'pastoral', status: 'answered' }, now());
    const pastoralShared = await seedTestimony(db(), { requestId: pastoralRequest, consent: true, at });

    const queue = await moderation.queue.queue(moderator);
    expect(queue.testimonies.items.map((s) => s.id)).toEqual([shared]);
    expect((await moderation.queue.queue(pastor)).testimonies.items.map((s) => s.id).sort()).toEqual([shared, pastoralShared].sort());
    await expect(moderation.queue.decideTestimony(moderator, { testimonyId: privateOne, decision: 'approve' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(moderation.queue.decideTestimony(moderator, { testimonyId: pastoralShared, decision: 'approve' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(moderation.queue.decideTestimony(moderator, { testimonyId: shared, decision: 'yes' })).rejects.toMatchObject({ code: 'VALIDATION' });

    await moderation.queue.decideTestimony(moderator, { testimonyId: shared, decision: 'approve' });
    await expect(moderation.queue.decideTestimony(moderator, { testimonyId: shared, decision: 'reject' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const wall = new WallService({ db: db(), limiter: new VisitorPrayerLimiter(new MemoryCounterStore()), clock: now });
    const [entry] = (await wall.page(ANONYMOUS)).entries;
    expect(entry.testimony?.text).toContain('came home from hospital');
    expect(await auditActions(shared)).toEqual([{ action: 'testimony.approved', details: { requestId: request } }]);
  });

  it('shows pastors urgent and pastoral requests — crisis first, then not yet followed up — and audits every reading', async () => {
    const t = now().getTime();
    const pastoral = await seedRequest(db(), { visibility: 'pastoral', createdAt: new Date(t - 3 * HOUR), text: 'My own words, with my number 555 000 1111', email: 'me@example.org' }, now());
    const crisis = await seedRequest(db(), { visibility: 'pastoral', urgent: true, crisisKinds: ['self_harm'], createdAt: new Date(t - HOUR) }, now());
    const followedUp = await seedRequest(db(), { visibility: 'pastoral', createdAt: new Date(t - 5 * HOUR) }, now());
    await seedRequest(db(), { visibility: 'team' }, now());
    await seedRequest(db(), { visibility: 'pastoral', status: 'deleted', text: null }, now());
    const answered = await seedRequest(db(), { visibility: 'pastoral', status: 'answered' }, now());

    await moderation.pastoral.setFollowUp(pastor, { requestId: followedUp, status: 'contacting' });
    expect((await moderation.pastoral.list(pastor)).items.map((i) => i.request.id)).toEqual([crisis, pastoral, followedUp]);
    expect((await moderation.pastoral.list(pastor, { filter: 'all' })).items.map((i) => i.request.id)).toContain(answered);

    const opened = await moderation.pastoral.open(pastor, { requestId: pastoral });
    expect(opened.request.text).toContain('555 000 1111');
    expect(opened.request.email).toBe('me@example.org');
    expect(opened.followUp).toEqual({ status: 'new', updatedAt: null, updatedBy: null });
    expect(await auditActions(pastoral)).toEqual([{ action: 'prayer_request.viewed', details: { visibility: 'pastoral', urgent: false, via: 'pastoral_dashboard' } }]);

    await expect(moderation.pastoral.setFollowUp(pastor, { requestId: crisis, status: 'called' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { status: 'invalid' } } });
    await expect(moderation.pastoral.setFollowUp(pastor, { requestId: crisis, status: '' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { status: 'missing' } } });
    const done = await moderation.pastoral.setFollowUp(pastor, { requestId: crisis, status: 'closed' });
    expect(done).toMatchObject({ status: 'closed', updatedBy: 'Test Intercessor' });
    expect((await moderation.pastoral.list(pastor)).items.map((i) => i.request.id)).toEqual([pastoral, followedUp]);
    expect((await auditActions(crisis)).map((e) => e.action)).toEqual(['prayer_request.follow_up']);
    // A request that is neither urgent nor pastoral is not a pastoral request.
    const team = await seedRequest(db(), { visibility: 'team' }, now());
    await expect(moderation.pastoral.open(pastor, { requestId: team })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
