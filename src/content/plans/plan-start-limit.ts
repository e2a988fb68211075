/**
 * Starting a plan with an email sends mail to that address, so the start form could be used to send
 * mail to strangers: starts with an email are limited per client address and clock hour (hashed
 * addresses in the shared counter store, Redis when REDIS_URL is set). Starts without an email send
 * nothing and are not limited here (the site-wide limit still applies).
 */
import { createHash } from 'node:crypto';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';

const HOUR = 60 * 60 * 1000;

/** Starts with an email accepted per client address per hour. */
export const EMAIL_STARTS_PER_HOUR = 10;

export class PlanStartLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly perHour = EMAIL_STARTS_PER_HOUR,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts one start with an email from `address`; returns how long to wait when over the limit, else 0. */
  async take(address: string): Promise<number> {
    const now = this.now().getTime();
    const hour = Math.floor(now / HOUR);
    const left = (hour + 1) * HOUR - now;
    const who = createHash('sha256').update(address).digest('base64url').slice(0, 22);
    const count = await this.store.increment(`plan-email-start:${hour}:${who}`, left + 1000);
    return count <= this.perHour ? 0 : left;
  }
}
