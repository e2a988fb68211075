/**
 * What a route demands of its caller, declared in the route's config and enforced in one hook:
 *   app.get('/admin', { config: { access: { roles: ['admin'] } } }, handler)
 * A route without a declaration is refused (and fails the authorization matrix test).
 */
import type { Actor, Role } from './actor.js';

export type Access =
  /** Anyone, signed in or not. */
  | 'public'
  /** Any signed-in, active person, whatever their roles. */
  | 'authenticated'
  /** A signed-in person holding at least one of `roles` (any role when omitted), who has accepted the covenant when `covenant` is set. */
  | { readonly roles?: readonly Role[]; readonly covenant?: boolean };

/** Why a caller may not pass, or `allow`. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'covenant';

/** Decides whether `actor` meets `access`. The system actor meets every requirement. */
export function decideAccess(actor: Actor, access: Access): AccessDecision {
  if (access === 'public') return 'allow';
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'user') return 'unauthenticated';
  if (access === 'authenticated') return 'allow';
  if (access.roles && !access.roles.some((role) => actor.roles.includes(role))) return 'forbidden';
  if (access.covenant && !actor.covenantAcceptedAt) return 'covenant';
  return 'allow';
}

/** Is this a well-formed declaration? (Config is untyped at runtime; a typo must not open a route.) */
export function isAccess(value: unknown): value is Access {
  if (value === 'public' || value === 'authenticated') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { roles, covenant, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (roles !== undefined && (!Array.isArray(roles) || roles.length === 0)) return false;
  if (covenant !== undefined && typeof covenant !== 'boolean') return false;
  return true;
}

/** A short human description, for test output and logs. */
export function describeAccess(access: Access | undefined): string {
  if (access === undefined) return '(undeclared)';
  if (typeof access === 'string') return access;
  return `${access.roles ? `roles:${access.roles.join('|')}` : 'any role'}${access.covenant ? '+covenant' : ''}`;
}
