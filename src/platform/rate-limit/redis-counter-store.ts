import type { Redis } from 'ioredis';
import { MemoryCounterStore, type CounterStore } from './counter-store.js';

// One round trip, atomic: several instances incrementing together never lose a count.
const INCREMENT = `
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return n`;

// Keeps the longer of the current and the requested block.
const BLOCK = `
local left = redis.call('PTTL', KEYS[1])
if left < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 1`;

/**
 * Counters in Redis, shared by every instance that uses the same REDIS_URL and prefix. When Redis fails,
 * this instance counts in memory meanwhile (and says so through `onError`): throttles keep holding
 * per instance rather than opening, or locking everyone out.
 */
export class RedisCounterStore implements CounterStore {
  private readonly fallback = new MemoryCounterStore();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  increment(key: string, ttlMs: number): Promise<number> {
    return this.guard(
      async () => Number(await this.redis.eval(INCREMENT, 1, this.prefix + 'n:' + key, String(Math.max(1, Math.ceil(ttlMs))))),
      () => this.fallback.increment(key, ttlMs),
    );
  }

  block(key: string, ms: number): Promise<void> {
    return this.guard(
      async () => void (await this.redis.eval(BLOCK, 1, this.prefix + 'b:' + key, String(Math.max(1, Math.ceil(ms))))),
      () => this.fallback.block(key, ms),
    );
  }

  blockedFor(key: string): Promise<number> {
    return this.guard(
      async () => Math.max(0, await this.redis.pttl(this.prefix + 'b:' + key)),
      () => this.fallback.blockedFor(key),
    );
  }

  clear(key: string): Promise<void> {
    return this.guard(
      async () => void (await this.redis.del(this.prefix + 'n:' + key, this.prefix + 'b:' + key)),
      () => this.fallback.clear(key),
    );
  }

  async close(): Promise<void> {}

  private async guard<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    try {
      return await primary();
    } catch (err) {
      this.onError(err);
      return fallback();
    }
  }
}
