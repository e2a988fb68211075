/**
 * Stories accepted per client address per clock hour — the same SUBMIT_RATE_LIMIT as prayer requests,
 * counted apart from them (someone who asked for prayer can still share a story). One counter per address
 * and hour in the shared counter store (Redis when REDIS_URL is set); 0 turns the limit off.
 */
import { createHash } from 'node:crypto';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';

const HOUR = 60 * 60 * 1000;

/** Whether one more story from an address is accepted, and if not, for how long it must wait. */
export type StoryAllowance = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/** Counts accepted stories per address and hour. */
export class StorySubmitLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly perHour: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one story from `address`; refused once over the limit. */
  async take(address: string): Promise<StoryAllowance> {
    if (this.perHour <= 0) return { allowed: true };
    const now = this.now().getTime();
    const hour = Math.floor(now / HOUR);
    const left = (hour + 1) * HOUR - now;
    // The store (Redis) holds no IP addresses in the clear.
    const who = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    const count = await this.store.increment(`story-submit:${hour}:${who}`, left + 1000);
    return count <= this.perHour ? { allowed: true } : { allowed: false, retryAfterMs: left };
  }
}
