/**
 * The outbox topics notifications write for themselves (fan-out from the scheduled jobs), the jobs'
 * names, and how often they run. Topics written by other areas are in requests/request.events.ts and
 * prayers/prayer.events.ts.
 */
export const NOTIFICATION_TOPICS = {
  /** One requester's daily digest: `{ requestId, since, until }`. */
  requesterDigest: 'request.digest',
  /** One team member's daily digest: `{ userId, since, until }`. */
  teamDigest: 'team.digest',
  /** Moderators are told that requests passed the coverage target: `{ requestIds, hours }`. */
  coverageAlert: 'coverage.alert',
} as const;

/** Periodic jobs (one outbox event per period, named by a dedupe key). */
export const NOTIFICATION_JOBS = {
  digests: 'job.digests',
  coverage: 'job.coverage',
} as const;

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** The digest job looks every hour for people due their daily email. */
export const DIGEST_EVERY_MS = HOUR;

/**
 * A digest is due when the last one went out before the start of the current run's hour minus this
 * span. Sent at 08:xx one day, the next is due in the 08:00 run the day after: a daily rhythm that
 * slides neither earlier nor later, and never two digests within 23 hours.
 */
export const DIGEST_SPACING_MS = 24 * HOUR - DIGEST_EVERY_MS;

/** A last digest must have gone out before this for another to be due in the run of `period`. */
export function digestDueBefore(period: Date): Date {
  const start = Math.floor(period.getTime() / DIGEST_EVERY_MS) * DIGEST_EVERY_MS;
  return new Date(start - DIGEST_SPACING_MS);
}

/** How far back news is looked for, whenever the last digest was. */
export const NEWS_LOOKBACK_MS = 7 * 24 * HOUR;

/** Requests waiting past the coverage target are looked for this often. */
export const COVERAGE_EVERY_MS = 15 * MINUTE;

/** The period a scheduled job's event was written for (its payload's `period`), else the hour of `now`. */
export function runPeriod(ctx: { readonly payload: Readonly<Record<string, unknown>>; readonly now: Date }): Date {
  const period = typeof ctx.payload.period === 'string' ? new Date(ctx.payload.period) : null;
  return period && !Number.isNaN(period.getTime()) && period.getTime() <= ctx.now.getTime() ? period : ctx.now;
}
