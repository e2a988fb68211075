/** Small timing helpers for benchmark scripts (never used by tests). */

/**
 * Nanoseconds per call of `fn` over batches run for about `ms` milliseconds after a warm-up: the median
 * batch, which moments when another process has the CPU (these run on shared 2-core machines) do not
 * move, and the mean, which includes them and garbage collection.
 */
export function nsPerCall(fn: () => unknown, ms = 500): { median: number; mean: number } {
  for (let i = 0; i < 1000; i++) fn();
  // Size a batch to ~0.2 ms so that one batch rarely spans a preemption, yet dwarfs the timer's cost.
  let batch = 10;
  for (;;) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    if (Number(process.hrtime.bigint() - t) >= 200_000 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const perCall: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < deadline || perCall.length < 25) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t) / batch);
  }
  const mean = perCall.reduce((a, b) => a + b, 0) / perCall.length;
  perCall.sort((a, b) => a - b);
  return { median: perCall[Math.floor(perCall.length / 2)], mean };
}

/** Times each call separately; returns percentiles in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), p99: at(99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

/** Milliseconds taken by one call of `fn`. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Rounds for a readable table. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
