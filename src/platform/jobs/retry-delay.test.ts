import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry-delay.js';

describe('retry delays', () => {
  const policy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 10 };

  it('double with each failure, up to the cap', () => {
    const upper = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n, policy, () => 1));
    expect(upper).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('spread each step between its half and its whole, so failures that happened together come back apart', () => {
    const samples = Array.from({ length: 500 }, () => retryDelay(4, policy));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(...samples)).toBeLessThanOrEqual(8000);
    expect(new Set(samples).size).toBeGreaterThan(100);
  });
});
