/**
 * Limits on visitors' "I prayed" on the public wall, in the shared counter store (Redis when REDIS_URL is
 * set): a number per address per clock hour, so that a script cannot inflate counts, and one per
 * request per address per day, so that a double click or a reload is one prayer, not two.
 */
import { createHash } from 'node:crypto';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** "I prayed" accepted per address per hour: far above what one person praying through the wall does. */
export const VISITOR_PRAYERS_PER_HOUR = 60;

/** Whether a visitor's prayer counts: refused (too many), a repeat (already counted today), or new. */
export type VisitorAllowance =
  | { readonly allowed: false; readonly retryAfterMs: number }
  | { readonly allowed: true; readonly repeat: boolean };

/** Counts visitors' prayers per address. */
export class VisitorPrayerLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly perHour: number = VISITOR_PRAYERS_PER_HOUR,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Takes one "I prayed" from `address` for `requestId`. */
  async take(address: string, requestId: string): Promise<VisitorAllowance> {
    const now = this.now().getTime();
    const hour = Math.floor(now / HOUR);
    const left = (hour + 1) * HOUR - now;
    // Addresses are hashed: the store holds no IP addresses in the clear.
    const who = createHash('sha256').update(`wall:${address}`).digest('base64url').slice(0, 22);
    const count = await this.store.increment(`wall-prayer:${hour}:${who}`, left + 1000);
    if (this.perHour > 0 && count > this.perHour) return { allowed: false, retryAfterMs: left };
    const again = await this.store.increment(`wall-prayed:${requestId}:${who}`, DAY);
    return { allowed: true, repeat: again > 1 };
  }
}
