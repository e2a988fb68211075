/**
 * Who is asking. Every service takes an actor first, so the HTML routes, the JSON API, the CLI and
 * jobs all pass the same policies. Routes read it from `request.actor`.
 */
import type { Locale } from '../i18n/locale.js';

/** Roles a person can hold; a person may hold several. No role implies another. */
export const ROLES = ['intercessor', 'moderator', 'pastor', 'author', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Narrows a string to a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Someone without an account or a valid session: the public. */
export interface AnonymousActor {
  readonly kind: 'anonymous';
}

/** The operator at the command line or a scheduled job: trusted like the database itself. */
export interface SystemActor {
  readonly kind: 'system';
  /** Shown in the audit log, e.g. "command line". */
  readonly label: string;
}

/** A signed-in, active person (deactivated accounts never become actors). */
export interface UserActor {
  readonly kind: 'user';
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly locale: Locale;
  /** When the confidentiality covenant was accepted (ISO time), or null. */
  readonly covenantAcceptedAt: string | null;
  /** How this request proved who it is. */
  readonly via: 'session' | 'token' | 'service';
  /** The stored (hashed) id of the session behind this request, when `via` is `session`. */
  readonly sessionId?: string;
  /** The API token behind this request, when `via` is `token`. */
  readonly tokenId?: string;
}

export type Actor = AnonymousActor | SystemActor | UserActor;

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'anonymous' });

/** The actor of `intercede …` commands. */
export const COMMAND_LINE: SystemActor = Object.freeze({ kind: 'system', label: 'command line' });

/** Is this a signed-in person? */
export function isUser(actor: Actor | null | undefined): actor is UserActor {
  return actor?.kind === 'user';
}

/** Does the actor hold this role? (The system actor holds none; policies let it through separately.) */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.roles.includes(role);
}
