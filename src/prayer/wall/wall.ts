/** The prayer wall's services, built once per process. */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';
import { VisitorPrayerLimiter, VISITOR_PRAYERS_PER_HOUR } from './visitor-prayer-limit.js';
import { WallService } from './wall.service.js';

/** What the wall needs from the process. */
export interface WallOptions {
  readonly db: Kysely<Tables>;
  /** Shared counters (Redis when REDIS_URL is set) for visitors' prayers per address. */
  readonly counters: CounterStore;
  /** Visitors' prayers counted per address per hour (default VISITOR_PRAYERS_PER_HOUR). */
  readonly visitorPrayersPerHour?: number;
  readonly clock?: () => Date;
}

/** Builds the wall service. */
export function createWall(options: WallOptions): WallService {
  const clock = options.clock ?? (() => new Date());
  const limiter = new VisitorPrayerLimiter(options.counters, options.visitorPrayersPerHour ?? VISITOR_PRAYERS_PER_HOUR, clock);
  return new WallService({ db: options.db, limiter, clock });
}
