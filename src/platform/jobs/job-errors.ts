/** Thrown by a handler when an event can never succeed (bad payload, uncertain mail): no further attempts. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Thrown when an event should simply wait (another worker is mid-way through it); the attempt is not counted. */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly afterMs: number,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}
