/**
 * The coverage dashboard's figures: is every request reaching an intercessor, and how fast? Requests
 * waiting for a first prayer (and those past the ministry's coverage target), time to first prayer
 * (p50/p95) over the last 7 and 30 days, prayers per day for 30 days, and intercessors active this week.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { coveragePolicy } from './coverage.policy.js';
import { coverageRepositoryFor, type DayCount, type FirstPrayerStats, type OverdueRow } from './coverage.repository.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Days the prayers-per-day series covers. */
export const SERIES_DAYS = 30;
/** Overdue requests listed (the count is always complete). */
export const OVERDUE_LIMIT = 50;

/** Everything the dashboard and `GET /api/v1/coverage` show. */
export interface CoverageReport {
  readonly generatedAt: string;
  readonly coverageTargetHours: number;
  readonly waiting: {
    readonly count: number;
    readonly oldestCreatedAt: string | null;
    /** How long the longest-waiting request has waited, in seconds. */
    readonly oldestWaitSeconds: number | null;
    /** Requests waiting longer than the coverage target. */
    readonly overTarget: number;
  };
  readonly overdue: ReadonlyArray<OverdueRow & { readonly waitSeconds: number }>;
  readonly firstPrayer: { readonly last7Days: FirstPrayerStats; readonly last30Days: FirstPrayerStats };
  /** One entry per UTC day, oldest first, today last; days without prayers count zero. */
  readonly prayersPerDay: readonly DayCount[];
  /** People who prayed with the team in the last 7 days. */
  readonly activeIntercessors: number;
}

/** What the dashboard needs. */
export interface CoverageDependencies {
  readonly db: Kysely<Tables>;
  readonly kind: DbKind;
  readonly clock: () => Date;
}

/** The UTC days from `start` to `end` inclusive, as YYYY-MM-DD. */
function daysBetween(start: Date, end: Date): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= end.getTime(); t += DAY) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The coverage figures. */
export class CoverageService {
  constructor(private readonly deps: CoverageDependencies) {}

  /** The report at this moment. Moderators, pastors and admins. */
  async report(actor: Actor): Promise<CoverageReport> {
    coveragePolicy.authorize(actor, 'view');
    const now = this.deps.clock();
    const at = now.toISOString();
    const settings = await new SettingsRepository(this.deps.db).prayer();
    const overdueBefore = new Date(now.getTime() - settings.coverageTargetHours * HOUR).toISOString();
    const since = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    // The series starts at midnight UTC 29 days ago, so that it holds 30 whole calendar days.
    const seriesStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (SERIES_DAYS - 1) * DAY);
    const repository = coverageRepositoryFor(this.deps.kind, this.deps.db);
    const [waiting, overdue, last7Days, last30Days, perDay, activeIntercessors] = await Promise.all([
      repository.waiting(at, overdueBefore),
      repository.overdue(at, overdueBefore, OVERDUE_LIMIT),
      repository.firstPrayer(since(7)),
      repository.firstPrayer(since(30)),
      repository.prayersPerDay(seriesStart.toISOString()),
      repository.activeIntercessors(since(7)),
    ]);
    const byDay = new Map(perDay.map((d) => [d.day, d]));
    const waitOf = (createdAt: string) => Math.max(0, Math.round((now.getTime() - Date.parse(createdAt)) / 1000));
    return {
      generatedAt: at,
      coverageTargetHours: settings.coverageTargetHours,
      waiting: {
        count: waiting.count,
        oldestCreatedAt: waiting.oldestCreatedAt,
        oldestWaitSeconds: waiting.oldestCreatedAt ? waitOf(waiting.oldestCreatedAt) : null,
        overTarget: waiting.overdue,
      },
      overdue: overdue.map((row) => ({ ...row, waitSeconds: waitOf(row.createdAt) })),
      firstPrayer: { last7Days, last30Days },
      prayersPerDay: daysBetween(seriesStart, now).map((day) => byDay.get(day) ?? { day, team: 0, visitor: 0 }),
      activeIntercessors,
    };
  }
}
