// The reading plans area, built once per process and shared by pages, the API, jobs and the CLI.
import type { Kysely } from 'kysely';
import { systemClock, type Clock } from '../../accounts/clock.js';
import type { Tables } from '../../platform/db/tables.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { TranslationService } from '../../scripture/translation.types.js';
import type { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { PlanLinkTokens } from './plan-link-token.js';
import { registerPlanJobs, type PlanNotifier } from './plan.notifier.js';
import { PLAN_PATHS } from './plan.paths.js';
import { PlanService } from './plan.service.js';
import { SubscriptionService } from './subscription.service.js';

export interface PlansOptions {
  readonly db: Kysely<Tables>;
  readonly translations: Pick<TranslationService, 'list'>;
  /** BASE_URL: the private link emailed to a subscriber is absolute. */
  readonly baseUrl: string;
  readonly clock?: Clock;
  /** DEFAULT_TIME_ZONE: the zone a new subscription takes unless its reader picks another. */
  readonly defaultTimeZone?: string;
}

export interface Plans {
  readonly plans: PlanService;
  readonly subscriptions: SubscriptionService;
}

/** Builds the plan and subscription services. */
export function createPlans(options: PlansOptions): Plans {
  const clock = options.clock ?? systemClock;
  const site = options.baseUrl.replace(/\/+$/, '');
  const plans = new PlanService({ db: options.db, clock });
  const subscriptions = new SubscriptionService({
    db: options.db,
    plans,
    translations: options.translations,
    clock,
    privateLink: (locale, token) => site + localePath(locale, PLAN_PATHS.subscription(token)),
    defaultTimeZone: options.defaultTimeZone,
  });
  return { plans, subscriptions };
}

/** Registers the plan emails and the daily job on the worker (`src/worker.ts`). */
export function registerReadingPlanJobs(
  worker: OutboxWorker,
  options: { db: Kysely<Tables>; scripture?: Pick<ScriptureServices, 'passages' | 'translations'>; baseUrl: string; sessionSecret: string },
): PlanNotifier {
  const { subscriptions } = createPlans({ db: options.db, translations: options.scripture?.translations ?? { list: async () => [] }, baseUrl: options.baseUrl });
  return registerPlanJobs(worker, { db: options.db, subscriptions, passages: options.scripture?.passages, baseUrl: options.baseUrl, links: new PlanLinkTokens(options.sessionSecret) });
}
