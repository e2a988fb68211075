/**
 * SQL of a request's end of life: expiry when its time runs out, and the purge of personal data a set
 * time after it closed, was answered, expired or was deleted. Each write is conditional, so a job run
 * twice (or on two processes) changes each request once.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';

export class LifecycleRepository {
  constructor(private readonly db: Kysely<Tables> | Transaction<Tables>) {}

  /** Active requests whose time ran out at or before `now`, oldest expiry first. */
  async expired(now: string, limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('prayer_requests').select('id').where('status', '=', 'active').where('expires_at', '<=', now).orderBy('expires_at').orderBy('id').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  /** Marks one request expired; false when it is no longer active or was renewed meanwhile. */
  async expire(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ status: 'expired', updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'active')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Requests whose personal data is due to go: not purged yet, and closed, answered, expired or deleted
   * at or before `before` (for expired ones, when their time ran out).
   */
  async purgeable(before: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('prayer_requests')
      .select('id')
      .where('purged_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'closed'), eb('closed_at', '<=', before)]),
          eb.and([eb('status', '=', 'answered'), eb('answered_at', '<=', before)]),
          eb.and([eb('status', '=', 'expired'), eb('expires_at', '<=', before)]),
          eb.and([eb('status', '=', 'deleted'), eb('deleted_at', '<=', before)]),
        ]),
      )
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Removes the personal data of one request: its text and public text, first name, email, "for whom",
   * the text of its updates, and its testimonies (a published one keeps its text, not the name). Counts,
   * dates, category and the team's prayers stay. False when it was
   * purged already, or was renewed (active again) since it was found.
   */
  async purge(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ text: null, public_text: null, first_name: null, email: null, for_whom: null, purged_at: now, updated_at: now })
      .where('id', '=', id)
      .where('purged_at', 'is', null)
      .where('status', 'in', ['closed', 'answered', 'expired', 'deleted'])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await this.db.updateTable('request_updates').set({ text: null }).where('request_id', '=', id).execute();
    // Testimonies go too, except one published with the requester's consent: that was given to the public
    // (it stays on /stories, without a name, until unpublished or the request is deleted).
    await this.db
      .deleteFrom('testimonies')
      .where('request_id', '=', id)
      .where((eb) => eb.or([eb('status', '!=', 'approved'), eb('consent_public', '=', 0)]))
      .execute();
    await this.db.updateTable('testimonies').set({ first_name: null }).where('request_id', '=', id).execute();
    return true;
  }
}
