import type { UserActor } from '../platform/auth/actor.js';
import { COVENANT_VERSION } from './covenant.js';
import type { User } from './user.js';

/**
 * The actor a person acts as. An acceptance of an older covenant version does not count, so changing
 * the covenant's text asks everyone to accept it again.
 */
export function actorFor(user: User, via: UserActor['via'], ids: { sessionId?: string; tokenId?: string } = {}): UserActor {
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    locale: user.locale,
    covenantAcceptedAt: user.covenantVersion === COVENANT_VERSION ? user.covenantAcceptedAt : null,
    via,
    ...ids,
  };
}
