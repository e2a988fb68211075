import type { Kysely } from 'kysely';
import type { Actor, UserActor } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { randomOpaque, sha256Hex } from '../platform/security/secret-token.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { userPolicy } from './policies/user.policy.js';
import { SessionRepository } from './session.repository.js';
import { actorFor } from './user-actor.js';

/** How long sessions live. */
export interface SessionSettings {
  /** A session unused this long ends (OWASP ASVS 3.3: re-authenticate after idleness). */
  readonly idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  readonly absoluteMs: number;
  /** Record activity at most this often, so reading pages does not write on every request. */
  readonly touchAfterMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  touchAfterMs: 60 * 1000,
};

/** A session just begun: the cookie value goes to the browser once and is stored only hashed. */
export interface StartedSession {
  readonly cookieValue: string;
  readonly id: string;
  readonly expiresAt: Date;
}

/** Server-side sessions in the database. */
export class SessionService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    readonly settings: SessionSettings = DEFAULT_SESSION_SETTINGS,
  ) {}

  /**
   * Begins a session for a person who just proved who they are. Any session the browser presented is
   * ended first: the id changes at every sign-in, so an id planted before sign-in is worthless after.
   */
  async start(userId: string, presentedCookie?: string): Promise<StartedSession> {
    const sessions = new SessionRepository(this.db);
    if (presentedCookie) await sessions.delete(sha256Hex(presentedCookie));
    const now = this.clock();
    const cookieValue = randomOpaque(32);
    const id = sha256Hex(cookieValue);
    const expiresAt = new Date(now.getTime() + this.settings.absoluteMs);
    await sessions.insert({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    return { cookieValue, id, expiresAt };
  }

  /**
   * The person behind a session cookie, or null when the session is unknown, expired (idle or
   * absolute) or its person deactivated; dead sessions are deleted on sight.
   */
  async resolve(cookieValue: string): Promise<{ actor: UserActor; expiresAt: Date } | null> {
    if (!cookieValue || cookieValue.length > 100) return null;
    const sessions = new SessionRepository(this.db);
    const id = sha256Hex(cookieValue);
    const found = await sessions.findWithUser(id);
    if (!found) return null;
    const { session, user } = found;
    const now = this.clock().getTime();
    const idleSince = Date.parse(session.last_seen_at);
    if (Date.parse(session.expires_at) <= now || idleSince + this.settings.idleMs <= now || user.deactivatedAt) {
      await sessions.delete(id);
      return null;
    }
    if (now - idleSince >= this.settings.touchAfterMs) await sessions.touch(id, new Date(now).toISOString());
    return { actor: actorFor(user, 'session', { sessionId: id }), expiresAt: new Date(session.expires_at) };
  }

  /** Ends the session behind a cookie (sign out). */
  async end(cookieValue: string): Promise<void> {
    await new SessionRepository(this.db).delete(sha256Hex(cookieValue));
  }

  /** Signs a person out everywhere: every session ends, this one included. Returns how many ended. */
  async endAll(actor: Actor, input: { userId: string }): Promise<number> {
    userPolicy.authorize(actor, 'endSessions', { id: input.userId });
    const ended = await new SessionRepository(this.db).deleteForUser(input.userId);
    await this.audit.record(actor, { action: 'session.ended_everywhere', subject: { type: 'user', id: input.userId }, details: { sessions: ended } });
    return ended;
  }

  /** Deletes expired sessions (they are harmless, but the table should not grow forever). */
  async sweep(): Promise<number> {
    const now = this.clock().getTime();
    return new SessionRepository(this.db).deleteExpired(new Date(now).toISOString(), new Date(now - this.settings.idleMs).toISOString());
  }
}
