import type { Kysely } from 'kysely';
import type { PasswordLinkTable, Tables } from '../platform/db/tables.js';

/** Single-use links to set or reset a password. */
export class PasswordLinkRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new link. */
  async insert(row: PasswordLinkTable): Promise<void> {
    await this.db.insertInto('password_links').values(row).execute();
  }

  /** A link by id. */
  async findById(id: string): Promise<PasswordLinkTable | undefined> {
    return this.db.selectFrom('password_links').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Uses a link once: false when it was already used (by a concurrent request, say). */
  async markUsed(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('password_links')
      .set({ used_at: at })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Spends every unused link of a person (after a password change, older links must not work). */
  async useAllForUser(userId: string, at: string): Promise<void> {
    await this.db.updateTable('password_links').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  }
}
