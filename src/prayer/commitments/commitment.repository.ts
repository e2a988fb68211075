/**
 * SQL of commitments: an intercessor's promise to pray for a request daily for N days. A commitment
 * is running while `ended_at` is null and `ends_at` is in the future; it ends when its days are done,
 * when the intercessor withdraws, or when its request is answered, closed, expired or deleted.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { toPrayerRequest } from '../requests/request.repository.js';
import type { PrayerRequest } from '../requests/request.js';

/** Why a commitment ended (`commitments.end_reason`). */
export type CommitmentEndReason = 'completed' | 'answered' | 'closed' | 'expired' | 'deleted' | 'withdrawn';

/** A commitment as the services see it. */
export interface Commitment {
  readonly id: string;
  readonly requestId: string;
  readonly userId: string;
  readonly days: number;
  readonly createdAt: string;
  readonly endsAt: string;
  readonly endedAt: string | null;
  readonly endReason: CommitmentEndReason | null;
}

/** A running commitment with its request (for lists and the daily reminder). */
export interface CommitmentWithRequest {
  readonly commitment: Commitment;
  readonly request: PrayerRequest;
}

type Row = { id: string; request_id: string; user_id: string; days: number; created_at: string; ends_at: string; ended_at: string | null; end_reason: string | null };

function toCommitment(row: Row): Commitment {
  return {
    id: row.id,
    requestId: row.request_id,
    userId: row.user_id,
    days: Number(row.days),
    createdAt: row.created_at,
    endsAt: row.ends_at,
    endedAt: row.ended_at,
    endReason: row.end_reason as CommitmentEndReason | null,
  };
}

const COLUMNS = ['c.id', 'c.request_id', 'c.user_id', 'c.days', 'c.created_at', 'c.ends_at', 'c.ended_at', 'c.end_reason'] as const;

/** Reads and writes `commitments`. Pass a transaction to write with other changes. */
export class CommitmentRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new commitment. */
  async insert(c: { id: string; requestId: string; userId: string; days: number; now: string; endsAt: string }): Promise<void> {
    await this.db
      .insertInto('commitments')
      .values({ id: c.id, request_id: c.requestId, user_id: c.userId, days: c.days, created_at: c.now, ends_at: c.endsAt })
      .execute();
  }

  /** One commitment by id. */
  async findById(id: string): Promise<Commitment | undefined> {
    const row = await this.db.selectFrom('commitments as c').select(COLUMNS).where('c.id', '=', id).executeTakeFirst();
    return row ? toCommitment(row) : undefined;
  }

  /** The running commitment of `userId` to `requestId`, if any. */
  async runningOf(userId: string, requestId: string, now: string): Promise<Commitment | undefined> {
    const row = await this.db
      .selectFrom('commitments as c')
      .select(COLUMNS)
      .where('c.user_id', '=', userId)
      .where('c.request_id', '=', requestId)
      .where('c.ended_at', 'is', null)
      .where('c.ends_at', '>', now)
      .orderBy('c.created_at', 'desc')
      .executeTakeFirst();
    return row ? toCommitment(row) : undefined;
  }

  /** Starts a running commitment over: `days` more from now. */
  async renew(id: string, days: number, now: string, endsAt: string): Promise<void> {
    await this.db.updateTable('commitments').set({ days, created_at: now, ends_at: endsAt }).where('id', '=', id).where('ended_at', 'is', null).execute();
  }

  /** Ends one running commitment; false when it had already ended or is not `userId`'s. */
  async end(id: string, userId: string, reason: CommitmentEndReason, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('commitments')
      .set({ ended_at: now, end_reason: reason })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ends every running commitment to a request (answered, closed, expired, deleted); returns how many. */
  async endForRequest(requestId: string, reason: CommitmentEndReason, now: string): Promise<number> {
    const result = await this.db
      .updateTable('commitments')
      .set({ ended_at: now, end_reason: reason })
      .where('request_id', '=', requestId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Ends what has ended in fact but not yet on record, for one person or everyone: commitments whose
   * days are done (`completed`), and those whose request is no longer active (its status, or `expired`
   * once its time ran out). Returns how many ended.
   */
  async endStale(now: string, userId?: string): Promise<number> {
    let ended = 0;
    let done = this.db.updateTable('commitments').set({ ended_at: now, end_reason: 'completed' }).where('ended_at', 'is', null).where('ends_at', '<=', now);
    if (userId) done = done.where('user_id', '=', userId);
    ended += Number((await done.executeTakeFirst()).numUpdatedRows);
    for (const status of ['answered', 'closed', 'expired', 'deleted'] as const) {
      let q = this.db
        .updateTable('commitments')
        .set({ ended_at: now, end_reason: status })
        .where('ended_at', 'is', null)
        .where('request_id', 'in', (eb) =>
          eb
            .selectFrom('prayer_requests')
            .select('id')
            .where(status === 'expired' ? (w) => w.or([w('status', '=', 'expired'), w.and([w('status', '=', 'active'), w('expires_at', '<=', now)])]) : (w) => w('status', '=', status)),
        );
      if (userId) q = q.where('user_id', '=', userId);
      ended += Number((await q.executeTakeFirst()).numUpdatedRows);
    }
    return ended;
  }

  /** The running commitments of `userId` with their requests, soonest end first. */
  async runningWithRequests(userId: string, now: string): Promise<CommitmentWithRequest[]> {
    const rows = await this.db
      .selectFrom('commitments as c')
      .innerJoin('prayer_requests as r', 'r.id', 'c.request_id')
      .selectAll('r')
      // Both tables have `id` and `created_at`: the commitment's are read under their own names.
      .select(['c.id as c_id', 'c.user_id as c_user_id', 'c.days as c_days', 'c.created_at as c_created_at', 'c.ends_at as c_ends_at'])
      .where('c.user_id', '=', userId)
      .where('c.ended_at', 'is', null)
      .where('c.ends_at', '>', now)
      .orderBy('c.ends_at', 'asc')
      .orderBy('c.id', 'asc')
      .execute();
    return rows.map(({ c_id, c_user_id, c_days, c_created_at, c_ends_at, ...request }) => ({
      commitment: toCommitment({ id: c_id, request_id: request.id, user_id: c_user_id, days: c_days, created_at: c_created_at, ends_at: c_ends_at, ended_at: null, end_reason: null }),
      request: toPrayerRequest(request),
    }));
  }

  /** People with at least one running commitment (whom the daily reminder concerns). */
  async usersWithRunning(now: string): Promise<string[]> {
    const rows = await this.db.selectFrom('commitments').select('user_id').distinct().where('ended_at', 'is', null).where('ends_at', '>', now).orderBy('user_id').execute();
    return rows.map((r) => r.user_id);
  }

  /** People who prayed for or committed to a request (whom its updates and answer concern). */
  async peopleConcernedWith(requestId: string): Promise<string[]> {
    const prayed = this.db.selectFrom('prayers').select('user_id').where('request_id', '=', requestId).where('user_id', 'is not', null);
    const committed = this.db.selectFrom('commitments').select('user_id').where('request_id', '=', requestId);
    const rows = await prayed.union(committed).execute();
    return rows.map((r) => r.user_id).filter((id): id is string => id !== null).sort();
  }
}
