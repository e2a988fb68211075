/**
 * The dispatcher's SQL: which requests one intercessor may be given now, most in need first (see
 * dispatch.score.ts). The two dialects differ only in date arithmetic and in row locking, which the
 * subclasses in dispatch.sqlite.repository.ts and dispatch.postgres.repository.ts supply.
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DbKind } from '../../platform/db/dialect.js';
import type { PrayerRequestTable, Tables } from '../../platform/db/tables.js';
import type { RequestLanguage, Visibility } from '../prayer.types.js';
import { toPrayerRequest } from '../requests/request.repository.js';
import type { PrayerRequest } from '../requests/request.js';

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
   * Up to `limit` requests `filter` allows, most in need first: urgent, then the need score, then the
   * longest waiting. Live, visible to the intercessor, in a language they speak, not their own, not
   * leased to someone else, not prayed for or skipped by them recently, not flagged by them.
   */
  async candidates(filter: CandidateFilter, limit: number): Promise<PrayerRequest[]> {
    const now = filter.now.toISOString();
    if (filter.visibilities.length === 0 || filter.languages.length === 0) return [];
    const need = sql<number>`(cast(r.prayer_count as double precision) / (1.0 + ${this.ageInDays('r.created_at', filter.now)}))`;
    let query = this.db
      .selectFrom('prayer_requests as r')
      .selectAll('r')
      .where('r.status', '=', 'active')
      .where('r.hidden', '=', 0)
      .where('r.moderation', '!=', 'rejected')
      .where('r.expires_at', '>', now)
      .where('r.visibility', 'in', [...filter.visibilities])
      .where('r.language', 'in', [...filter.languages])
      .where((eb) => eb.or([eb('r.submitted_by', 'is', null), eb('r.submitted_by', '!=', filter.userId)]))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('prayer_leases as l').select('l.request_id').whereRef('l.request_id', '=', 'r.id').where('l.expires_at', '>', now))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('prayers as p').select('p.id').whereRef('p.request_id', '=', 'r.id').where('p.user_id', '=', filter.userId).where('p.created_at', '>', filter.prayedSince),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('prayer_skips as s')
              .select('s.request_id')
              .whereRef('s.request_id', '=', 'r.id')
              .where('s.user_id', '=', filter.userId)
              .where('s.created_at', '>', filter.skippedSince),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('prayer_flags as f').select('f.id').whereRef('f.request_id', '=', 'r.id').where('f.user_id', '=', filter.userId).where('f.prayer_id', 'is', null))),
      );
    if (filter.exclude && filter.exclude.length > 0) query = query.where('r.id', 'not in', [...filter.exclude]);
    query = query.orderBy('r.urgent', 'desc').orderBy(need, 'asc').orderBy('r.created_at', 'asc').orderBy('r.id', 'asc').limit(limit);
    const rows = await this.lockSkippingLocked(query).execute();
    return rows.map((row) => toPrayerRequest(row as PrayerRequestTable));
  }
}

/** SQLite: julianday() arithmetic; one writer at a time, so nothing to lock. */
export class SqliteDispatchRepository extends DispatchRepository {
  protected ageInDays(column: string, now: Date): RawBuilder<number> {
    return sql<number>`max(0.0, julianday(${now.toISOString()}) - julianday(${sql.ref(column)}))`;
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
