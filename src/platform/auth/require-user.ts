import { AppError } from '../errors.js';
import type { Actor, UserActor } from './actor.js';

/** The signed-in person behind `actor`, or UNAUTHENTICATED (for routes declared 'authenticated' or by role). */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return actor;
}
