/** Where services read the time; tests pass a clock they can move. */
export type Clock = () => Date;

/** The real time. */
export const systemClock: Clock = () => new Date();

/** `clock()` plus `ms`, as an ISO string. */
export function isoAfter(clock: Clock, ms: number): string {
  return new Date(clock().getTime() + ms).toISOString();
}
