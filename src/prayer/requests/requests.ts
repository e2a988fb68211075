/** The prayer-request services, built once per process and shared by the routes, pages and other areas. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';
import type { PassageService } from '../../scripture/passages/passage.types.js';
import type { CrisisResourceOverrides } from '../safety/index.js';
import { SETTINGS_CACHE_MS, SettingsRepository } from '../settings/settings.repository.js';
import { IntakeService } from './intake.service.js';
import { RequestModerationService } from './request-moderation.service.js';
import { RequestRepository } from './request.repository.js';
import { RequesterService } from './requester.service.js';
import { SubmitRateLimiter } from './submit-rate-limit.js';

/** What the request services need from the process. */
export interface PrayerRequestsOptions {
  readonly db: Kysely<Tables>;
  /** Shared counters (Redis when REDIS_URL is set) for SUBMIT_RATE_LIMIT. */
  readonly counters: CounterStore;
  /** SUBMIT_RATE_LIMIT: requests per client address per hour; 0 turns the limit off. */
  readonly submitRateLimit: number;
  /** Public address, for private links. */
  readonly baseUrl: string;
  readonly audit: Pick<AuditService, 'record'>;
  /** Verse texts on the requester's page. */
  readonly passages?: PassageService;
  readonly clock?: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

/** Every prayer-request service. */
export interface PrayerRequests {
  readonly intake: IntakeService;
  readonly requester: RequesterService;
  readonly moderation: RequestModerationService;
  /** Reads for other areas (dispatch, the wall, moderation pages); pass a transaction to write with it. */
  readonly repository: RequestRepository;
  readonly limiter: SubmitRateLimiter;
}

/** Builds the prayer-request services over one database. */
export function createPrayerRequests(options: PrayerRequestsOptions): PrayerRequests {
  const clock = options.clock ?? (() => new Date());
  // Read on every submission and claim, changed a few times a year: cached (a save here is seen at once).
  const settings = new SettingsRepository(options.db, { maxAgeMs: SETTINGS_CACHE_MS });
  const limiter = new SubmitRateLimiter(options.counters, options.submitRateLimit, clock);
  return {
    intake: new IntakeService({ db: options.db, settings, limiter, baseUrl: options.baseUrl, clock, crisisResources: options.crisisResources }),
    requester: new RequesterService({ db: options.db, settings, passages: options.passages, clock, crisisResources: options.crisisResources }),
    moderation: new RequestModerationService({ db: options.db, audit: options.audit, clock }),
    repository: new RequestRepository(options.db),
    limiter,
  };
}
