/**
 * Leases: while an intercessor prays for a request, it is theirs for a few minutes. The primary key on
 * `request_id` is what keeps two intercessors off one request: a claim is one insert that either takes a
 * free request, replaces an expired lease, or does nothing.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';

/** A lease as the services see it. */
export interface Lease {
  readonly id: string;
  readonly requestId: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

function toLease(row: { lease_id: string; request_id: string; user_id: string; created_at: string; expires_at: string }): Lease {
  return { id: row.lease_id, requestId: row.request_id, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at };
}

/** Reads and writes `prayer_leases`. */
export class LeaseRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Takes `requestId` for `userId` until `expiresAt`, when nobody holds a live lease on it (an expired
   * lease is replaced). True when this call got it; false when someone else holds it.
   */
  async claim(lease: { id: string; requestId: string; userId: string; now: string; expiresAt: string }): Promise<boolean> {
    const row = await this.db
      .insertInto('prayer_leases')
      .values({ request_id: lease.requestId, lease_id: lease.id, user_id: lease.userId, created_at: lease.now, expires_at: lease.expiresAt })
      .onConflict((oc) =>
        oc
          .column('request_id')
          .doUpdateSet({ lease_id: lease.id, user_id: lease.userId, created_at: lease.now, expires_at: lease.expiresAt })
          .where('prayer_leases.expires_at', '<=', lease.now),
      )
      .returning('lease_id')
      .executeTakeFirst();
    return row?.lease_id === lease.id;
  }

  /** The newest live lease `userId` holds, if any. */
  async liveOf(userId: string, now: string): Promise<Lease | undefined> {
    const row = await this.db
      .selectFrom('prayer_leases')
      .selectAll()
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toLease(row) : undefined;
  }

  /** The live lease `userId` holds on `requestId`, if any. */
  async liveOn(requestId: string, userId: string, now: string): Promise<Lease | undefined> {
    const row = await this.db
      .selectFrom('prayer_leases')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row ? toLease(row) : undefined;
  }

  /** Moves a live lease's expiry (the intercessor came back to it); false when it had already lapsed. */
  async extend(leaseId: string, now: string, expiresAt: string): Promise<boolean> {
    const result = await this.db.updateTable('prayer_leases').set({ expires_at: expiresAt }).where('lease_id', '=', leaseId).where('expires_at', '>', now).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Gives `requestId` back to the pool if `userId` holds it. */
  async release(requestId: string, userId: string): Promise<void> {
    await this.db.deleteFrom('prayer_leases').where('request_id', '=', requestId).where('user_id', '=', userId).execute();
  }

  /** Gives back every request `userId` holds except `keepRequestId` (one person prays for one request at a time). */
  async releaseOthers(userId: string, keepRequestId: string): Promise<void> {
    await this.db.deleteFrom('prayer_leases').where('user_id', '=', userId).where('request_id', '!=', keepRequestId).execute();
  }
}
