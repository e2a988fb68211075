import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../platform/db/database.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { useIntercessionSuite } from '../../../test/factories/intercession.fixture.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { seedPrayer } from '../../../test/factories/prayer-request.factory.js';
import { createScriptureServices } from '../../scripture/scripture.services.js';
import { createIntercession } from './intercession.js';
import { compareNeed, needScore } from './dispatch.score.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('the need score', () => {
  it('puts any unprayed request before any prayed-for one, and otherwise feeds the lowest prayers-per-day', () => {
    expect(needScore(0, 0.01)).toBe(0);
    expect(needScore(0, 40)).toBe(0);
    expect(needScore(3, 10)).toBeCloseTo(3 / 11);
    expect(needScore(1, 1 / 24)).toBeCloseTo(1 / (1 + 1 / 24));
    expect(needScore(2, -1)).toBe(2);
    const now = new Date('2026-03-01T12:00:00Z');
    const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
    const requests = [
      { id: 'fresh-prayed', urgent: false, prayerCount: 1, createdAt: at(HOUR) },
      { id: 'old-prayed', urgent: false, prayerCount: 3, createdAt: at(10 * DAY) },
      { id: 'new-unprayed', urgent: false, prayerCount: 0, createdAt: at(5 * 60_000) },
      { id: 'old-unprayed', urgent: false, prayerCount: 0, createdAt: at(2 * DAY) },
      { id: 'urgent', urgent: true, prayerCount: 0, createdAt: at(HOUR) },
      // Prayed for often: urgency no longer jumps the queue, but its rate counts a third (≈ 0.32 < 0.9).
      { id: 'urgent-prayed', urgent: true, prayerCount: 3, createdAt: at(2 * DAY) },
    ];
    expect([...requests].sort((a, b) => compareNeed(a, b, now)).map((r) => r.id)).toEqual([
      'urgent',
      'old-unprayed',
      'new-unprayed',
      'old-prayed',
      'urgent-prayed',
      'fresh-prayed',
    ]);
    expect(needScore(3, 2, true)).toBeCloseTo(3 / 3 / 3);
  });
});

describeEachDialect('dispatcher', (get, kind) => {
  const f = useIntercessionSuite(get);
  const now = () => f.clock.now;

  it('gives urgent requests first until their first prayer, then the fewest prayers for their age, unprayed ones oldest first', async () => {
    const ids = {
      freshPrayed: await f.seed({ prayerCount: 1, createdAt: new Date(now().getTime() - HOUR) }),
      oldPrayed: await f.seed({ prayerCount: 3, createdAt: new Date(now().getTime() - 10 * DAY) }),
      newUnprayed: await f.seed({ prayerCount: 0, createdAt: new Date(now().getTime() - 5 * 60_000) }),
      oldUnprayed: await f.seed({ prayerCount: 0, createdAt: new Date(now().getTime() - 2 * DAY) }),
      urgent: await f.seed({ prayerCount: 0, urgent: true, visibility: 'team', createdAt: new Date(now().getTime() - HOUR) }),
      // An urgent request already prayed for 40 times in an hour must not starve the others.
      urgentPrayed: await f.seed({ prayerCount: 40, urgent: true, visibility: 'team', createdAt: new Date(now().getTime() - HOUR) }),
    };
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const someone = await createIntercessor(f.accounts);
      order.push((await f.intercession.dispatch.next(someone))!.request.id);
    }
    expect(order).toEqual([ids.urgent, ids.oldUnprayed, ids.newUnprayed, ids.oldPrayed, ids.freshPrayed, ids.urgentPrayed]);
    expect(await f.intercession.dispatch.next(await createIntercessor(f.accounts))).toBeNull();
  });

  it('spreads prayers so that no request waits while others collect many', async () => {
    // Twelve requests of different ages (up to 2¾ days), forty intercessors who each claim and pray once.
    for (let i = 0; i < 12; i++) await f.seed({ createdAt: new Date(now().getTime() - i * 6 * HOUR) });
    const people = await Promise.all(Array.from({ length: 40 }, () => createIntercessor(f.accounts)));
    const given: string[] = [];
    for (const person of people) {
      const got = await f.intercession.dispatch.next(person);
      given.push(got!.request.id);
      await f.intercession.prayers.pray(person, { requestId: got!.request.id });
    }
    // Every request had its first prayer before any had a second.
    expect(new Set(given.slice(0, 12)).size).toBe(12);
    // And at the end no request is behind: when a request got its last prayer it was the most in need,
    // so its need before that prayer is at most every other request's need now.
    const rows = await f.db.selectFrom('prayer_requests').select(['prayer_count', 'created_at']).execute();
    const age = (createdAt: string) => (now().getTime() - Date.parse(createdAt)) / DAY;
    for (const a of rows) {
      for (const b of rows) {
        expect(needScore(Number(a.prayer_count) - 1, age(a.created_at))).toBeLessThanOrEqual(needScore(Number(b.prayer_count), age(b.created_at)) + 1e-9);
      }
    }
    const counts = rows.map((r) => Number(r.prayer_count));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(40);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
  });

  it("never gives someone their own request, one they prayed for in the last day, or one they skipped or flagged", async () => {
    const own = await f.seed({ submittedBy: f.me.id });
    const prayedRecently = await f.seed();
    await seedPrayer(f.db, { requestId: prayedRecently, userId: f.me.id, at: new Date(now().getTime() - 23 * HOUR) });
    const prayedLongAgo = await f.seed({ createdAt: new Date(now().getTime() - 3 * DAY), prayerCount: 1 });
    await seedPrayer(f.db, { requestId: prayedLongAgo, userId: f.me.id, at: new Date(now().getTime() - 25 * HOUR) });
    const skipped = await f.seed();
    const flagged = await f.seed();
    const someone = await createIntercessor(f.accounts);
    await f.intercession.prayers.skip(f.me, { requestId: skipped });
    await f.intercession.prayers.flag(f.me, { requestId: flagged, reason: 'It names a person' });
    const first = await f.intercession.dispatch.next(f.me);
    expect(first!.request.id).toBe(prayedLongAgo);
    await f.intercession.prayers.pray(f.me, { requestId: prayedLongAgo });
    expect(await f.intercession.dispatch.next(f.me)).toBeNull();
    // Others are given them: the exclusions are the asker's own.
    const theirs: string[] = [];
    for (let i = 0; i < 10; i++) {
      const got = await f.intercession.dispatch.next(someone);
      if (!got) break;
      theirs.push(got.request.id);
      await f.intercession.prayers.skip(someone, { requestId: got.request.id });
    }
    expect(theirs).toEqual(expect.arrayContaining([own, prayedRecently, skipped, flagged, prayedLongAgo]));
  });

  it('offers a skipped request again once the repray window has passed', async () => {
    const id = await f.seed();
    await f.intercession.prayers.skip(f.me, { requestId: id });
    expect(await f.intercession.dispatch.next(f.me)).toBeNull();
    f.clock.advance(25 * HOUR);
    expect((await f.intercession.dispatch.next(f.me))!.request.id).toBe(id);
  });

  it('gives only live, visible requests in languages the intercessor speaks', async () => {
    await f.seed({ language: 'es' });
    await f.seed({ visibility: 'pastoral' });
    await f.seed({ hidden: true });
    await f.seed({ status: 'answered' });
    await f.seed({ status: 'closed' });
    await f.seed({ expiresAt: new Date(now().getTime() - 1000) });
    await f.seed({ moderation: 'rejected' });
    expect(await f.intercession.dispatch.next(f.me)).toBeNull();
    const team = await f.seed({ visibility: 'team' });
    expect((await f.intercession.dispatch.next(f.me))!.request.id).toBe(team);

    const bilingual = await createIntercessor(f.accounts, { languages: ['en', 'es'] });
    expect((await f.intercession.dispatch.next(bilingual))!.request.language).toBe('es');
    const pastor = await createIntercessor(f.accounts, { roles: ['intercessor', 'pastor'] });
    expect((await f.intercession.dispatch.next(pastor))!.request.visibility).toBe('pastoral');
  });

  it("records a pastor's reading of a pastoral request in the audit log, and shows pastors the requester's own words", async () => {
    const id = await f.seed({ visibility: 'pastoral', text: 'Call me on 612 345 678, Ana Pérez', publicText: 'Call me on [phone removed], Ana P.' });
    const pastor = await createIntercessor(f.accounts, { roles: ['intercessor', 'pastor'] });
    const got = await f.intercession.dispatch.next(pastor);
    expect(got!.request.id).toBe(id);
    const { presentAssignment } = await import('./intercession.presenter.js');
    expect(presentAssignment(pastor, got!).request.text).toBe('Call me on 612 345 678, Ana Pérez');
    const events = await f.db.selectFrom('audit_events').selectAll().where('action', '=', 'prayer_request.viewed').where('subject_id', '=', id).execute();
    expect(events).toHaveLength(1);
    expect(events[0].actor_id).toBe(pastor.id);
    expect(JSON.parse(events[0].details)).not.toHaveProperty('text');
  });

  it('shows intercessors the scrubbed text, never the original', async () => {
    await f.seed({ text: 'Pray for Daniel García, 612 345 678', publicText: 'Pray for Daniel G., [phone removed]' });
    const got = await f.intercession.dispatch.next(f.me);
    const { presentAssignment } = await import('./intercession.presenter.js');
    const view = presentAssignment(f.me, got!);
    expect(view.request.text).toBe('Pray for Daniel G., [phone removed]');
    // Not '612' alone: a random UUID in the view may contain those digits (it did once, on PostgreSQL).
    expect(JSON.stringify(view)).not.toMatch(/612 345|García/);
  });

  it('keeps a request for its intercessor: the same lease back, nobody else gets it until it lapses', async () => {
    const id = await f.seed();
    const first = await f.intercession.dispatch.next(f.me);
    expect(first!.request.id).toBe(id);
    f.clock.advance(5 * 60_000);
    const again = await f.intercession.dispatch.next(f.me);
    expect(again!.lease!.id).toBe(first!.lease!.id);
    expect(Date.parse(again!.lease!.expiresAt)).toBe(now().getTime() + 10 * 60_000);
    const other = await createIntercessor(f.accounts);
    expect(await f.intercession.dispatch.next(other)).toBeNull();
    // The lease lapses (nobody came back to it): the request returns to the pool.
    f.clock.advance(11 * 60_000);
    const taken = await f.intercession.dispatch.next(other);
    expect(taken!.request.id).toBe(id);
    expect(taken!.lease!.id).not.toBe(first!.lease!.id);
    // Its first holder now gets nothing (it is leased to someone else).
    expect(await f.intercession.dispatch.next(f.me)).toBeNull();
  });

  it('refuses people who may not pray, with coded errors', async () => {
    const noCovenant = await createIntercessor(f.accounts, { covenant: false });
    const moderator = await createIntercessor(f.accounts, { roles: ['moderator'] });
    await expect(f.intercession.dispatch.next(noCovenant)).rejects.toMatchObject({ code: 'COVENANT_REQUIRED' });
    await expect(f.intercession.dispatch.next(moderator)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(f.intercession.dispatch.next({ kind: 'anonymous' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  describe('at the same moment', () => {
    let pool: Database | undefined;
    afterAll(async () => {
      await pool?.close();
    });

    /** On PostgreSQL, a pool wide enough that the claims really run at once. */
    async function concurrentServices() {
      const test = get();
      if (kind !== 'postgres' || !test.postgres) return f.intercession;
      pool ??= await openDatabase({ url: test.postgres.url, schema: test.postgres.schema, poolSize: 25 });
      return createIntercession({ db: pool.db, kind: pool.kind, scripture: createScriptureServices(pool), accounts: f.accounts, clock: f.clock.clock });
    }

    it('50 concurrent claims never lease one request to two intercessors', async () => {
      const services = await concurrentServices();
      for (let i = 0; i < 40; i++) await f.seed({ createdAt: new Date(now().getTime() - i * 60_000) });
      const people = await Promise.all(Array.from({ length: 50 }, () => createIntercessor(f.accounts)));
      const results = await Promise.all(people.map((p) => services.dispatch.next(p)));
      const given = results.filter((r) => r !== null).map((r) => r!.request.id);
      expect(given).toHaveLength(40);
      expect(new Set(given).size).toBe(40);
      expect(results.filter((r) => r === null)).toHaveLength(10);
      const leases = await f.db.selectFrom('prayer_leases').select(['request_id', 'user_id']).execute();
      expect(leases).toHaveLength(40);
      expect(new Set(leases.map((l) => l.user_id)).size).toBe(40);
    });

    it('concurrent "I prayed" never loses a count, and announces the first prayer once', async () => {
      const services = await concurrentServices();
      const id = await f.seed({ visibility: 'team' });
      const people = await Promise.all(Array.from({ length: 50 }, () => createIntercessor(f.accounts)));
      await Promise.all(people.map((p) => services.prayers.pray(p, { requestId: id })));
      const row = await f.db.selectFrom('prayer_requests').select(['prayer_count', 'first_prayed_at', 'last_prayed_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(Number(row.prayer_count)).toBe(50);
      expect(row.first_prayed_at).not.toBeNull();
      const prayers = await f.db.selectFrom('prayers').select('id').where('request_id', '=', id).execute();
      expect(prayers).toHaveLength(50);
      const outbox = await f.db.selectFrom('outbox').select(['topic', 'dedupe_key']).execute();
      expect(outbox.filter((o) => o.topic === 'prayer.recorded')).toHaveLength(50);
      expect(outbox.filter((o) => o.topic === 'prayer.first')).toEqual([{ topic: 'prayer.first', dedupe_key: `prayer.first:${id}` }]);
    });

    it('concurrent claims and prayers by the same people keep every count and lease straight', async () => {
      const services = await concurrentServices();
      for (let i = 0; i < 10; i++) await f.seed({ visibility: 'team', createdAt: new Date(now().getTime() - i * HOUR) });
      const people = await Promise.all(Array.from({ length: 20 }, () => createIntercessor(f.accounts)));
      // Each person claims and prays three times over; all of them at once.
      await Promise.all(
        people.map(async (p) => {
          for (let round = 0; round < 3; round++) {
            const got = await services.dispatch.next(p);
            if (!got) return;
            await services.prayers.pray(p, { requestId: got.request.id });
          }
        }),
      );
      const prayers = await f.db.selectFrom('prayers').select(['request_id', 'user_id']).execute();
      const total = await f.db.selectFrom('prayer_requests').select((eb) => eb.fn.sum<number>('prayer_count').as('n')).executeTakeFirstOrThrow();
      expect(Number(total.n)).toBe(prayers.length);
      // Nobody prayed for the same request twice within the repray window.
      expect(new Set(prayers.map((p) => `${p.user_id}:${p.request_id}`)).size).toBe(prayers.length);
      expect(await f.db.selectFrom('prayer_leases').selectAll().execute()).toHaveLength(0);
    });
  });
});
