/**
 * Policies, Outline-style: one file per entity says, once, who may do what to it. Routes declare the
 * coarse part (`config: { access: userPolicy.access('list') }`); services check the whole rule with
 * `userPolicy.authorize(actor, 'changeRoles', target)`. Both read the same rule.
 */
import { AppError } from '../errors.js';
import { decideAccess, type Access } from './access.js';
import type { Actor, UserActor } from './actor.js';

/** One action's rule: who may attempt it, and what must hold of the particular subject. */
export interface Rule<S> {
  readonly access: Access;
  /** Checked after `access` passes, for a signed-in person and a concrete subject. */
  readonly when?: (actor: UserActor, subject: S) => boolean;
}

/** The rules of one entity and the two ways to ask them. */
export interface Policy<S, A extends string> {
  readonly entity: string;
  /** The route-level requirement of an action (before any subject is loaded). */
  access(action: A): Access;
  /** May `actor` do `action` (to `subject`, when the rule looks at one)? */
  can(actor: Actor, action: A, subject?: S): boolean;
  /** Like `can`, but throws UNAUTHENTICATED, COVENANT_REQUIRED or FORBIDDEN. */
  authorize(actor: Actor, action: A, subject?: S): void;
}

/** Defines an entity's policy: `definePolicy<User>('user', { read: {...}, deactivate: {...} })`. */
export function definePolicy<S, A extends string = string>(entity: string, rules: Record<A, Rule<S>>): Policy<S, A> {
  function decide(actor: Actor, action: A, subject?: S): 'allow' | 'unauthenticated' | 'forbidden' | 'covenant' {
    const rule = rules[action];
    if (!rule) throw new Error(`policy ${entity} has no rule for "${action}"`);
    const decision = decideAccess(actor, rule.access);
    if (decision !== 'allow' || actor.kind !== 'user' || !rule.when) return decision;
    // A rule about a particular subject, asked without one, is refused rather than guessed.
    if (subject === undefined) return 'forbidden';
    return rule.when(actor, subject) ? 'allow' : 'forbidden';
  }
  return {
    entity,
    access: (action) => {
      const rule = rules[action];
      if (!rule) throw new Error(`policy ${entity} has no rule for "${action}"`);
      return rule.access;
    },
    can: (actor, action, subject) => decide(actor, action, subject) === 'allow',
    authorize(actor, action, subject) {
      const decision = decide(actor, action, subject);
      if (decision === 'unauthenticated') throw new AppError('UNAUTHENTICATED');
      if (decision === 'covenant') throw new AppError('COVENANT_REQUIRED');
      if (decision === 'forbidden') throw new AppError('FORBIDDEN');
    },
  };
}
