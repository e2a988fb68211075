import type { Kysely } from 'kysely';
import type { InvitationTable, Tables } from '../platform/db/tables.js';

/** Invitations to join, one row per link sent. */
export class InvitationRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new invitation. */
  async insert(row: InvitationTable): Promise<void> {
    await this.db.insertInto('invitations').values(row).execute();
  }

  /** An invitation by id. */
  async findById(id: string): Promise<InvitationTable | undefined> {
    return this.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Marks an invitation accepted, only if it still is open; returns false when another request took
   * it first, so a link is used once even when two tabs submit together.
   */
  async markAccepted(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: at })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Withdraws every open invitation to `email` (a newer one replaces them). */
  async revokeOpenFor(email: string, at: string): Promise<void> {
    await this.db
      .updateTable('invitations')
      .set({ revoked_at: at })
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
