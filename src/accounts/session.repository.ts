import type { Kysely } from 'kysely';
import type { SessionTable, Tables } from '../platform/db/tables.js';

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
