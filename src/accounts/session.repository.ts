import type { Kysely } from 'kysely';
import type { SessionTable, Tables } from '../platform/db/tables.js';
import type { User } from './user.js';
import { toUser } from './user.repository.js';

/** Server-side sessions, keyed by the SHA-256 of the cookie value. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new session. */
  async insert(row: SessionTable): Promise<void> {
    await this.db.insertInto('sessions').values(row).execute();
  }

  /** A session by its hashed id. */
  async findById(id: string): Promise<SessionTable | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * A session with its person and roles, in one round trip: every request of a signed-in person asks
   * this, so it is one indexed join rather than three queries.
   */
  async findWithUser(id: string): Promise<{ session: SessionTable; user: User } | undefined> {
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
      .selectAll('users')
      .select(['sessions.id as session_id', 'sessions.created_at as session_created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'user_roles.role as role'])
      .where('sessions.id', '=', id)
      .execute();
    if (rows.length === 0) return undefined;
    const { session_id, session_created_at, last_seen_at, expires_at, role: _role, ...user } = rows[0];
    return {
      session: { id: session_id, user_id: user.id, created_at: session_created_at, last_seen_at, expires_at },
      user: toUser(user, rows.map((r) => r.role).filter((r): r is string => r !== null)),
    };
  }

  /** Marks a session as used now (for idle expiry). */
  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  }

  /** Ends one session. */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of a person, except `keep` when given; returns how many ended. */
  async deleteForUser(userId: string, keep?: string): Promise<number> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep) query = query.where('id', '!=', keep);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** How many sessions a person has open. */
  async countForUser(userId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('sessions')
      .where('user_id', '=', userId)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  /** Drops sessions past their absolute expiry or idle since before `idleBefore`. */
  async deleteExpired(now: string, idleBefore: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
