// How much a request needs prayer now, once urgent requests have gone first.
//
//   need = prayers ÷ (1 + age in days)        lower goes first; ties: the longest waiting first
//
// A request nobody has prayed for scores 0 whatever its age, so every new request comes before any
// request that has been prayed for, and among unprayed ones the oldest leads: no request waits while
// others collect prayers. Among prayed-for requests the score is a rate — prayers per day of life, with a
// new request counted as one day old — and the dispatcher always feeds the lowest rate, so prayers spread
// evenly over time: a request open for ten days with three prayers (0.27) comes before one opened this
// morning that has one (≈ 0.9). The SQL in dispatch.repository.ts computes the same number.

/** Milliseconds in a day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The need score of a request (lower is more in need); `ageDays` below zero (clock skew) counts as zero. */
export function needScore(prayerCount: number, ageDays: number): number {
  return prayerCount / (1 + Math.max(0, ageDays));
}

/** Compares two requests the way the dispatcher orders them (negative: `a` goes first). */
export function compareNeed(
  a: { urgent: boolean; prayerCount: number; createdAt: string; id: string },
  b: { urgent: boolean; prayerCount: number; createdAt: string; id: string },
  now: Date,
): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  const age = (createdAt: string) => (now.getTime() - Date.parse(createdAt)) / DAY_MS;
  const diff = needScore(a.prayerCount, age(a.createdAt)) - needScore(b.prayerCount, age(b.createdAt));
  if (diff !== 0) return diff;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
