/**
 * SUBMIT_RATE_LIMIT: prayer requests accepted per client address per clock hour. One counter per address
 * and hour in the shared counter store (Redis when REDIS_URL is set), so a flood from one address is
 * refused at once without any waiting — for it or for anyone else. 0 turns the limit off.
 */
import { createHash } from 'node:crypto';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';

const HOUR = 60 * 60 * 1000;

/** Whether one more request from an address is accepted, and if not, for how long it must wait. */
export type SubmitAllowance = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/** Counts accepted submissions per address and hour. */
export class SubmitRateLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly perHour: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Is the limit on? */
  get enabled(): boolean {
    return this.perHour > 0;
  }

  /** Counts one submission from `address`; refused (and not stored by the caller) once over the limit. */
  async take(address: string): Promise<SubmitAllowance> {
    if (!this.enabled) return { allowed: true };
    const now = this.now().getTime();
    const hour = Math.floor(now / HOUR);
    const left = (hour + 1) * HOUR - now;
    // Addresses are hashed: the store (Redis) holds no IP addresses in the clear.
    const who = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    const count = await this.store.increment(`prayer-submit:${hour}:${who}`, left + 1000);
    return count <= this.perHour ? { allowed: true } : { allowed: false, retryAfterMs: left };
  }
}
