/**
 * The dispatcher's SQL: which requests one intercessor may be given now, most in need first (see
 * dispatch.score.ts), without scoring the whole pool. Within one group of requests that share
 * (urgent, prayer count) the need order is the age order — the older, the lower the score, ties by id —
 * so the first `n` of the whole order are among the first `n` eligible rows of each group. The index
 * `prayer_requests_dispatch` (status, urgent, prayer_count, created_at, id) hands out both: the groups by
 * a loose index scan (one seek per group), and each group's oldest rows in order. The groups' rows are
 * merged here with `compareNeed` itself, so the order is the score's by construction. There are few
 * groups (prayer counts stay small while the dispatcher spreads prayers), so a claim reads a few entries
 * a group whether ten or a hundred thousand requests wait — more only where a group's oldest rows are not
 * for this intercessor (another language or visibility, their own), which the index does not hold.
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
   * From the `groups` CTE (urgent, prayer_count), each group `g` joined to its rows in `inGroup` (the
   * eligible rows of group `g`, oldest first, limited), as `c.id, c.urgent, c.prayer_count, c.created_at`.
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

  /** The first `limit` ids `filter` allows in the need order, unlocked. */
  private async ranked(filter: CandidateFilter, limit: number): Promise<string[]> {
    const inGroup = this.eligible(filter)
      .where('r.urgent', '=', sql<number>`g.urgent`)
      .where('r.prayer_count', '=', sql<number>`g.prayer_count`)
      .orderBy('r.created_at', 'asc')
      .orderBy('r.id', 'asc')
      .limit(limit);
    const { rows } = await sql<GroupRow>`${this.groups()} ${this.groupRows(inGroup)}`.execute(this.db);
    const keys: NeedKeys[] = rows.map((row) => ({
      id: row.id,
      urgent: Number(row.urgent) === 1,
      prayerCount: Number(row.prayer_count),
      createdAt: row.created_at,
    }));
    keys.sort((a, b) => compareNeed(a, b, filter.now));
    return keys.slice(0, limit).map((k) => k.id);
  }

  /**
   * `with recursive groups(urgent, prayer_count)`: every (urgent, prayer count) pair among live requests,
   * found by a loose index scan — for each urgency (a 0/1 flag), the next larger prayer count is one index seek.
   */
  private groups(): RawBuilder<unknown> {
    const next = (urgent: RawBuilder<unknown>, after: RawBuilder<unknown> | null) =>
      sql`(select p.prayer_count from prayer_requests p where p.status = 'active' and p.urgent = ${urgent}${after ? sql` and p.prayer_count > ${after}` : sql``} order by p.prayer_count limit 1)`;
    return sql`with recursive groups(urgent, prayer_count) as (
      select u.urgent, ${next(sql`u.urgent`, null)} from (select 0 as urgent union all select 1 as urgent) u
      union all
      select g.urgent, ${next(sql`g.urgent`, sql`g.prayer_count`)} from groups g where g.prayer_count is not null
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
