/**
 * SQL of the public prayer wall. One condition (`onWall`) says what may appear there, and both the
 * listing and the visitors' "I prayed" use it, so a request that leaves the wall (hidden by flags, made
 * pastoral by crisis language, rejected, deleted, expired) can neither be read nor prayed for from it.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import type { PrayerRequest } from '../requests/request.js';
import { toPrayerRequest } from '../requests/request.repository.js';

/** Where a page of the wall starts: after the entry listed at `at` with id `id` (newest first). */
export interface WallCursor {
  readonly at: string;
  readonly id: string;
}

/** A request on the wall, with the time it reached the wall (its place in the order). */
export interface WallRow {
  readonly request: PrayerRequest;
  readonly listedAt: string;
}

/** An answered prayer's testimony a moderator approved for the public, shared with the requester's consent. */
export interface WallTestimony {
  readonly requestId: string;
  readonly text: string;
  readonly createdAt: string;
}

type RequestsEb = ExpressionBuilder<Tables, 'prayer_requests'>;

/**
 * On the wall: public, approved, not hidden, never urgent or with crisis language, still with its
 * scrubbed text, and either answered or active and not yet past its expiry.
 */
function onWall(now: string) {
  return (eb: RequestsEb) =>
    eb.and([
      eb('visibility', '=', 'public'),
      eb('moderation', '=', 'approved'),
      eb('hidden', '=', 0),
      eb('urgent', '=', 0),
      eb.or([eb('crisis_kinds', 'is', null), eb('crisis_kinds', '=', '[]')]),
      eb('public_text', 'is not', null),
      eb.or([eb('status', '=', 'answered'), eb.and([eb('status', '=', 'active'), eb('expires_at', '>', now)])]),
    ]);
}

/** Reads the wall and counts visitors' prayers. Pass a transaction to record a prayer with others. */
export class WallRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Up to `limit` requests on the wall, newest first by the time they reached it (approval, or
   * submission when auto-approved), starting after `before`.
   */
  async page(query: { now: string; limit: number; before?: WallCursor }): Promise<WallRow[]> {
    let q = this.db
      .selectFrom('prayer_requests')
      .selectAll()
      .select((eb) => eb.fn.coalesce('approved_at', 'created_at').as('listed_at'))
      .where(onWall(query.now));
    const before = query.before;
    if (before) {
      q = q.where((eb) => {
        const listedAt = eb.fn.coalesce('approved_at', 'created_at');
        return eb.or([eb(listedAt, '<', before.at), eb.and([eb(listedAt, '=', before.at), eb('id', '<', before.id)])]);
      });
    }
    const rows = await q
      .orderBy((eb) => eb.fn.coalesce('approved_at', 'created_at'), 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .execute();
    return rows.map(({ listed_at, ...row }) => ({ request: toPrayerRequest(row), listedAt: String(listed_at) }));
  }

  /** One request, if it is on the wall now. */
  async findOnWall(id: string, now: string): Promise<PrayerRequest | undefined> {
    const row = await this.db.selectFrom('prayer_requests').selectAll().where('id', '=', id).where(onWall(now)).executeTakeFirst();
    return row ? toPrayerRequest(row) : undefined;
  }

  /** The newest approved public testimony of each of `requestIds` that has one. */
  async testimoniesOf(requestIds: readonly string[]): Promise<Map<string, WallTestimony>> {
    const found = new Map<string, WallTestimony>();
    if (requestIds.length === 0) return found;
    const rows = await this.db
      .selectFrom('testimonies')
      .select(['request_id', 'text', 'created_at'])
      .where('request_id', 'in', [...requestIds])
      .where('source', '=', 'answered_prayer')
      .where('status', '=', 'approved')
      .where('consent_public', '=', 1)
      .orderBy('created_at', 'desc')
      .execute();
    for (const row of rows) {
      if (row.request_id && !found.has(row.request_id)) found.set(row.request_id, { requestId: row.request_id, text: row.text, createdAt: row.created_at });
    }
    return found;
  }

  /**
   * Counts a visitor's "I prayed" — one UPDATE that moves the count by one, only while the request is on
   * the wall — and stores it as a prayer of kind `visitor` (no person, no note). Returns the new visitor
   * count, or undefined when the request is not on the wall.
   */
  async recordVisitorPrayer(p: { id: string; requestId: string; now: string }): Promise<number | undefined> {
    const row = await this.db
      .updateTable('prayer_requests')
      .set((eb) => ({ visitor_prayer_count: eb('visitor_prayer_count', '+', 1) }))
      .where('id', '=', p.requestId)
      .where(onWall(p.now))
      .returning('visitor_prayer_count')
      .executeTakeFirst();
    if (!row) return undefined;
    await this.db
      .insertInto('prayers')
      .values({ id: p.id, request_id: p.requestId, user_id: null, kind: 'visitor', note: null, verse_osis: null, note_status: 'none', created_at: p.now })
      .execute();
    return Number(row.visitor_prayer_count);
  }
}
