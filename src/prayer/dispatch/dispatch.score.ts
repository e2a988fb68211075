// How much a request needs prayer now.
//
//   an urgent request nobody has prayed for yet goes before everything else; then
//   need = prayers ÷ (1 + age in days) ÷ (URGENT_WEIGHT if urgent)      lower goes first; ties: longest waiting
//
// Urgency jumps the queue only until the first prayer. After that an urgent request keeps a larger share
// (its rate is divided by URGENT_WEIGHT) but no longer starves the rest: when urgency lasted a request's
// whole life, a simulation of 100,000 requests showed pastors spending every session on urgent requests
// while non-urgent pastoral ones were never prayed for.
//
// A request nobody has prayed for scores 0 whatever its age, so every new request comes before any
// request that has been prayed for, and among unprayed ones the oldest leads: no request waits while
// others collect prayers. Among prayed-for requests the score is a rate — prayers per day of life, with a
// new request counted as one day old — and the dispatcher always feeds the lowest rate, so prayers spread
// evenly over time: a request open for ten days with three prayers (0.27) comes before one opened this
// morning that has one (≈ 0.9). dispatch.repository.ts orders its candidates with compareNeed itself.

/** Milliseconds in a day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** How many times the share of prayers an urgent request keeps after its first prayer. */
export const URGENT_WEIGHT = 3;

/** The need score of a request (lower is more in need); `ageDays` below zero (clock skew) counts as zero. */
export function needScore(prayerCount: number, ageDays: number, urgent = false): number {
  return prayerCount / (1 + Math.max(0, ageDays)) / (urgent ? URGENT_WEIGHT : 1);
}

/** Does the request jump the queue: urgent and not yet prayed for? */
export function jumpsQueue(r: { urgent: boolean; prayerCount: number }): boolean {
  return r.urgent && r.prayerCount === 0;
}

/** Compares two requests the way the dispatcher orders them (negative: `a` goes first). */
export function compareNeed(
  a: { urgent: boolean; prayerCount: number; createdAt: string; id: string },
  b: { urgent: boolean; prayerCount: number; createdAt: string; id: string },
  now: Date,
): number {
  if (jumpsQueue(a) !== jumpsQueue(b)) return jumpsQueue(a) ? -1 : 1;
  const age = (createdAt: string) => (now.getTime() - Date.parse(createdAt)) / DAY_MS;
  const diff = needScore(a.prayerCount, age(a.createdAt), a.urgent) - needScore(b.prayerCount, age(b.createdAt), b.urgent);
  if (diff !== 0) return diff;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
