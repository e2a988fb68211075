/**
 * SQL of the pastors' dashboard: urgent and pastoral requests with where their follow-up stands. The
 * list reads no request text (it is read one request at a time, on the record); follow-up is one row
 * per request, written with an upsert.
 */
import type { Kysely } from 'kysely';
import type { PrayerRequestTable, Tables } from '../../platform/db/tables.js';
import type { PrayerRequest } from '../requests/request.js';
import { toPrayerRequest } from '../requests/request.repository.js';

/** Where pastors stand with reaching the person: not yet, trying, reached, cannot be reached, nothing more to do. */
export const FOLLOW_UP_STATUSES = ['new', 'contacting', 'contacted', 'unreachable', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A request's follow-up, or the default `new` when nobody has recorded any. */
export interface FollowUp {
  readonly status: FollowUpStatus;
  readonly updatedAt: string | null;
  /** The pastor who set it, by name; null when not set or the account is gone. */
  readonly updatedBy: string | null;
}

/** A request on the pastors' dashboard. */
export interface PastoralItem {
  readonly request: PrayerRequest;
  readonly followUp: FollowUp;
}

/** Which requests the dashboard lists: those needing attention (open, follow-up not finished) or all. */
export type PastoralFilter = 'attention' | 'all';

const asStatus = (value: string | null): FollowUpStatus => ((FOLLOW_UP_STATUSES as readonly string[]).includes(value ?? '') ? (value as FollowUpStatus) : 'new');

/** The pastors' dashboard reads and the follow-up writes. */
export class PastoralRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Urgent or pastoral requests, not deleted: urgent first, then those nobody has followed up yet, then
   * the longest waiting. `attention` keeps open requests whose follow-up is not closed.
   */
  async list(filter: PastoralFilter, limit: number): Promise<{ items: PastoralItem[]; total: number }> {
    let base = this.db
      .selectFrom('prayer_requests as r')
      .leftJoin('pastoral_follow_ups as fu', 'fu.request_id', 'r.id')
      .leftJoin('users as u', 'u.id', 'fu.updated_by')
      .where((eb) => eb.or([eb('r.urgent', '=', 1), eb('r.visibility', '=', 'pastoral')]))
      .where('r.status', '!=', 'deleted');
    if (filter === 'attention') {
      base = base.where('r.status', 'in', ['active', 'expired']).where((eb) => eb.or([eb('fu.status', 'is', null), eb('fu.status', '!=', 'closed')]));
    }
    const [rows, count] = await Promise.all([
      base
        .selectAll('r')
        .select(['fu.status as follow_up_status', 'fu.updated_at as follow_up_at', 'u.name as follow_up_by'])
        .orderBy('r.urgent', 'desc')
        .orderBy((eb) => eb.case().when(eb.or([eb('fu.status', 'is', null), eb('fu.status', '=', 'new')])).then(0).else(1).end(), 'asc')
        .orderBy('r.created_at', 'asc')
        .orderBy('r.id', 'asc')
        .limit(limit)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return {
      items: rows.map(({ follow_up_status, follow_up_at, follow_up_by, ...row }) => ({
        request: toPrayerRequest(row as PrayerRequestTable),
        followUp: { status: asStatus(follow_up_status), updatedAt: follow_up_at ?? null, updatedBy: follow_up_by ?? null },
      })),
      total: Number(count?.n ?? 0),
    };
  }

  /** The follow-up of one request. */
  async followUpOf(requestId: string): Promise<FollowUp> {
    const row = await this.db
      .selectFrom('pastoral_follow_ups as fu')
      .leftJoin('users as u', 'u.id', 'fu.updated_by')
      .select(['fu.status', 'fu.updated_at', 'u.name'])
      .where('fu.request_id', '=', requestId)
      .executeTakeFirst();
    return row ? { status: asStatus(row.status), updatedAt: row.updated_at, updatedBy: row.name ?? null } : { status: 'new', updatedAt: null, updatedBy: null };
  }

  /** Records where the follow-up of a request stands. */
  async setFollowUp(requestId: string, status: FollowUpStatus, by: string | null, now: string): Promise<void> {
    await this.db
      .insertInto('pastoral_follow_ups')
      .values({ request_id: requestId, status, updated_at: now, updated_by: by })
      .onConflict((oc) => oc.column('request_id').doUpdateSet({ status, updated_at: now, updated_by: by }))
      .execute();
  }
}
