/** The coverage report as `GET /api/v1/coverage` answers it: plain numbers and ids, no request text. */
import { CATEGORIES, REQUEST_LANGUAGES, VISIBILITIES, type Category, type RequestLanguage, type Visibility } from '../prayer.types.js';
import type { FirstPrayerStats } from './coverage.repository.js';
import type { CoverageReport } from './coverage.service.js';

/** Time-to-first-prayer figures of one period. */
export interface FirstPrayerView {
  /** Requests first prayed for in the period. */
  requests: number;
  p50Seconds: number | null;
  p95Seconds: number | null;
  maxSeconds: number | null;
}

/** The JSON answer. */
export interface CoverageView {
  generatedAt: string;
  coverageTargetHours: number;
  waiting: { count: number; oldestSubmittedAt: string | null; oldestWaitSeconds: number | null; overTarget: number };
  overdue: Array<{ id: string; category: Category; language: RequestLanguage; visibility: Visibility; urgent: boolean; submittedAt: string; waitSeconds: number; alerted: boolean }>;
  timeToFirstPrayer: { last7Days: FirstPrayerView; last30Days: FirstPrayerView };
  prayersPerDay: Array<{ date: string; team: number; visitors: number }>;
  activeIntercessors: number;
}

/** A stored value inside its vocabulary, or the fallback (a hand-edited row). */
const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T => ((allowed as readonly string[]).includes(value) ? (value as T) : fallback);
const round = (v: number | null) => (v === null ? null : Math.round(v));
const firstPrayer = (s: FirstPrayerStats): FirstPrayerView => ({ requests: s.count, p50Seconds: round(s.p50), p95Seconds: round(s.p95), maxSeconds: round(s.max) });

/** The report for the API. */
export function presentCoverage(report: CoverageReport): CoverageView {
  return {
    generatedAt: report.generatedAt,
    coverageTargetHours: report.coverageTargetHours,
    waiting: {
      count: report.waiting.count,
      oldestSubmittedAt: report.waiting.oldestCreatedAt,
      oldestWaitSeconds: report.waiting.oldestWaitSeconds,
      overTarget: report.waiting.overTarget,
    },
    overdue: report.overdue.map((r) => ({
      id: r.id,
      category: pick(r.category, CATEGORIES, 'other'),
      language: pick(r.language, REQUEST_LANGUAGES, 'en'),
      visibility: pick(r.visibility, VISIBILITIES, 'pastoral'),
      urgent: r.urgent,
      submittedAt: r.createdAt,
      waitSeconds: r.waitSeconds,
      alerted: r.alertedAt !== null,
    })),
    timeToFirstPrayer: { last7Days: firstPrayer(report.firstPrayer.last7Days), last30Days: firstPrayer(report.firstPrayer.last30Days) },
    prayersPerDay: report.prayersPerDay.map((d) => ({ date: d.day, team: d.team, visitors: d.visitor })),
    activeIntercessors: report.activeIntercessors,
  };
}
