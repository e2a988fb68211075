/**
 * The dispatcher's SQL: which requests one intercessor may be given now, most in need first (see
 * dispatch.score.ts). The two dialects differ only in date arithmetic and in row locking, which the
 * subclasses in dispatch.sqlite.repository.ts and dispatch.postgres.repository.ts supply.
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import type { RequestLanguage, Visibility } from '../prayer.types.js';
import { toPrayerRequest } from '../requests/request.repository.js';
import type { PrayerRequest } from '../requests/request.js';
import { URGENT_WEIGHT } from './dispatch.score.js';

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<any, any, any>;

/** The candidate query, shared by both dialects. */
export abstract class DispatchRepository {
  constructor(protected readonly db: Kysely<Tables>) {}

  /** Days from the ISO time in `column` to `now`, never below zero, as SQL. */
  protected abstract ageInDays(column: string, now: Date): RawBuilder<number>;

  /** Locks the chosen rows for the claiming transaction so that concurrent claims pass over them. */
  protected abstract lockSkippingLocked<Q extends AnySelect>(query: Q): Q;

  /**
   * Up to `limit` requests `filter` allows, most in need first (dispatch.score.ts): urgent ones not yet
   * prayed for, then the need score, then the longest waiting. Live, visible to the intercessor, in a language they speak, not their own, not
   * leased to someone else, not prayed for or skipped by them recently, not flagged by them.
   */
  async candidates(filter: CandidateFilter, limit: number): Promise<PrayerRequest[]> {
    const ids = await this.candidateIds(filter, limit);
    if (ids.length === 0) return [];
    // The ordering sorts narrow rows (an id and its keys); the full rows are read for the few chosen.
    const rows = await this.db.selectFrom('prayer_requests').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => (byId.has(id) ? [toPrayerRequest(byId.get(id)!)] : []));
  }

  private async candidateIds(filter: CandidateFilter, limit: number): Promise<string[]> {
    const now = filter.now.toISOString();
    if (filter.visibilities.length === 0 || filter.languages.length === 0) return [];
    const need = sql<number>`(cast(r.prayer_count as double precision) / (1.0 + ${this.ageInDays('r.created_at', filter.now)}) / (case when r.urgent = 1 then ${sql.lit(URGENT_WEIGHT)} else 1 end))`;
    const jumps = sql<number>`(case when r.urgent = 1 and r.prayer_count = 0 then 0 else 1 end)`;
    let query = this.db
      .selectFrom('prayer_requests as r')
      .select('r.id')
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
    query = query.orderBy(jumps, 'asc').orderBy(need, 'asc').orderBy('r.created_at', 'asc').orderBy('r.id', 'asc').limit(limit);
    const rows = await this.lockSkippingLocked(query).execute();
    return rows.map((row) => row.id);
  }
}

/** SQLite: julianday() arithmetic; one writer at a time, so nothing to lock. */
export class SqliteDispatchRepository extends DispatchRepository {
  protected ageInDays(column: string, now: Date): RawBuilder<number> {
    // `now` as a Julian day number, so that only the stored time is parsed row by row.
    const today = now.getTime() / 86_400_000 + 2_440_587.5;
    return sql<number>`max(0.0, ${today} - julianday(${sql.ref(column)}))`;
  }

  protected lockSkippingLocked<Q extends AnySelect>(query: Q): Q {
    return query;
  }
}

/** PostgreSQL: timestamptz arithmetic; `FOR NO KEY UPDATE SKIP LOCKED` so concurrent claims take different rows. */
export class PostgresDispatchRepository extends DispatchRepository {
  protected ageInDays(column: string, now: Date): RawBuilder<number> {
    return sql<number>`greatest(0.0, extract(epoch from (cast(${now.toISOString()} as timestamptz) - cast(${sql.ref(column)} as timestamptz))) / 86400.0)`;
  }

  protected lockSkippingLocked<Q extends AnySelect>(query: Q): Q {
    // NO KEY UPDATE, not UPDATE: a prayer being recorded (its foreign key) need not wait for a claim.
    return query.forNoKeyUpdate('r').skipLocked() as Q;
  }
}

/** The dispatcher's repository for a database of `kind` (pass the claim's transaction). */
export function dispatchRepositoryFor(kind: DbKind, db: Kysely<Tables>): DispatchRepository {
  return kind === 'postgres' ? new PostgresDispatchRepository(db) : new SqliteDispatchRepository(db);
}
