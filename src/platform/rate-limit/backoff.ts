import type { CounterStore } from './counter-store.js';

/** How a throttle grows: free attempts, then a block that doubles with every further failure. */
export interface BackoffRule {
  /** Failures allowed before the first block. */
  readonly freeAttempts: number;
  /** Length of the first block; each further failure doubles it. */
  readonly firstBlockMs: number;
  readonly maxBlockMs: number;
  /** How long failures are remembered after the last one. */
  readonly memoryMs: number;
}

/** The block, in ms, that the `failures`-th failure earns under `rule` (0 while attempts are free). */
export function blockAfter(rule: BackoffRule, failures: number): number {
  const over = failures - rule.freeAttempts;
  if (over < 0) return 0;
  return Math.min(rule.maxBlockMs, rule.firstBlockMs * 2 ** Math.min(over, 30));
}

/**
 * A throttle with a growing delay over a counter store: `wait(keys)` says how long the caller must
 * still wait, `fail(keys)` records a failure under each key, `succeed(key)` forgets one key's failures.
 */
export class Backoff {
  constructor(
    private readonly store: CounterStore,
    private readonly rule: BackoffRule,
    private readonly name: string,
  ) {}

  /** The longest remaining block among `keys`, in ms. */
  async wait(keys: string[]): Promise<number> {
    const waits = await Promise.all(keys.map((key) => this.store.blockedFor(`${this.name}:${key}`)));
    return Math.max(0, ...waits);
  }

  /** Records one failure under `key` and blocks it when the rule says so; returns the block in ms. */
  async fail(key: string): Promise<number> {
    const failures = await this.store.increment(`${this.name}:${key}`, this.rule.memoryMs);
    const block = blockAfter(this.rule, failures);
    if (block > 0) await this.store.block(`${this.name}:${key}`, block);
    return block;
  }

  /** Forgets the failures recorded under `key`. */
  async succeed(key: string): Promise<void> {
    await this.store.clear(`${this.name}:${key}`);
  }
}
