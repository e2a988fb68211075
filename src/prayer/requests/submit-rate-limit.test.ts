import { describe, expect, it } from 'vitest';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import { SubmitRateLimiter } from './submit-rate-limit.js';

describe('SUBMIT_RATE_LIMIT', () => {
  it('accepts the limit per address and clock hour, then says how long until the next hour', async () => {
    let now = Date.parse('2026-03-01T09:45:00.000Z');
    const limiter = new SubmitRateLimiter(new MemoryCounterStore(() => now), 2, () => new Date(now));
    expect(await limiter.take('10.0.0.1')).toEqual({ allowed: true });
    expect(await limiter.take('10.0.0.1')).toEqual({ allowed: true });
    expect(await limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterMs: 15 * 60 * 1000 });
    expect(await limiter.take('10.0.0.2')).toEqual({ allowed: true });
    now = Date.parse('2026-03-01T10:00:00.001Z');
    expect(await limiter.take('10.0.0.1')).toEqual({ allowed: true });
  });

  it('is off at 0', async () => {
    const limiter = new SubmitRateLimiter(new MemoryCounterStore(), 0);
    expect(limiter.enabled).toBe(false);
    for (let i = 0; i < 100; i++) expect((await limiter.take('10.0.0.1')).allowed).toBe(true);
  });
});
