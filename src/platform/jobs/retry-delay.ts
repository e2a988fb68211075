/** How long to wait before the next attempt of a failed outbox event. */
export interface RetryPolicy {
  /** Delay after the first failure; doubles with each further failure. */
  readonly baseMs: number;
  /** The longest delay, however many failures. */
  readonly maxMs: number;
  /** Attempts (including the first) before the event is marked failed. */
  readonly maxAttempts: number;
}

/** Ten attempts over about four hours: long enough to ride out a mail server's bad afternoon. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 30_000, maxMs: 2 * 60 * 60 * 1000, maxAttempts: 10 };

/**
 * Exponential backoff with "equal jitter": half the doubled delay is fixed, the other half random, so
 * events that failed together (a mail server outage) do not all come back in the same second, yet no
 * retry comes sooner than half its step. `attempts` counts attempts made so far (1 after the first).
 */
export function retryDelay(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
