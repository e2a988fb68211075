import { decideAccess } from '../../platform/auth/access.js';
import type { Actor, UserActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { requestPolicy } from '../requests/request.policy.js';

/**
 * The person behind a prayer session: signed in, an intercessor, covenant accepted (the request policy's
 * `pray` requirement, before any particular request is looked at). Throws UNAUTHENTICATED,
 * COVENANT_REQUIRED or FORBIDDEN. Leases and prayers belong to a person, so the system actor is refused.
 */
export function requireIntercessor(actor: Actor): UserActor {
  const decision = decideAccess(actor, requestPolicy.access('pray'));
  if (decision === 'unauthenticated') throw new AppError('UNAUTHENTICATED');
  if (decision === 'covenant') throw new AppError('COVENANT_REQUIRED');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Only a person can pray for requests.');
  return actor;
}
