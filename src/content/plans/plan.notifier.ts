/**
 * Plan emails through the outbox: the private link when someone starts a plan with an email, and the
 * optional daily reading. An hourly job schedules each subscriber's email of the day once, on the
 * reader's own calendar: from PLAN_REMINDER_HOUR local time on each local date, it takes the date
 * (`last_reminder_on`) and writes the event, deduplicated by subscription and local date, in one
 * transaction, so however often the job runs and on however many workers, nobody gets a date twice.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { OutboxHandler, OutboxHandlerContext, OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import type { PassageService } from '../../scripture/passages/passage.types.js';
import { PlanLinkTokens } from './plan-link-token.js';
import { planDayOn, reminderDateAt } from './plan-dates.js';
import { dailyDedupeKey, PLAN_REMINDER_EVERY_MS, PLAN_REMINDER_HOUR, PLAN_REMINDER_JOB, PLAN_TOPICS } from './plan.events.js';
import { dailyMail, subscribedMail } from './plan.mails.js';
import { PLAN_PATHS } from './plan.paths.js';
import { readingLabel } from './plan-reading.js';
import type { SubscriptionService } from './subscription.service.js';
import { SubscriptionRepository } from './subscription.repository.js';

/** Subscriptions looked at per run; the rest wait for the next hour. */
const BATCH = 2000;
/** The passage text an email carries at most; longer readings end with "…" and the link. */
const MAX_TEXT = 1500;

export interface PlanNotifierDeps {
  readonly db: Kysely<Tables>;
  readonly subscriptions: SubscriptionService;
  readonly passages?: PassageService;
  readonly baseUrl: string;
  readonly links: PlanLinkTokens;
}

function payloadField(payload: Readonly<Record<string, unknown>>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`payload lacks ${name}`);
  return String(value);
}

export class PlanNotifier {
  constructor(private readonly deps: PlanNotifierDeps) {}

  private url(locale: Locale, path: string): string {
    return `${this.deps.baseUrl.replace(/\/+$/, '')}${localePath(locale, path)}`;
  }

  private stopUrl(locale: Locale, subscriptionId: string): string {
    return this.url(locale, PLAN_PATHS.stop(this.deps.links.issue({ purpose: 'stop', subscriptionId })));
  }

  /** `plan.subscribed`: the private link (from the payload, dropped from the row once sent). */
  readonly subscribed: OutboxHandler = async (ctx) => {
    const sub = await this.deps.subscriptions.byId(payloadField(ctx.payload, 'subscriptionId'));
    const url = ctx.payload.url;
    if (!sub || !sub.email || typeof url !== 'string') return;
    const mail = subscribedMail({ locale: sub.language, plan: sub.plan.title, days: sub.plan.days.length, reminders: sub.reminders, url, unsubscribeUrl: this.stopUrl(sub.language, sub.id) });
    await ctx.mail('subscriber', composeMail(sub.email, mail));
  };

  /** `plan.daily`: one day's reading, if the subscriber still wants it. */
  readonly daily: OutboxHandler = async (ctx) => {
    const sub = await this.deps.subscriptions.byId(payloadField(ctx.payload, 'subscriptionId'));
    const day = Number(payloadField(ctx.payload, 'day'));
    if (!sub || !sub.email || !sub.reminders) return;
    const planDay = sub.plan.days.find((d) => d.day === day);
    if (!planDay) return;
    let reading = readingLabel(planDay.osis, sub.language);
    let text: string | null = null;
    let cut = false;
    if (this.deps.passages) {
      try {
        const result = await this.deps.passages.lookup({ locale: sub.language }, { reference: planDay.osis, translation: sub.translation ?? undefined });
        reading = result.reference;
        const whole = result.passages.map((p) => p.text).join(' ').trim();
        cut = whole.length > MAX_TEXT;
        text = cut ? `${whole.slice(0, MAX_TEXT).replace(/\s+\S*$/, '')} …` : whole || null;
      } catch {
        // No translation installed (or the passage is missing from it): the reference and the link still help.
      }
    }
    const url = this.url(sub.language, PLAN_PATHS.emailDay(this.deps.links.issue({ purpose: 'day', subscriptionId: sub.id, day })));
    const mail = dailyMail({ locale: sub.language, plan: sub.plan.title, day, total: sub.plan.days.length, reading, text, cut, url, unsubscribeUrl: this.stopUrl(sub.language, sub.id) });
    await ctx.mail('subscriber', composeMail(sub.email, mail));
  };

  /**
   * The hourly job: in every zone whose clock has reached PLAN_REMINDER_HOUR, each subscriber due on
   * that local date whose day exists and is not done yet gets one `plan.daily`. Zones still before
   * the hour are not read at all, so a full batch is always of subscribers who are due.
   */
  async scheduleDaily(ctx: Pick<OutboxHandlerContext, 'now'>): Promise<number> {
    const repository = new SubscriptionRepository(this.deps.db);
    let scheduled = 0;
    let left = BATCH;
    for (const zone of await repository.reminderZones()) {
      if (left <= 0) break;
      const today = reminderDateAt(ctx.now, zone, PLAN_REMINDER_HOUR);
      if (!today) continue;
      const due = await repository.dueForReminder(zone, today, left);
      left -= due.length;
      for (const row of due) {
        const sub = await this.deps.subscriptions.byId(row.id);
        const day = planDayOn(row.start_date, today);
        const wanted = sub !== null && day >= 1 && day <= sub.plan.days.length && !sub.done.includes(day);
        await this.deps.db.transaction().execute(async (trx) => {
          // Taken even when nothing is sent (finished, or read ahead), so the date is not looked at again.
          if (!(await new SubscriptionRepository(trx).claimReminder(row.id, zone, today))) return;
          if (!wanted) return;
          await enqueue(trx, { topic: PLAN_TOPICS.daily, payload: { subscriptionId: row.id, day, date: today }, dedupeKey: dailyDedupeKey(row.id, today) }, ctx.now);
          scheduled++;
        });
      }
    }
    return scheduled;
  }
}

/** Registers the plan emails and the daily job on a worker. */
export function registerPlanJobs(worker: OutboxWorker, deps: PlanNotifierDeps): PlanNotifier {
  const notifier = new PlanNotifier(deps);
  // The private link is the one secret an event carries; it is dropped from the row once delivered.
  worker.register(PLAN_TOPICS.subscribed, notifier.subscribed, { secretFields: ['url'] });
  worker.register(PLAN_TOPICS.daily, notifier.daily);
  worker.schedule(PLAN_REMINDER_JOB, PLAN_REMINDER_EVERY_MS, async (ctx) => {
    const scheduled = await notifier.scheduleDaily(ctx);
    if (scheduled > 0) ctx.log.info({ subscribers: scheduled }, 'daily plan readings scheduled');
  });
  return notifier;
}
