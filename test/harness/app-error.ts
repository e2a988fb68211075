import { AppError } from '../../src/platform/errors.js';

/** The AppError `promise` is refused with (so a test can check its code and details); fails the test when it resolves. */
export async function rejects(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}
