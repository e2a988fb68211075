// Outbox topics of reading plans, and the daily job's name.

export const PLAN_TOPICS = {
  /** Someone started a plan and gave an email: send them their private link. */
  subscribed: 'plan.subscribed',
  /** One day's reading for one subscriber. */
  daily: 'plan.daily',
} as const;

/** The periodic job that schedules each subscriber's daily email. */
export const PLAN_REMINDER_JOB = 'job.plan-reminders';

/** How often the job looks; each subscriber still gets at most one email a day. */
export const PLAN_REMINDER_EVERY_MS = 60 * 60 * 1000;

/**
 * The local hour (0–23) from which a subscriber's daily email may go out on their own date: 07:00, a
 * morning hour for reading before the day starts. A constant rather than a setting: the emails come
 * from one job for every reader, and nobody has asked for another hour; per-reader hours would be a
 * column beside the zone.
 */
export const PLAN_REMINDER_HOUR = 7;

/** The dedupe key of one subscriber's email of one local date: the same day never twice. */
export function dailyDedupeKey(subscriptionId: string, date: string): string {
  return `${PLAN_TOPICS.daily}:${subscriptionId}:${date}`;
}
