// Following a plan without an account: start (with an optional email), open by private link, mark
// days done, change the translation, the daily email or the time zone. Progress belongs to the
// subscription; its days are dates on the calendar of the reader's time zone (plan-dates.ts).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../accounts/clock.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlanSubscriptionTable, Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import { checkEmail } from '../../prayer/requests/request.input.js';
import type { TranslationService } from '../../scripture/translation.types.js';
import type { Plan } from './plan.js';
import { canonicalTimeZone } from '../../platform/i18n/time-zones.js';
import { localDate, planDayOn } from './plan-dates.js';
import { PLAN_TOPICS } from './plan.events.js';
import { planPolicy } from './plan.policy.js';
import type { PlanService } from './plan.service.js';
import { findByPlanToken, issuePlanToken } from './subscription-token.js';
import { SubscriptionRepository } from './subscription.repository.js';

/** A subscription as its reader sees it. */
export interface SubscriptionView {
  readonly id: string;
  readonly plan: Plan;
  readonly startDate: string;
  /** The reader's chosen translation code, or null for their language's default. */
  readonly translation: string | null;
  readonly language: Locale;
  readonly email: string | null;
  readonly reminders: boolean;
  /** The reader's IANA zone: "today", the start date and the daily email follow its calendar. */
  readonly timeZone: string;
  readonly done: readonly number[];
  /** The day of the plan today's date is (1 on the start date); may be 0 (not begun) or past the last day. */
  readonly today: number;
  /** The first day not yet done, or null when every day is. */
  readonly next: number | null;
}

/** What starting a plan needs. */
export interface StartInput {
  readonly slug: string;
  readonly email?: unknown;
  readonly translation?: unknown;
  readonly reminders?: unknown;
  /** An IANA zone name; absent or empty: the ministry's default. */
  readonly timeZone?: unknown;
  readonly language: Locale;
}

/** Days done out of days in all. */
export function progressOf(view: Pick<SubscriptionView, 'done' | 'plan'>): { done: number; total: number } {
  return { done: view.done.length, total: view.plan.days.length };
}

/** The first day after `after` not done, else the first not done at all, else null. */
function nextDay(plan: Plan, done: readonly number[], after = 0): number | null {
  const set = new Set(done);
  const days = plan.days.map((d) => d.day);
  return days.find((d) => d > after && !set.has(d)) ?? days.find((d) => !set.has(d)) ?? null;
}

function truthy(value: unknown): boolean {
  return value === true || value === 'on' || value === 'yes' || value === '1' || value === 'true';
}

export class SubscriptionService {
  private readonly repository: SubscriptionRepository;

  constructor(
    private readonly deps: {
      readonly db: Kysely<Tables>;
      readonly plans: PlanService;
      readonly translations: Pick<TranslationService, 'list'>;
      readonly clock: Clock;
      /** The absolute private link of a token in a language, for the email that carries it. */
      readonly privateLink: (locale: Locale, token: string) => string;
      /** The ministry's zone (DEFAULT_TIME_ZONE), for a start that names none; UTC when not given. */
      readonly defaultTimeZone?: string;
    },
  ) {
    this.repository = new SubscriptionRepository(deps.db);
  }

  /** The zone a start form begins on: the ministry's default. */
  get defaultTimeZone(): string {
    return this.deps.defaultTimeZone ?? 'UTC';
  }

  /** Today's date on the calendar of `zone` (the ministry's by default). */
  today(zone = this.defaultTimeZone): string {
    return localDate(this.deps.clock(), zone);
  }

  /** A zone as sent: its canonical name, the default when nothing was sent, or the `unknown` problem. */
  private checkTimeZone(value: unknown, fallback: string): { value: string; problem?: undefined } | { value?: undefined; problem: 'unknown' } {
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return { value: fallback };
    const zone = canonicalTimeZone(value);
    return zone ? { value: zone } : { problem: 'unknown' };
  }

  /** The time zone (`fallback` when none is given) and translation a reader chose; a bad one is added to `problems`. */
  private async checkReading(input: { timeZone?: unknown; translation?: unknown }, fallback: string, problems: Record<string, string>): Promise<{ timeZone: string; translation: string | null }> {
    const zone = this.checkTimeZone(input.timeZone, fallback);
    if (zone.problem) problems.timeZone = zone.problem;
    let translation: string | null = null;
    try {
      translation = await this.checkTranslation(input.translation);
    } catch {
      problems.translation = 'unknown';
    }
    return { timeZone: zone.value ?? fallback, translation };
  }

  private async checkTranslation(value: unknown): Promise<string | null> {
    const code = typeof value === 'string' ? value.trim() : '';
    if (!code) return null;
    const installed = await this.deps.translations.list({});
    const found = installed.find((t) => t.code.toLowerCase() === code.toLowerCase());
    if (!found) throw invalidFields({ translation: 'unknown' }, `The translation ${code.slice(0, 20)} is not installed.`);
    return found.code;
  }

  private async view(row: PlanSubscriptionTable, locale: Locale): Promise<SubscriptionView> {
    const plan = await this.deps.plans.find(row.plan_slug, locale);
    // Built-in plans always exist and authored ones cannot be deleted; this guards a database changed by hand.
    if (!plan) throw new AppError('NOT_FOUND', 'This plan is no longer available.');
    const done = (await this.repository.doneDays(row.id)).filter((d) => d <= plan.days.length);
    return {
      id: row.id,
      plan,
      startDate: row.start_date,
      translation: row.translation,
      language: row.language as Locale,
      email: row.email,
      reminders: row.reminders === 1,
      timeZone: row.time_zone,
      done,
      today: planDayOn(row.start_date, localDate(this.deps.clock(), row.time_zone)),
      next: nextDay(plan, done),
    };
  }

  /**
   * Starts a plan today. Returns the private link's token once (it is stored only hashed). With an
   * email, the link is also emailed, through the outbox in the same transaction; daily emails only
   * when asked for, and only with an email.
   */
  async start(actor: Actor, input: StartInput): Promise<{ token: string; subscription: SubscriptionView }> {
    planPolicy.authorize(actor, 'follow');
    const plan = await this.deps.plans.get(actor, input.slug, input.language);
    const email = checkEmail(input.email);
    const reminders = truthy(input.reminders);
    const problems: Record<string, string> = {};
    if (email.problem) problems.email = email.problem;
    else if (reminders && !email.value) problems.email = 'neededForReminders';
    const { timeZone, translation } = await this.checkReading(input, this.defaultTimeZone, problems);
    if (Object.keys(problems).length) throw invalidFields(problems);
    const { token, hash } = issuePlanToken();
    const now = this.deps.clock();
    const row: PlanSubscriptionTable = {
      id: randomUUID(),
      plan_slug: plan.slug,
      token_hash: hash,
      // Day 1 is today on the reader's calendar, not UTC's.
      start_date: localDate(now, timeZone),
      translation,
      language: input.language,
      email: email.value,
      reminders: reminders ? 1 : 0,
      last_reminder_on: null,
      created_at: now.toISOString(),
      time_zone: timeZone,
    };
    await this.repository.transaction(async (repo, trx) => {
      await repo.insert(row);
      if (row.email) await enqueue(trx, { topic: PLAN_TOPICS.subscribed, payload: { subscriptionId: row.id, url: this.deps.privateLink(input.language, token) } }, now);
    });
    return { token, subscription: await this.view(row, input.language) };
  }

  /** The subscription a private link opens; NOT_FOUND for any token that opens none. */
  async open(token: unknown, locale: Locale): Promise<SubscriptionView> {
    const row = await findByPlanToken(this.repository, token);
    if (!row) throw new AppError('NOT_FOUND', 'This plan link is not valid.');
    return this.view(row, locale);
  }

  /** A subscription by id (the signed email links and the jobs), or null. */
  async byId(id: string, locale?: Locale): Promise<SubscriptionView | null> {
    const row = await this.repository.findById(id);
    return row ? this.view(row, locale ?? (row.language as Locale)) : null;
  }

  private checkDay(view: SubscriptionView, day: number): void {
    if (!Number.isInteger(day) || day < 1 || day > view.plan.days.length) throw new AppError('NOT_FOUND', `This plan has days 1 to ${view.plan.days.length}.`);
  }

  /** Marks a day done (again changes nothing); returns the progress and the day to read next. */
  async markDone(view: SubscriptionView, day: number): Promise<SubscriptionView & { nextAfter: number | null }> {
    this.checkDay(view, day);
    await this.repository.markDone(view.id, day, this.deps.clock().toISOString());
    const done = [...new Set([...view.done, day])].sort((a, b) => a - b);
    return { ...view, done, next: nextDay(view.plan, done), nextAfter: nextDay(view.plan, done, day) };
  }

  /** Takes a day back (marked done by mistake). */
  async undo(view: SubscriptionView, day: number): Promise<SubscriptionView> {
    this.checkDay(view, day);
    await this.repository.unmarkDone(view.id, day);
    const done = view.done.filter((d) => d !== day);
    return { ...view, done, next: nextDay(view.plan, done) };
  }

  /**
   * Changes the translation, the daily email (which needs the email given at the start) and the time
   * zone. A new zone moves "today" and the email's morning to the new calendar; the start date and the
   * date of the last email stay as dates. As the job sends one email per date (the last date taken
   * only moves forward), a reader moving west, whose calendar goes back, gets no second email for a
   * date already emailed, and one moving east gets the next date's email on its own morning there — so
   * no date is emailed twice and none skipped beyond the hours the move itself skips.
   */
  async updateSettings(view: SubscriptionView, input: { translation?: unknown; reminders?: unknown; timeZone?: unknown }): Promise<SubscriptionView> {
    const reminders = truthy(input.reminders);
    const problems: Record<string, string> = {};
    if (reminders && !view.email) problems.reminders = 'noEmail';
    const { timeZone, translation } = await this.checkReading(input, view.timeZone, problems);
    if (problems.reminders && Object.keys(problems).length === 1) throw invalidFields(problems, 'Daily emails need an email address; start the plan again with one.');
    if (Object.keys(problems).length) throw invalidFields(problems);
    await this.repository.update(view.id, { translation, reminders: reminders ? 1 : 0, time_zone: timeZone });
    const today = timeZone === view.timeZone ? view.today : planDayOn(view.startDate, localDate(this.deps.clock(), timeZone));
    return { ...view, translation, reminders, timeZone, today };
  }

  /** Deletes the subscription, its progress and its email address, at the reader's word; the link stops working. */
  async remove(view: SubscriptionView): Promise<void> {
    await this.repository.transaction((repo) => repo.delete(view.id));
  }

  /** Stops a subscription's daily emails (the one-click unsubscribe); null when there is no such subscription. */
  async stopEmails(id: string): Promise<SubscriptionView | null> {
    const row = await this.repository.findById(id);
    if (!row) return null;
    await this.repository.update(id, { reminders: 0 });
    return this.view({ ...row, reminders: 0 }, row.language as Locale);
  }
}
