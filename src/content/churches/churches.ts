// The church directory, built once per process and shared by its pages, API and moderation routes.
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';
import { ChurchService } from './church.service.js';
import { ChurchSubmitLimiter } from './church-submit-limit.js';
import { ChurchUnsubscribeTokens } from './church-unsubscribe-token.js';

export interface ChurchesOptions {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  /** Shared counters (Redis when REDIS_URL is set) for the per-address submission limit. */
  readonly counters: CounterStore;
  /** Listings accepted per client address per hour (SUBMIT_RATE_LIMIT); 0 turns the limit off. */
  readonly submitRateLimit: number;
  /** Signs the unsubscribe links of the submitter's emails. */
  readonly sessionSecret: string;
  readonly clock?: () => Date;
}

/** Builds the directory's service. */
export function createChurches(options: ChurchesOptions): ChurchService {
  const clock = options.clock ?? (() => new Date());
  return new ChurchService({
    db: options.db,
    audit: options.audit,
    limiter: new ChurchSubmitLimiter(options.counters, options.submitRateLimit, clock),
    tokens: new ChurchUnsubscribeTokens(options.sessionSecret),
    clock,
  });
}
