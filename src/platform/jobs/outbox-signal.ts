/**
 * A hint that this process wrote outbox events, so the in-process worker can look now instead of at
 * its next poll. Only a hint: the event may belong to a transaction that has not committed yet (or
 * never will), which is why the web server reads it after a response is sent, and why polling stays
 * the guarantee.
 */
let pending = false;

/** Notes that an event was written (called by `enqueue`). */
export function noteEnqueued(): void {
  pending = true;
}

/** Was an event written since the last call? Clears the note. */
export function takeEnqueued(): boolean {
  const was = pending;
  pending = false;
  return was;
}
