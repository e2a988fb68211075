/** The stories area, built once per process. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';
import { StorySubmitLimiter } from './story-submit-limit.js';
import { StoryService } from './story.service.js';

/** What the stories area needs from the process. */
export interface StoriesOptions {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  /** Shared counters (Redis when REDIS_URL is set) for the per-address limit. */
  readonly counters: CounterStore;
  /** Stories accepted per address per hour (SUBMIT_RATE_LIMIT); 0 turns the limit off. */
  readonly submitRateLimit: number;
  readonly clock?: () => Date;
}

/** Builds the stories service. */
export function createStories(options: StoriesOptions): StoryService {
  const clock = options.clock ?? (() => new Date());
  return new StoryService({ db: options.db, audit: options.audit, limiter: new StorySubmitLimiter(options.counters, options.submitRateLimit, clock), clock });
}
