/**
 * Counters that expire, for throttles that need more than a fixed window (login's growing delay).
 * In memory for one instance; in Redis when REDIS_URL is set, so that every instance sees the same counts.
 */

/** A place to count failures and hold blocks, shared or not. */
export interface CounterStore {
  /** Adds one to `key` and (re)starts its expiry at `ttlMs`; returns the new count. */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Blocks `key` for `ms` (a longer block already in place is kept). */
  block(key: string, ms: number): Promise<void>;
  /** Milliseconds left on the block of `key`, 0 when not blocked. */
  blockedFor(key: string): Promise<number>;
  /** Forgets the count and any block of `key`. */
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Counters in this process's memory; expired entries are swept as they are met. */
export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, { count: number; expires: number }>();
  private readonly blocks = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, ttlMs: number): Promise<number> {
    const now = this.now();
    const entry = this.counts.get(key);
    const count = entry && entry.expires > now ? entry.count + 1 : 1;
    this.counts.set(key, { count, expires: now + ttlMs });
    if (this.counts.size > 100_000) this.sweep(now);
    return count;
  }

  async block(key: string, ms: number): Promise<void> {
    const until = this.now() + ms;
    this.blocks.set(key, Math.max(until, this.blocks.get(key) ?? 0));
  }

  async blockedFor(key: string): Promise<number> {
    const until = this.blocks.get(key);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) this.blocks.delete(key);
    return Math.max(0, left);
  }

  async clear(key: string): Promise<void> {
    this.counts.delete(key);
    this.blocks.delete(key);
  }

  async close(): Promise<void> {}

  private sweep(now: number): void {
    for (const [key, entry] of this.counts) if (entry.expires <= now) this.counts.delete(key);
    for (const [key, until] of this.blocks) if (until <= now) this.blocks.delete(key);
  }
}
