/**
 * Church listings accepted per client address per clock hour, counted like prayer intake's
 * SUBMIT_RATE_LIMIT (the same number) but on counters of their own, so that submitting a church never
 * uses up someone's prayer requests. 0 turns the limit off.
 */
import { createHash } from 'node:crypto';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';

const HOUR = 60 * 60 * 1000;

export class ChurchSubmitLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly perHour: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one submission from `address`; `retryAfterMs` when it is over the hour's limit. */
  async take(address: string): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }> {
    if (this.perHour <= 0) return { allowed: true };
    const now = this.now().getTime();
    const hour = Math.floor(now / HOUR);
    const left = (hour + 1) * HOUR - now;
    // Hashed: the counter store (Redis) holds no addresses in the clear.
    const who = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    const count = await this.store.increment(`church-submit:${hour}:${who}`, left + 1000);
    return count <= this.perHour ? { allowed: true } : { allowed: false, retryAfterMs: left };
  }
}
