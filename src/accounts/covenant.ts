/**
 * The confidentiality covenant intercessors accept before their first prayer session. Its text lives in
 * the message catalogues (`covenant.*`); raise the version when the text changes in substance, and
 * everyone accepts it again.
 */
import { AppError } from '../platform/errors.js';
import type { Actor, SystemActor, UserActor } from '../platform/auth/actor.js';

export const COVENANT_VERSION = '1';

/** The paragraphs of the covenant, as message keys in order. */
export const COVENANT_PARAGRAPHS = ['covenant.p1', 'covenant.p2', 'covenant.p3', 'covenant.p4', 'covenant.p5'] as const;

/**
 * For other domains: throws unless `actor` is a signed-in person who has accepted the current covenant
 * (UNAUTHENTICATED, or COVENANT_REQUIRED). Call it in services before showing any prayer request;
 * routes declare `config: { access: { roles: ['intercessor'], covenant: true } }` for the same rule.
 */
export function requireCovenant(actor: Actor): asserts actor is UserActor | SystemActor {
  if (actor.kind === 'system') return;
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  if (!actor.covenantAcceptedAt) throw new AppError('COVENANT_REQUIRED');
}
