/**
 * The dispatcher's SQL: which requests one intercessor may be given now, most in need first (see
 * dispatch.score.ts), without scoring the whole pool. Within one group of requests that share
 * (language, visibility, urgent, prayer count) the need order is the age order — the older, the lower the
 * score, ties by id — so the first `n` of the whole order are among the first `n` eligible rows of each
 * group. The index `prayer_requests_dispatch_reach` (status, language, visibility, urgent, prayer_count,
 * created_at, id) hands out both: the groups by a loose index scan (one seek per group), and each group's
 * oldest rows in order. Only the languages and visibilities the intercessor may be given are seeded, so
 * a claim never reads an index entry of another language or visibility, however many of those wait.
 *
 * A claim reads as few groups as the order allows. Requests nobody has prayed for go before all others,
 * so it reads the unprayed groups first and stops there when they hold enough. Otherwise it finds the
 * other groups a range of prayer counts at a time (1–4, then ranges twice as wide), each with its first
 * index entry — its oldest live row, which goes before every row of the group — and reads the groups
 * best bound first until none left can beat the rows it has; it stops finding groups once no request
 * with more prayers can (its fewest prayers over the age of the oldest live request of its visibility
 * and urgency). The rows are merged here with `compareNeed` itself, so the order is the score's by
 * construction. It still reads past rows of a group that are not for this intercessor in other ways
 * (leased, prayed for or skipped by them recently, their own, hidden), which the index does not hold.
 * Where nothing waits unprayed a claim takes three queries or more, not one: on PostgreSQL the round
 * trips can cost more than the groups they spare, for someone given every language and visibility.
 *
 * The dialects differ in how a group is joined to its rows (SQLite has no LATERAL) and in row locking;
 * the two subclasses below supply those.
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import type { RequestLanguage, Visibility } from '../prayer.types.js';
import { toPrayerRequest } from '../requests/request.repository.js';
import type { PrayerRequest } from '../requests/request.js';
import { compareNeed } from './dispatch.score.js';

/** Who is asking and what they may be given. */
export interface CandidateFilter {
  readonly userId: string;
  /** Visibilities the intercessor may read (from the request policy). */
  readonly visibilities: readonly Visibility[];
  readonly languages: readonly RequestLanguage[];
  readonly now: Date;
  /** Requests this person prayed for after this time are not given again. */
  readonly prayedSince: string;
  /** Requests this person skipped after this time are not given again. */
  readonly skippedSince: string;
  /** Requests already tried in this claim (taken by someone else in the meantime). */
  readonly exclude?: readonly string[];
}

/** What the need order reads of a request. */
interface NeedKeys {
  readonly id: string;
  readonly urgent: boolean;
  readonly prayerCount: number;
  readonly createdAt: string;
}

/** The longest stretch of the order one round reads when concurrent claims hold its head. */
const MAX_REACH = 64;
/** Groups whose rows the first query reads; each further query reads twice as many as the one before. */
const FIRST_BATCH = 4;
/** Prayer counts (from 1) whose groups are found first; each further range is twice as wide. */
const FIRST_PRAYER_COUNTS = 4;

/** One (language, visibility, urgent, prayer count) group of live requests. */
interface Group {
  readonly language: string;
  readonly visibility: string;
  readonly urgent: boolean;
  readonly prayerCount: number;
  /** Need keys that go before every row of the group (compareNeed). */
  readonly bound: NeedKeys;
}

/** A request's need keys as a group query returns them. */
interface GroupRow {
  id: string;
  urgent: number;
  prayer_count: number;
  created_at: string;
}

/** The eligible requests of one query, as `r`, nothing selected yet. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type Eligible = SelectQueryBuilder<Tables & { r: Tables['prayer_requests'] }, 'r', {}>;

/** The candidate queries, shared by both dialects. */
export abstract class DispatchRepository {
  constructor(protected readonly db: Kysely<Tables>) {}

  /**
   * From the `groups` CTE (language, visibility, urgent, prayer_count), each group `g` joined to its rows
   * in `inGroup` (the eligible rows of group `g`, oldest first, limited), as `c.id, c.urgent,
   * c.prayer_count, c.created_at`.
   */
  protected abstract groupRows(inGroup: Eligible): RawBuilder<GroupRow>;

  /**
   * Of `ids` (most in need first), the first `limit` this claim may take, locked for its transaction so
   * that concurrent claims pass over them; rows no longer eligible or locked by another claim are skipped.
   */
  protected abstract lockInOrder(filter: CandidateFilter, ids: readonly string[], limit: number): Promise<string[]>;

  /**
   * Up to `limit` requests `filter` allows, most in need first (dispatch.score.ts): urgent ones not yet
   * prayed for, then the need score, then the longest waiting. Live, visible to the intercessor, in a language they speak, not their own, not
   * leased to someone else, not prayed for or skipped by them recently, not flagged by them.
   */
  async candidates(filter: CandidateFilter, limit: number): Promise<PrayerRequest[]> {
    const ids = await this.candidateIds(filter, limit);
    if (ids.length === 0) return [];
    // The ordering reads narrow rows (an id and its keys); the full rows are read for the few chosen.
    const rows = await this.db.selectFrom('prayer_requests').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => (byId.has(id) ? [toPrayerRequest(byId.get(id)!)] : []));
  }

  private async candidateIds(filter: CandidateFilter, limit: number): Promise<string[]> {
    if (filter.visibilities.length === 0 || filter.languages.length === 0 || limit <= 0) return [];
    const chosen: string[] = [];
    const passed = [...(filter.exclude ?? [])];
    for (let round = 0; ; round++) {
      const wanted = limit - chosen.length;
      // Only what is wanted at first; when concurrent claims hold the head of the order, a longer stretch
      // of it each round, so that fifty claims at once do not walk it one query at a time.
      const reach = round === 0 ? wanted : Math.min(wanted * 4 ** round, MAX_REACH);
      const ranked = await this.ranked({ ...filter, exclude: passed }, reach);
      if (ranked.length === 0) return chosen;
      chosen.push(...(await this.lockInOrder(filter, ranked, wanted)));
      if (chosen.length >= limit || ranked.length < reach) return chosen;
      // Every one was taken by concurrent claims: the next ones in the order, past everything seen so far.
      passed.push(...ranked);
    }
  }

  /**
   * The first `limit` ids `filter` allows in the need order, unlocked. Requests nobody has prayed for go
   * before all others (dispatch.score.ts), so the groups with prayer count 0 are read first, and are all
   * a claim reads while enough of them wait. Otherwise the other groups are found a range of prayer
   * counts at a time, each with its oldest live row — which goes before every row of its group, so it
   * bounds what the group can give — and read best bound first, a few groups a query, until no group
   * left unread can give anything that goes before the `limit`th row found.
   */
  private async ranked(filter: CandidateFilter, limit: number): Promise<string[]> {
    const byNeed = (a: NeedKeys, b: NeedKeys) => compareNeed(a, b, filter.now);
    const unprayed = this.pairs(filter).flatMap(([language, visibility]) =>
      [false, true].map((urgent) => ({ language, visibility, urgent, prayerCount: 0 })),
    );
    let found = (await this.rowsOf(filter, unprayed, limit)).sort(byNeed).slice(0, limit);
    if (found.length >= limit) return found.map((k) => k.id);
    // Fewer than `limit`: the unprayed groups gave every row they have.
    for (let after = 0, upTo = FIRST_PRAYER_COUNTS; ; ) {
      const { groups, beyond } = await this.groupsWithBounds(filter, after, upTo);
      groups.sort((a, b) => byNeed(a.bound, b.bound));
      let read = 0;
      for (let batch = FIRST_BATCH; read < groups.length; batch *= 2) {
        const last = found.length >= limit ? found[limit - 1] : undefined;
        let end = read;
        while (end < groups.length && end - read < batch && (!last || byNeed(groups[end].bound, last) < 0)) end++;
        if (end === read) break;
        found = [...found, ...(await this.rowsOf(filter, groups.slice(read, end), limit))].sort(byNeed).slice(0, limit);
        read = end;
      }
      const next = beyond.sort(byNeed)[0];
      if (!next || (found.length >= limit && byNeed(next, found[limit - 1]) > 0)) break;
      // The next range is twice as wide, and holds at least the nearest prayer count beyond this one.
      after = upTo;
      upTo = Math.max(upTo * 2, Math.min(...beyond.map((b) => b.prayerCount)));
    }
    return found.map((k) => k.id);
  }

  /** Every (language, visibility) pair `filter` allows, each once (a pair twice would give its rows twice). */
  private pairs(filter: CandidateFilter): [string, string][] {
    return [...new Set(filter.languages)].flatMap((language) => [...new Set(filter.visibilities)].map((visibility): [string, string] => [language, visibility]));
  }

  /**
   * Every group `filter` may be given from with more than `after` and at most `upTo` prayers, with a
   * bound: need keys that go before each of its rows. And `beyond`: for each (language, visibility,
   * urgent) with requests of more than `upTo` prayers, keys that go before all of those — the fewest
   * such prayers over the age of the oldest live request of that visibility and urgency.
   */
  private async groupsWithBounds(filter: CandidateFilter, after: number, upTo: number): Promise<{ groups: Group[]; beyond: NeedKeys[] }> {
    // A group's first index entry: its oldest live row, eligible or not (index only, one seek).
    const oldestInGroup = sql`(select min(p.created_at) from prayer_requests p where p.status = 'active' and p.language = g.language and p.visibility = g.visibility and p.urgent = g.urgent and p.prayer_count = g.prayer_count)`;
    const oldestOfAll = sql`(select min(p.created_at) from prayer_requests p where p.status = 'active' and p.visibility = g.visibility and p.urgent = g.urgent)`;
    const { rows } = await sql<{ language: string; visibility: string; urgent: number; prayer_count: number; oldest: string | null }>`${this.groups(filter, after, upTo)}
      select g.language, g.visibility, g.urgent, g.prayer_count, case when g.prayer_count <= ${sql.lit(upTo)} then ${oldestInGroup} else ${oldestOfAll} end as oldest
      from groups g where g.prayer_count is not null`.execute(this.db);
    const groups: Group[] = [];
    const beyond: NeedKeys[] = [];
    for (const row of rows) {
      // A group emptied since the scan found it (no oldest row) has nothing to give.
      if (row.oldest === null) continue;
      const urgent = Number(row.urgent) === 1;
      const prayerCount = Number(row.prayer_count);
      // No id sorts before '': keys with an empty id go before every row with the same others.
      const bound = { id: '', urgent, prayerCount, createdAt: row.oldest };
      if (prayerCount <= upTo) groups.push({ language: row.language, visibility: row.visibility, urgent, prayerCount, bound });
      else beyond.push(bound);
    }
    return { groups, beyond };
  }

  /** The first `limit` rows `filter` allows of each of `groups` (oldest first within a group). */
  private async rowsOf(filter: CandidateFilter, groups: readonly Omit<Group, 'bound'>[], limit: number): Promise<NeedKeys[]> {
    if (groups.length === 0) return [];
    const inGroup = this.eligible(filter)
      .where('r.language', '=', sql<string>`g.language`)
      .where('r.visibility', '=', sql<string>`g.visibility`)
      .where('r.urgent', '=', sql<number>`g.urgent`)
      .where('r.prayer_count', '=', sql<number>`g.prayer_count`)
      .orderBy('r.created_at', 'asc')
      .orderBy('r.id', 'asc')
      .limit(limit);
    const listed = sql.join(
      groups.map((g) => sql`select cast(${g.language} as text), cast(${g.visibility} as text), cast(${g.urgent ? 1 : 0} as integer), cast(${g.prayerCount} as integer)`),
      sql` union all `,
    );
    const { rows } = await sql<GroupRow>`with groups(language, visibility, urgent, prayer_count) as (${listed}) ${this.groupRows(inGroup)}`.execute(this.db);
    return rows.map((row) => ({ id: row.id, urgent: Number(row.urgent) === 1, prayerCount: Number(row.prayer_count), createdAt: row.created_at }));
  }

  /**
   * `with recursive groups(language, visibility, urgent, prayer_count)`: for each language and visibility
   * `filter` allows and each urgency (a 0/1 flag), every prayer count in (`after`, `upTo`] among live
   * requests and the first one above `upTo`, found by a loose index scan — the next larger prayer count
   * is one index seek. Only the allowed (language, visibility) pairs are seeded, so index entries for any
   * other are never read.
   */
  private groups(filter: CandidateFilter, after: number, upTo: number): RawBuilder<unknown> {
    const next = (at: string, above: RawBuilder<unknown>) =>
      sql`(select p.prayer_count from prayer_requests p where p.status = 'active' and p.language = ${sql.ref(`${at}.language`)} and p.visibility = ${sql.ref(`${at}.visibility`)} and p.urgent = ${sql.ref(`${at}.urgent`)} and p.prayer_count > ${above} order by p.prayer_count limit 1)`;
    const seeds = sql.join(
      this.pairs(filter).flatMap(([language, visibility]) => [0, 1].map((urgent) => sql`select cast(${language} as text) as language, cast(${visibility} as text) as visibility, ${sql.lit(urgent)} as urgent`)),
      sql` union all `,
    );
    return sql`with recursive groups(language, visibility, urgent, prayer_count) as (
      select s.language, s.visibility, s.urgent, ${next('s', sql.lit(after))} from (${seeds}) s
      union all
      select g.language, g.visibility, g.urgent, ${next('g', sql`g.prayer_count`)} from groups g where g.prayer_count <= ${sql.lit(upTo)}
    )`;
  }

  /** Requests `filter` allows, as `r`. */
  protected eligible(filter: CandidateFilter): Eligible {
    const now = filter.now.toISOString();
    let query = this.db
      .selectFrom('prayer_requests as r')
      .where('r.status', '=', 'active')
      .where('r.hidden', '=', 0)
      .where('r.moderation', '!=', 'rejected')
      .where('r.expires_at', '>', now)
      .where('r.visibility', 'in', [...filter.visibilities])
      .where('r.language', 'in', [...filter.languages])
      .where((eb) => eb.or([eb('r.submitted_by', 'is', null), eb('r.submitted_by', '!=', filter.userId)]))
      // Everything this person may not be given now, gathered once (not looked up row by row): requests
      // leased to anyone, and those they prayed for or skipped recently or flagged.
      .where('r.id', 'not in', (eb) =>
        eb
          .selectFrom('prayer_leases')
          .select('request_id')
          .where('expires_at', '>', now)
          .unionAll(eb.selectFrom('prayers').select('request_id').where('user_id', '=', filter.userId).where('created_at', '>', filter.prayedSince))
          .unionAll(eb.selectFrom('prayer_skips').select('request_id').where('user_id', '=', filter.userId).where('created_at', '>', filter.skippedSince))
          .unionAll(eb.selectFrom('prayer_flags').select('request_id').where('user_id', '=', filter.userId).where('prayer_id', 'is', null)),
      );
    if (filter.exclude && filter.exclude.length > 0) query = query.where('r.id', 'not in', [...filter.exclude]);
    return query;
  }
}

/** SQLite: no LATERAL, so each group's rows come from a correlated `in (…)`; one writer at a time, so nothing to lock. */
export class SqliteDispatchRepository extends DispatchRepository {
  protected groupRows(inGroup: Eligible) {
    return sql<GroupRow>`select c.id, c.urgent, c.prayer_count, c.created_at from groups g join prayer_requests c on c.id in ${inGroup.select('r.id')} where g.prayer_count is not null`;
  }

  protected async lockInOrder(_filter: CandidateFilter, ids: readonly string[], limit: number): Promise<string[]> {
    return ids.slice(0, limit);
  }
}

/** PostgreSQL: each group's rows by `cross join lateral`; `FOR NO KEY UPDATE SKIP LOCKED` so concurrent claims take different rows. */
export class PostgresDispatchRepository extends DispatchRepository {
  protected groupRows(inGroup: Eligible) {
    return sql<GroupRow>`select c.id, c.urgent, c.prayer_count, c.created_at from groups g cross join lateral ${inGroup.select(['r.id', 'r.urgent', 'r.prayer_count', 'r.created_at'])} c where g.prayer_count is not null`;
  }

  protected async lockInOrder(filter: CandidateFilter, ids: readonly string[], limit: number): Promise<string[]> {
    // Locked one by one in the given order until `limit` are held (the executor locks under the LIMIT), and
    // the filter checked again on the row as locked, as the single ordered query did before.
    const rows = await this.eligible(filter)
      .select('r.id')
      .where('r.id', 'in', [...ids])
      .orderBy(sql`array_position(cast(${[...ids]} as text[]), r.id)`)
      .limit(limit)
      // NO KEY UPDATE, not UPDATE: a prayer being recorded (its foreign key) need not wait for a claim.
      .forNoKeyUpdate('r')
      .skipLocked()
      .execute();
    return rows.map((row) => row.id);
  }
}

/** The dispatcher's repository for a database of `kind` (pass the claim's transaction). */
export function dispatchRepositoryFor(kind: DbKind, db: Kysely<Tables>): DispatchRepository {
  return kind === 'postgres' ? new PostgresDispatchRepository(db) : new SqliteDispatchRepository(db);
}
