import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { TestClock } from '../../../test/harness/accounts-services.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { testRequests } from '../../../test/harness/prayer-requests.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import type { Accounts } from '../../accounts/accounts.js';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import type { PassageLookup, PassageResult, PassageService } from '../../scripture/passages/passage.types.js';
import type { PrayerRequests } from './requests.js';

/** A passage service that knows one verse in each language, and nothing else. */
function fakePassages(calls: PassageLookup[]): PassageService {
  return {
    async lookup(actor, input) {
      calls.push(input);
      if (input.reference !== 'Rom.8.34') throw new AppError('UNKNOWN_REFERENCE');
      const es = input.translation === 'RV1909';
      return {
        translation: { code: input.translation ?? 'WEB' },
        osis: 'Rom.8.34',
        reference: es ? 'Romanos 8:34' : 'Romans 8:34',
        passages: [{ text: es ? '¿Quién es el que condenará?' : 'Who is he who condemns?' }],
      } as unknown as PassageResult;
    },
    chapter: () => Promise.reject(new Error('not used')),
  };
}

describeEachDialect('prayer requests: the requester', (get) => {
  let requests: PrayerRequests;
  let clock: TestClock;
  let accounts: Accounts;
  const lookups: PassageLookup[] = [];
  const db = () => get().database.db;
  const submit = async (body: Record<string, unknown>) =>
    requests.intake.submit(ANONYMOUS, { category: 'other', visibility: 'team', ...body }, { clientAddress: '10.0.0.1', locale: 'en' });

  beforeAll(() => {
    ({ requests, clock, accounts } = testRequests(db(), { passages: fakePassages(lookups) }));
  });

  it('quotes verses from the translation of the request\'s language, and lists a verse it cannot quote by reference', async () => {
    const es = await submit({ text: 'Oren por mí', language: 'es' });
    await db()
      .insertInto('prayers')
      .values([
        { id: randomUUID(), request_id: es.request.id, user_id: null, kind: 'team', note: 'Ánimo', verse_osis: 'Rom.8.34', note_status: 'visible', created_at: clock.now.toISOString() },
        { id: randomUUID(), request_id: es.request.id, user_id: null, kind: 'team', note: null, verse_osis: 'John.3.16', note_status: 'none', created_at: clock.now.toISOString() },
      ])
      .execute();
    const details = await requests.requester.details(ANONYMOUS, { token: es.manageToken });
    const verses = details.prayers.map((p) => p.verse);
    expect(verses).toContainEqual({ osis: 'Rom.8.34', reference: 'Romanos 8:34', text: '¿Quién es el que condenará?', translation: 'RV1909' });
    expect(verses).toContainEqual({ osis: 'John.3.16', reference: 'Juan 3:16' });
    expect(lookups.every((l) => l.translation === 'RV1909')).toBe(true);
  });

  it('lets exactly one of several simultaneous "answered" win', async () => {
    const { manageToken } = await submit({ text: 'Pray for a home' });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => requests.requester.markAnswered(ANONYMOUS, { token: manageToken, testimony: 'We found one' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'CONFLICT' });
    const details = await requests.requester.details(ANONYMOUS, { token: manageToken });
    expect(details.updates.filter((u) => u.kind === 'answer')).toHaveLength(1);
    expect(details.testimony?.status).toBe('private');
  });

  it('deletes once when asked many times at once; the others find nothing', async () => {
    const { manageToken, request } = await submit({ text: 'Pray for me', email: 'twice@example.org' });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => requests.requester.remove(ANONYMOUS, { token: manageToken })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const deletedEvents = await db().selectFrom('outbox').select('payload').where('topic', '=', 'request.deleted').execute();
    expect(deletedEvents.filter((e) => e.payload.includes(request.id))).toHaveLength(1);
    await expect(requests.requester.open(ANONYMOUS, { token: manageToken })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('escalates crisis language in a later update: urgent, pastoral, off the wall, pastors alerted, kinds kept', async () => {
    const { manageToken, request } = await submit({ text: 'Pray for my job search', visibility: 'public' });
    await requests.moderation.approve({ kind: 'system', label: 'test' }, { id: request.id });
    const change = await requests.requester.postUpdate(ANONYMOUS, { token: manageToken, text: 'I lost everything. I want to die.' });
    expect(change.crisis?.kinds).toEqual(['self_harm']);
    expect(change.request).toMatchObject({ visibility: 'pastoral', urgent: true, moderation: 'not_required', crisisKinds: ['self_harm'] });
    const alerts = await db().selectFrom('outbox').select('payload').where('topic', '=', 'request.crisis').execute();
    expect(alerts.map((a) => JSON.parse(a.payload)).filter((p) => p.requestId === request.id)).toEqual([{ requestId: request.id, kinds: ['self_harm'], source: 'update', language: 'en' }]);
    const details = await requests.requester.details(ANONYMOUS, { token: manageToken });
    expect(details.crisisResources.map((r) => r.name)).toContain('988 Suicide & Crisis Lifeline');
    // A later, different crisis adds its kind; the first is kept.
    await requests.requester.postUpdate(ANONYMOUS, { token: manageToken, text: 'He hits me when he drinks.' });
    expect((await requests.repository.findById(request.id))?.crisisKinds).toEqual(['self_harm', 'abuse']);
  });

  it('never publishes a testimony carrying crisis language, whatever was ticked', async () => {
    const { manageToken, request } = await submit({ text: 'Pray for my marriage' });
    await requests.requester.markAnswered(ANONYMOUS, { token: manageToken, testimony: 'It got better, but some nights I still want to kill myself.', sharePublicly: true });
    const row = await db().selectFrom('testimonies').select(['status', 'consent_public']).where('request_id', '=', request.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'private', consent_public: 0 });
  });

  it('renews an expired request for the expiry period from today, and refuses to renew a closed one', async () => {
    const { manageToken, request } = await submit({ text: 'Pray for rain' });
    await db().updateTable('prayer_requests').set({ status: 'expired' }).where('id', '=', request.id).execute();
    clock.advance(40 * 86_400_000);
    const renewed = await requests.requester.renew(ANONYMOUS, { token: manageToken });
    expect(renewed.status).toBe('active');
    expect(Date.parse(renewed.expiresAt)).toBe(clock.now.getTime() + 30 * 86_400_000);
    await requests.requester.close(ANONYMOUS, { token: manageToken });
    await expect(requests.requester.renew(ANONYMOUS, { token: manageToken })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('ends the running commitments to a request when it is answered or closed, with that reason, and leaves ended ones alone', async () => {
    const intercessor = await createIntercessor(accounts);
    const commit = async (requestId: string, ended: boolean) => {
      const id = randomUUID();
      const at = new Date(clock.now.getTime() - 86_400_000).toISOString();
      await db()
        .insertInto('commitments')
        .values({ id, request_id: requestId, user_id: intercessor.id, days: 7, created_at: at, ends_at: new Date(clock.now.getTime() + 6 * 86_400_000).toISOString(), ended_at: ended ? at : null, end_reason: ended ? 'withdrawn' : null })
        .execute();
      return id;
    };
    const endOf = (id: string) => db().selectFrom('commitments').select(['ended_at', 'end_reason']).where('id', '=', id).executeTakeFirstOrThrow();
    const answered = await submit({ text: 'Pray for my exam' });
    const running = await commit(answered.request.id, false);
    const withdrawn = await commit(answered.request.id, true);
    await requests.requester.markAnswered(ANONYMOUS, { token: answered.manageToken });
    expect(await endOf(running)).toEqual({ ended_at: clock.now.toISOString(), end_reason: 'answered' });
    expect((await endOf(withdrawn)).end_reason).toBe('withdrawn');
    const closed = await submit({ text: 'Pray for my sister' });
    const other = await commit(closed.request.id, false);
    await requests.requester.close(ANONYMOUS, { token: closed.manageToken });
    expect(await endOf(other)).toEqual({ ended_at: clock.now.toISOString(), end_reason: 'closed' });
  });
});
