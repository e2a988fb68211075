import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { Backoff, blockAfter, type BackoffRule } from './backoff.js';
import { MemoryCounterStore, type CounterStore } from './counter-store.js';
import { RedisCounterStore } from './redis-counter-store.js';

const RULE: BackoffRule = { freeAttempts: 3, firstBlockMs: 1000, maxBlockMs: 8000, memoryMs: 60_000 };

describe('growing delay', () => {
  it('blocks after the free attempts, doubling each time, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => blockAfter(RULE, n))).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000]);
  });
});

const redisUrl = process.env.REDIS_URL;
const stores: Array<[string, () => { store: CounterStore; now?: { value: number } }]> = [
  [
    'memory',
    () => {
      const now = { value: 1_000_000 };
      return { store: new MemoryCounterStore(() => now.value), now };
    },
  ],
];
const clients: Redis[] = [];
if (redisUrl) {
  stores.push([
    'redis',
    () => {
      const client = new Redis(redisUrl);
      clients.push(client);
      return { store: new RedisCounterStore(client, `intercede-test:${randomBytes(6).toString('hex')}:`) };
    },
  ]);
}
afterAll(() => clients.forEach((c) => c.disconnect()));

describe.each(stores)('counters in %s', (_name, make) => {
  it('count, block, and forget', async () => {
    const { store } = make();
    const backoff = new Backoff(store, RULE, 'test');
    expect(await backoff.wait(['k'])).toBe(0);
    expect(await backoff.fail('k')).toBe(0);
    expect(await backoff.fail('k')).toBe(0);
    expect(await backoff.fail('k')).toBe(1000);
    const wait = await backoff.wait(['k', 'other']);
    expect(wait).toBeGreaterThan(900);
    expect(wait).toBeLessThanOrEqual(1000);
    expect(await backoff.fail('k')).toBe(2000);
    await backoff.succeed('k');
    expect(await backoff.wait(['k'])).toBe(0);
    expect(await backoff.fail('k')).toBe(0);
  });

  it('let a block run out', async () => {
    const { store, now } = make();
    await store.block('b', 50);
    expect(await store.blockedFor('b')).toBeGreaterThan(0);
    if (now) now.value += 51;
    else await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await store.blockedFor('b')).toBe(0);
  });

  it('keep the longer of two blocks', async () => {
    const { store } = make();
    await store.block('c', 5000);
    await store.block('c', 10);
    expect(await store.blockedFor('c')).toBeGreaterThan(4000);
  });
});

describe.skipIf(!redisUrl)('counters in Redis, shared', () => {
  it('are seen by every instance using the same prefix', async () => {
    const prefix = `intercede-test:${randomBytes(6).toString('hex')}:`;
    const a = new Redis(redisUrl!);
    const b = new Redis(redisUrl!);
    clients.push(a, b);
    const first = new Backoff(new RedisCounterStore(a, prefix), RULE, 'shared');
    const second = new Backoff(new RedisCounterStore(b, prefix), RULE, 'shared');
    await first.fail('k');
    await second.fail('k');
    expect(await first.fail('k')).toBe(1000);
    expect(await second.wait(['k'])).toBeGreaterThan(0);
  });

  it('fall back to memory while Redis is unreachable, saying so', async () => {
    const broken = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    broken.on('error', () => undefined);
    const errors: unknown[] = [];
    const store = new RedisCounterStore(broken, 'x:', (err) => errors.push(err));
    expect(await store.increment('k', 1000)).toBe(1);
    expect(await store.increment('k', 1000)).toBe(2);
    expect(errors.length).toBeGreaterThan(0);
    broken.disconnect();
  });
});
