import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { useIntercessionSuite } from '../../../test/factories/intercession.fixture.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { seedPrayer } from '../../../test/factories/prayer-request.factory.js';
import type { Visibility } from '../prayer.types.js';
import { dispatchRepositoryFor, type CandidateFilter } from './dispatch.repository.js';
import { compareNeed } from './dispatch.score.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A small deterministic generator: the same pool on every run and dialect. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describeEachDialect('dispatch candidates', (get, kind) => {
  const f = useIntercessionSuite(get);
  const now = () => f.clock.now;

  /**
   * Every request `filter` allows, decided here in plain code from the tables' rows (not by the SQL under
   * test), sorted by compareNeed: the order the dispatcher is defined to follow.
   */
  async function bruteForce(filter: CandidateFilter): Promise<string[]> {
    const at = filter.now.toISOString();
    const requests = await f.db.selectFrom('prayer_requests').selectAll().execute();
    const leased = new Set((await f.db.selectFrom('prayer_leases').selectAll().execute()).filter((l) => l.expires_at > at).map((l) => l.request_id));
    const prayed = new Set((await f.db.selectFrom('prayers').selectAll().execute()).filter((p) => p.user_id === filter.userId && p.created_at > filter.prayedSince).map((p) => p.request_id));
    const skipped = new Set((await f.db.selectFrom('prayer_skips').selectAll().execute()).filter((s) => s.user_id === filter.userId && s.created_at > filter.skippedSince).map((s) => s.request_id));
    const flagged = new Set((await f.db.selectFrom('prayer_flags').selectAll().execute()).filter((x) => x.user_id === filter.userId && x.prayer_id === null).map((x) => x.request_id));
    const excluded = new Set(filter.exclude ?? []);
    return requests
      .filter(
        (r) =>
          r.status === 'active' &&
          Number(r.hidden) === 0 &&
          r.moderation !== 'rejected' &&
          r.expires_at > at &&
          filter.visibilities.includes(r.visibility as Visibility) &&
          (filter.languages as readonly string[]).includes(r.language) &&
          r.submitted_by !== filter.userId &&
          ![leased, prayed, skipped, flagged, excluded].some((set) => set.has(r.id)),
      )
      .map((r) => ({ id: r.id, urgent: Number(r.urgent) === 1, prayerCount: Number(r.prayer_count), createdAt: r.created_at }))
      .sort((a, b) => compareNeed(a, b, filter.now))
      .map((r) => r.id);
  }

  it('gives the same requests in the same order as sorting every eligible request with compareNeed', async () => {
    const random = prng(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const asker = await createIntercessor(f.accounts, { languages: ['en'] });
    const other = await createIntercessor(f.accounts);
    // A few shared creation times, so that groups hold ties that only the id breaks.
    const shared = [2 * DAY, 5 * DAY + 3 * HOUR, 11 * DAY].map((ago) => new Date(now().getTime() - ago));
    const ids: string[] = [];
    for (let i = 0; i < 320; i++) {
      const ageMs = random() < 0.1 ? -random() * HOUR : random() * 40 * DAY; // a few "from the future" (clock skew)
      ids.push(
        await f.seed({
          createdAt: random() < 0.15 ? pick(shared) : new Date(now().getTime() - ageMs),
          expiresAt: new Date(now().getTime() + (random() < 0.04 ? -HOUR : 30 * DAY)),
          prayerCount: random() < 0.25 ? 0 : Math.floor(random() * 14),
          urgent: random() < 0.2,
          visibility: pick(['public', 'team', 'team', 'pastoral'] as const),
          language: random() < 0.2 ? 'es' : 'en',
          status: random() < 0.05 ? pick(['answered', 'closed'] as const) : 'active',
          moderation: random() < 0.04 ? 'rejected' : undefined,
          hidden: random() < 0.04,
          submittedBy: random() < 0.05 ? asker.id : null,
        }),
      );
    }
    // What keeps some of them from the asker now: leases (one lapsed), their prayers and skips (some
    // outside the repray window), their flags, and someone else's prayers and skips (which do not count).
    const since = new Date(now().getTime() - DAY).toISOString();
    for (const [n, id] of ids.slice(0, 60).entries()) {
      const when = new Date(now().getTime() - (n % 2 === 0 ? 2 * HOUR : 3 * DAY));
      if (n < 12) {
        await f.db.insertInto('prayer_leases').values({ request_id: id, lease_id: `lease-${n}`, user_id: other.id, created_at: when.toISOString(), expires_at: new Date(now().getTime() + (n === 0 ? -60_000 : 10 * 60_000)).toISOString() }).execute();
      } else if (n < 30) {
        await seedPrayer(f.db, { requestId: id, userId: n < 24 ? asker.id : other.id, at: when });
      } else if (n < 45) {
        await f.db.insertInto('prayer_skips').values({ user_id: n < 40 ? asker.id : other.id, request_id: id, created_at: when.toISOString() }).execute();
      } else {
        await f.db.insertInto('prayer_flags').values({ id: `flag-${n}`, request_id: id, user_id: n < 52 ? asker.id : other.id, reason: 'test', created_at: when.toISOString() }).execute();
      }
    }

    const askers: CandidateFilter[] = [
      { userId: asker.id, visibilities: ['public', 'team'], languages: ['en'], now: now(), prayedSince: since, skippedSince: since },
      { userId: other.id, visibilities: ['public', 'team', 'pastoral'], languages: ['en', 'es'], now: now(), prayedSince: since, skippedSince: since },
      { userId: asker.id, visibilities: ['team'], languages: ['es'], now: now(), prayedSince: since, skippedSince: since },
      // Later, with a longer repray window and the first few already tried in this claim.
      { userId: asker.id, visibilities: ['public', 'team', 'pastoral'], languages: ['en', 'es'], now: new Date(now().getTime() + 2 * DAY), prayedSince: since, skippedSince: since, exclude: ids.slice(100, 110) },
    ];
    let compared = 0;
    for (const filter of askers) {
      const expected = await bruteForce(filter);
      expect(expected.length).toBeGreaterThan(10);
      for (const limit of [1, 2, 7, 40, 1000]) {
        const got = await f.db.transaction().execute(async (trx) => (await dispatchRepositoryFor(kind, trx).candidates(filter, limit)).map((r) => r.id));
        expect(got).toEqual(expected.slice(0, limit));
        compared++;
      }
    }
    expect(compared).toBe(20);
  });

  it('follows compareNeed for one language or both, with or without pastoral, when the oldest requests are in the others', async () => {
    const random = prng(23);
    const asker = await createIntercessor(f.accounts, { languages: ['es'] });
    const other = await createIntercessor(f.accounts);
    const ids: string[] = [];
    const seedMany = async (count: number, make: () => Parameters<typeof f.seed>[0]) => {
      for (let i = 0; i < count; i++) ids.push(await f.seed(make()));
    };
    // Most of the pool: older English public and team requests, and older pastoral ones in both languages,
    // nearly all prayed for (counts up to 40, so the groups span several ranges of prayer counts).
    const prayedFor = () => (random() < 0.05 ? 0 : 1 + Math.floor(random() * 40));
    const tie = new Date(now().getTime() - 20 * DAY);
    await seedMany(240, () => ({
      createdAt: random() < 0.1 ? tie : new Date(now().getTime() - (10 + random() * 30) * DAY),
      prayerCount: prayedFor(),
      urgent: random() < 0.15,
      visibility: random() < 0.5 ? 'public' : 'team',
      language: 'en',
    }));
    await seedMany(60, () => ({
      createdAt: new Date(now().getTime() - (5 + random() * 35) * DAY),
      prayerCount: prayedFor(),
      urgent: random() < 0.3,
      visibility: 'pastoral',
      language: random() < 0.5 ? 'es' : 'en',
    }));
    // A few newer Spanish ones, and newer English ones among them.
    await seedMany(40, () => ({
      createdAt: random() < 0.1 ? tie : new Date(now().getTime() - random() * 12 * DAY),
      prayerCount: prayedFor(),
      urgent: random() < 0.15,
      visibility: random() < 0.5 ? 'public' : 'team',
      language: random() < 0.6 ? 'es' : 'en',
      hidden: random() < 0.05,
    }));
    const since = new Date(now().getTime() - DAY).toISOString();
    for (const [n, id] of ids.filter((_, i) => i % 9 === 0).entries()) {
      if (n % 3 === 0) await seedPrayer(f.db, { requestId: id, userId: asker.id, at: new Date(now().getTime() - HOUR) });
      else if (n % 3 === 1) await f.db.insertInto('prayer_leases').values({ request_id: id, lease_id: `lease-${n}`, user_id: other.id, created_at: now().toISOString(), expires_at: new Date(now().getTime() + 10 * 60_000).toISOString() }).execute();
    }

    const ask = (languages: CandidateFilter['languages'], visibilities: CandidateFilter['visibilities']): CandidateFilter => ({ userId: asker.id, visibilities, languages, now: now(), prayedSince: since, skippedSince: since });
    const askers = [
      ask(['es'], ['public', 'team']),
      ask(['es'], ['public', 'team', 'pastoral']),
      ask(['en'], ['public', 'team']),
      ask(['en'], ['pastoral']),
      ask(['es', 'en'], ['public', 'team']),
      ask(['en', 'es'], ['public', 'team', 'pastoral']),
    ];
    for (const filter of askers) {
      const expected = await bruteForce(filter);
      expect(expected.length).toBeGreaterThan(10);
      for (const limit of [1, 3, 25, 1000]) {
        const got = await f.db.transaction().execute(async (trx) => (await dispatchRepositoryFor(kind, trx).candidates(filter, limit)).map((r) => r.id));
        expect(got).toEqual(expected.slice(0, limit));
      }
    }
    // The Spanish speaker is given Spanish requests only, though older English ones wait.
    const [first] = await dispatchRepositoryFor(kind, f.db).candidates(askers[0], 1);
    expect(first.language).toBe('es');
  });

  it('gives nothing to someone who may read no visibility or speaks no language', async () => {
    await f.seed();
    const base = { userId: f.me.id, now: now(), prayedSince: now().toISOString(), skippedSince: now().toISOString() };
    const repository = dispatchRepositoryFor(kind, f.db);
    expect(await repository.candidates({ ...base, visibilities: [], languages: ['en'] }, 5)).toEqual([]);
    expect(await repository.candidates({ ...base, visibilities: ['public'], languages: [] }, 5)).toEqual([]);
    expect(await repository.candidates({ ...base, visibilities: ['public'], languages: ['en'] }, 5)).toHaveLength(1);
  });
});

describe('the need order within one (urgent, prayer count) group', () => {
  it('is the age order, oldest first, then id — what lets the dispatcher read each group from an index', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const random = prng(11);
    for (const urgent of [false, true]) {
      for (const prayerCount of [0, 1, 2, 5, 40]) {
        const rows = Array.from({ length: 200 }, (_, i) => ({
          id: `r${String(Math.floor(random() * 1000)).padStart(4, '0')}-${i}`,
          urgent,
          prayerCount,
          createdAt: new Date(now.getTime() - (random() < 0.1 ? -random() * HOUR : Math.floor(random() * 60) * DAY * random())).toISOString(),
        }));
        const byNeed = [...rows].sort((a, b) => compareNeed(a, b, now)).map((r) => r.id);
        const byAge = [...rows].sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1)).map((r) => r.id);
        expect(byNeed).toEqual(byAge);
      }
    }
  });
});
