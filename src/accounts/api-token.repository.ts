import type { Kysely } from 'kysely';
import type { ApiTokenTable, Tables } from '../platform/db/tables.js';

/** API tokens: the selector is the id; only the verifier's hash is stored. */
export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new token. */
  async insert(row: ApiTokenTable): Promise<void> {
    await this.db.insertInto('api_tokens').values(row).execute();
  }

  /** A token by id. */
  async findById(id: string): Promise<ApiTokenTable | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** A person's tokens, newest first, revoked ones included. */
  async listForUser(userId: string): Promise<ApiTokenTable[]> {
    return this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
  }

  /** Revokes one token (idempotent: the first revocation time stays). */
  async revoke(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  /** Revokes every live token of a person; returns how many. */
  async revokeForUser(userId: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Notes when a token was last used. */
  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}
