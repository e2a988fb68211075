/**
 * SQL of the coverage dashboard, computed in the database for both dialects: requests waiting for a
 * first prayer, time to first prayer percentiles, prayers per day, active intercessors. The dialects
 * differ only in how the seconds between two ISO times are counted, which the subclasses supply.
 *
 * Percentiles are nearest-rank (the value at rank ⌈p·n⌉ of the sorted durations), from window
 * functions that SQLite (≥ 3.25) and PostgreSQL both have, so the two give the same numbers.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';

/** Requests in the prayer pool with no prayer yet. */
export interface WaitingSummary {
  readonly count: number;
  /** Submission time of the one waiting longest, or null when none waits. */
  readonly oldestCreatedAt: string | null;
  /** How many have waited since before `overdueBefore`. */
  readonly overdue: number;
}

/** A request waiting longer than the coverage target. No text: this list is for counting, not reading. */
export interface OverdueRow {
  readonly id: string;
  readonly category: string;
  readonly language: string;
  readonly visibility: string;
  readonly urgent: boolean;
  readonly createdAt: string;
  /** When moderators were alerted about it (the notifications area sends the alert once). */
  readonly alertedAt: string | null;
}

/** Time to first prayer over requests first prayed for in a period, in whole seconds. */
export interface FirstPrayerStats {
  readonly count: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
}

/** Prayers recorded on one UTC day. */
export interface DayCount {
  /** YYYY-MM-DD */
  readonly day: string;
  readonly team: number;
  readonly visitor: number;
}

/** The coverage queries; see the subclasses for the dialect-specific part. */
export abstract class CoverageRepository {
  constructor(protected readonly db: Kysely<Tables>) {}

  /** Seconds from the ISO time in column `from` to the one in column `to`, as SQL. */
  protected abstract secondsBetween(from: string, to: string): RawBuilder<number>;

  /**
   * Requests in the pool (active, not hidden, not refused, not past expiry — whatever their visibility
   * or moderation state, as the dispatcher sees them) that nobody has prayed for yet.
   */
  async waiting(now: string, overdueBefore: string): Promise<WaitingSummary> {
    const row = await this.pool(now)
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.min('created_at').as('oldest'),
        eb.fn.sum<number>(eb.case().when('created_at', '<', overdueBefore).then(1).else(0).end()).as('overdue'),
      ])
      .executeTakeFirst();
    return { count: Number(row?.n ?? 0), oldestCreatedAt: row?.oldest ?? null, overdue: Number(row?.overdue ?? 0) };
  }

  /** Waiting requests submitted before `overdueBefore`, longest waiting first. */
  async overdue(now: string, overdueBefore: string, limit: number): Promise<OverdueRow[]> {
    const rows = await this.pool(now)
      .select(['id', 'category', 'language', 'visibility', 'urgent', 'created_at', 'coverage_alerted_at'])
      .where('created_at', '<', overdueBefore)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      category: r.category,
      language: r.language,
      visibility: r.visibility,
      urgent: Number(r.urgent) === 1,
      createdAt: r.created_at,
      alertedAt: r.coverage_alerted_at,
    }));
  }

  /** Nearest-rank p50 and p95 (and the maximum) of time to first prayer, over requests first prayed for since `since`. */
  async firstPrayer(since: string): Promise<FirstPrayerStats> {
    const seconds = this.secondsBetween('created_at', 'first_prayed_at');
    const result = await sql<{ n: number | null; p50: number | null; p95: number | null; max: number | null }>`
      with d as (
        select ${seconds} as s from prayer_requests
        where first_prayed_at is not null and first_prayed_at >= ${since}
      ),
      r as (
        select s, row_number() over (order by s) as rn, count(*) over () as n from d
      )
      select max(n) as n,
             max(case when rn = (50 * n + 99) / 100 then s end) as p50,
             max(case when rn = (95 * n + 99) / 100 then s end) as p95,
             max(s) as max
      from r`.execute(this.db);
    const row = result.rows[0];
    // Whole seconds: julianday() arithmetic carries float noise of a few microseconds.
    const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.max(0, Math.round(Number(v))));
    return { count: Number(row?.n ?? 0), p50: num(row?.p50), p95: num(row?.p95), max: num(row?.max) };
  }

  /** Team and visitor prayers per UTC day since `since` (days without prayers are absent). */
  async prayersPerDay(since: string): Promise<DayCount[]> {
    const day = sql<string>`substr(created_at, 1, 10)`;
    const rows = await this.db
      .selectFrom('prayers')
      .select((eb) => [
        day.as('day'),
        eb.fn.sum<number>(eb.case().when('kind', '=', 'team').then(1).else(0).end()).as('team'),
        eb.fn.sum<number>(eb.case().when('kind', '=', 'visitor').then(1).else(0).end()).as('visitor'),
      ])
      .where('created_at', '>=', since)
      .groupBy(day)
      .orderBy(day)
      .execute();
    return rows.map((r) => ({ day: String(r.day), team: Number(r.team), visitor: Number(r.visitor) }));
  }

  /** People who recorded a team prayer since `since`. */
  async activeIntercessors(since: string): Promise<number> {
    const row = await this.db
      .selectFrom('prayers')
      .select((eb) => eb.fn.count<number>('user_id').distinct().as('n'))
      .where('kind', '=', 'team')
      .where('user_id', 'is not', null)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  private pool(now: string) {
    return this.db
      .selectFrom('prayer_requests')
      .where('status', '=', 'active')
      .where('hidden', '=', 0)
      .where('moderation', '!=', 'rejected')
      .where('expires_at', '>', now)
      .where('first_prayed_at', 'is', null);
  }
}

/** SQLite: julianday() differences. */
export class SqliteCoverageRepository extends CoverageRepository {
  protected secondsBetween(from: string, to: string): RawBuilder<number> {
    return sql<number>`((julianday(${sql.ref(to)}) - julianday(${sql.ref(from)})) * 86400.0)`;
  }
}

/** PostgreSQL: timestamptz differences. */
export class PostgresCoverageRepository extends CoverageRepository {
  protected secondsBetween(from: string, to: string): RawBuilder<number> {
    return sql<number>`extract(epoch from (cast(${sql.ref(to)} as timestamptz) - cast(${sql.ref(from)} as timestamptz)))`;
  }
}

/** The coverage repository for a database of `kind`. */
export function coverageRepositoryFor(kind: DbKind, db: Kysely<Tables>): CoverageRepository {
  return kind === 'postgres' ? new PostgresCoverageRepository(db) : new SqliteCoverageRepository(db);
}
