/**
 * SQL of the review queue: what waits for a moderator (flagged requests, held or flagged notes,
 * testimonies shared with consent) and the decisions on it. Each decision is a conditional UPDATE on
 * the open flags or the held state, so two moderators deciding at once cannot both act.
 */
import type { Kysely } from 'kysely';
import type { PrayerRequestTable, Tables } from '../../platform/db/tables.js';
import type { Visibility } from '../prayer.types.js';
import type { PrayerRequest } from '../requests/request.js';
import { toPrayerRequest } from '../requests/request.repository.js';

/** A flag as the queue lists it: why, and when. Never who (flaggers are not exposed to each other). */
export interface OpenFlag {
  readonly requestId: string;
  readonly prayerId: string | null;
  readonly reason: string;
  readonly createdAt: string;
}

/** A request with open flags on it. */
export interface FlaggedRequest {
  readonly request: PrayerRequest;
  readonly flags: readonly OpenFlag[];
}

/** A note waiting for review: held by the safety check or by flags, or flagged while still visible. */
export interface NoteForReview {
  readonly prayerId: string;
  readonly note: string | null;
  readonly verseOsis: string | null;
  /** held | visible */
  readonly noteStatus: string;
  readonly createdAt: string;
  /** The intercessor who wrote it (moderators and pastors look after the team), or null if the account is gone. */
  readonly authorName: string | null;
  /** The request it was written for. */
  readonly request: PrayerRequest;
  readonly flags: readonly OpenFlag[];
}

/** A testimony someone asked to share publicly, waiting for a moderator. */
export interface TestimonyForReview {
  readonly id: string;
  /** answered_prayer | story */
  readonly source: string;
  readonly text: string;
  readonly firstName: string | null;
  readonly language: string;
  readonly createdAt: string;
  /** The request it answers, when there is one (its visibility decides who may review it). */
  readonly request: PrayerRequest | null;
}

/** A page of one queue and how many wait in all. */
export interface QueuePage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** The decisions of the queue. */
export type FlagDecision = 'keep' | 'remove';

const LIVE = ['active', 'answered', 'expired', 'closed'] as const;

/** The review queue's reads and decisions. Pass a transaction to decide several things at once. */
export class ModerationRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Requests of `visibilities` with open flags on the request itself, hidden ones first, then the longest flagged. */
  async flaggedRequests(visibilities: readonly Visibility[], limit: number): Promise<QueuePage<FlaggedRequest>> {
    if (visibilities.length === 0) return { items: [], total: 0 };
    const open = this.db
      .selectFrom('prayer_flags')
      .select((eb) => ['request_id', eb.fn.min('created_at').as('first_flagged_at')])
      .where('prayer_id', 'is', null)
      .where('resolved_at', 'is', null)
      .groupBy('request_id')
      .as('f');
    const base = this.db
      .selectFrom('prayer_requests as r')
      .innerJoin(open, 'f.request_id', 'r.id')
      .where('r.visibility', 'in', [...visibilities])
      .where('r.status', 'in', [...LIVE]);
    const [rows, count] = await Promise.all([
      base.selectAll('r').orderBy('r.hidden', 'desc').orderBy('f.first_flagged_at', 'asc').orderBy('r.id', 'asc').limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    const requests = rows.map((row) => toPrayerRequest(row as PrayerRequestTable));
    const flags = await this.openFlags(requests.map((r) => r.id), 'request');
    return { items: requests.map((request) => ({ request, flags: flags.filter((f) => f.requestId === request.id) })), total: Number(count?.n ?? 0) };
  }

  /** Notes held for review, or flagged while visible, on requests of `visibilities`; oldest first. */
  async notesForReview(visibilities: readonly Visibility[], limit: number): Promise<QueuePage<NoteForReview>> {
    if (visibilities.length === 0) return { items: [], total: 0 };
    const base = this.db
      .selectFrom('prayers as p')
      .innerJoin('prayer_requests as r', 'r.id', 'p.request_id')
      .where('r.visibility', 'in', [...visibilities])
      .where('r.status', 'in', [...LIVE])
      .where((eb) =>
        eb.or([
          eb('p.note_status', '=', 'held'),
          eb.and([
            eb('p.note_status', '=', 'visible'),
            eb.exists(eb.selectFrom('prayer_flags as f').select('f.id').whereRef('f.prayer_id', '=', 'p.id').where('f.resolved_at', 'is', null)),
          ]),
        ]),
      );
    const [rows, count] = await Promise.all([
      base
        .leftJoin('users as u', 'u.id', 'p.user_id')
        .select(['p.id', 'p.request_id', 'p.note', 'p.verse_osis', 'p.note_status', 'p.created_at', 'u.name as author_name'])
        .orderBy('p.created_at', 'asc')
        .orderBy('p.id', 'asc')
        .limit(limit)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    const [flags, requests] = await Promise.all([this.openFlags(rows.map((r) => r.id), 'note'), this.requests(rows.map((r) => r.request_id))]);
    const items: NoteForReview[] = [];
    for (const row of rows) {
      const request = requests.get(row.request_id);
      if (!request) continue;
      items.push({
        prayerId: row.id,
        note: row.note,
        verseOsis: row.verse_osis,
        noteStatus: row.note_status,
        createdAt: row.created_at,
        authorName: row.author_name ?? null,
        request,
        flags: flags.filter((f) => f.prayerId === row.id),
      });
    }
    return { items, total: Number(count?.n ?? 0) };
  }

  /**
   * Testimonies shared with consent and waiting for a moderator: stories with no request, and answers to
   * requests of `visibilities`; oldest first.
   */
  async testimoniesForReview(visibilities: readonly Visibility[], limit: number): Promise<QueuePage<TestimonyForReview>> {
    const base = this.db
      .selectFrom('testimonies as t')
      .leftJoin('prayer_requests as r', 'r.id', 't.request_id')
      .where('t.status', '=', 'pending')
      .where('t.consent_public', '=', 1)
      // Shared stories are decided on /moderation/stories (edit, reason, unpublish).
      .where('t.source', '!=', 'story')
      .where((eb) => (visibilities.length > 0 ? eb.or([eb('t.request_id', 'is', null), eb('r.visibility', 'in', [...visibilities])]) : eb('t.request_id', 'is', null)));
    const [rows, count] = await Promise.all([
      base
        .select(['t.id', 't.request_id', 't.source', 't.text', 't.first_name', 't.language', 't.created_at'])
        .orderBy('t.created_at', 'asc')
        .orderBy('t.id', 'asc')
        .limit(limit)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    const requests = await this.requests(rows.map((r) => r.request_id).filter((id): id is string => id !== null));
    return {
      items: rows.map((row) => ({
        id: row.id,
        source: row.source,
        text: row.text,
        firstName: row.first_name,
        language: row.language,
        createdAt: row.created_at,
        request: row.request_id ? (requests.get(row.request_id) ?? null) : null,
      })),
      total: Number(count?.n ?? 0),
    };
  }

  /** One prayer's request id and note state. */
  async findPrayer(prayerId: string): Promise<{ id: string; requestId: string; noteStatus: string } | undefined> {
    const row = await this.db.selectFrom('prayers').select(['id', 'request_id', 'note_status']).where('id', '=', prayerId).executeTakeFirst();
    return row ? { id: row.id, requestId: row.request_id, noteStatus: row.note_status } : undefined;
  }

  /** One testimony waiting for review (pending, shared with consent). */
  async findPendingTestimony(id: string): Promise<{ id: string; requestId: string | null } | undefined> {
    const row = await this.db
      .selectFrom('testimonies')
      .select(['id', 'request_id'])
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('consent_public', '=', 1)
      .where('source', '!=', 'story')
      .executeTakeFirst();
    return row ? { id: row.id, requestId: row.request_id } : undefined;
  }

  /**
   * Decides the open flags on a request: `keep` shows it again (and starts its count afresh), `remove`
   * keeps it hidden from the wall and from intercessors. Returns how many flags were resolved; 0 means
   * someone else decided first.
   */
  async resolveRequestFlags(requestId: string, decision: FlagDecision, by: string | null, now: string): Promise<number> {
    const resolved = await this.db
      .updateTable('prayer_flags')
      .set({ resolved_at: now, resolved_by: by, resolution: decision === 'keep' ? 'kept' : 'removed' })
      .where('request_id', '=', requestId)
      .where('prayer_id', 'is', null)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    const count = Number(resolved.numUpdatedRows);
    if (count === 0) return 0;
    await this.db
      .updateTable('prayer_requests')
      .set(decision === 'keep' ? { hidden: 0, flag_count: 0, updated_at: now } : { hidden: 1, updated_at: now })
      .where('id', '=', requestId)
      .execute();
    return count;
  }

  /**
   * Decides a note: `keep` lets the requester read it, `remove` never shows it. Resolves its open flags.
   * Returns whether anything was decided (false: someone else decided first, or nothing waited).
   */
  async resolveNote(prayerId: string, decision: FlagDecision, by: string | null, now: string): Promise<{ flags: number; changed: boolean }> {
    const resolved = await this.db
      .updateTable('prayer_flags')
      .set({ resolved_at: now, resolved_by: by, resolution: decision === 'keep' ? 'kept' : 'removed' })
      .where('prayer_id', '=', prayerId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    const changed = await this.db
      .updateTable('prayers')
      .set({ note_status: decision === 'keep' ? 'visible' : 'removed' })
      .where('id', '=', prayerId)
      .where('note_status', 'in', decision === 'keep' ? ['held'] : ['held', 'visible'])
      .executeTakeFirst();
    const flags = Number(resolved.numUpdatedRows);
    return { flags, changed: flags > 0 || Number(changed.numUpdatedRows) > 0 };
  }

  /** Approves or refuses a pending testimony shared with consent; false when it no longer waits. */
  async decideTestimony(id: string, decision: 'approved' | 'rejected', by: string | null, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('testimonies')
      .set({ status: decision, moderated_at: now, moderated_by: by })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('consent_public', '=', 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Requests by id. */
  private async requests(ids: readonly string[]): Promise<Map<string, PrayerRequest>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('prayer_requests').selectAll().where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((row) => [row.id, toPrayerRequest(row)]));
  }

  /** Open flags on the given requests (their own flags) or notes. */
  private async openFlags(ids: readonly string[], on: 'request' | 'note'): Promise<OpenFlag[]> {
    if (ids.length === 0) return [];
    let q = this.db.selectFrom('prayer_flags').select(['request_id', 'prayer_id', 'reason', 'created_at']).where('resolved_at', 'is', null);
    q = on === 'request' ? q.where('request_id', 'in', [...ids]).where('prayer_id', 'is', null) : q.where('prayer_id', 'in', [...ids]);
    const rows = await q.orderBy('created_at', 'asc').execute();
    return rows.map((r) => ({ requestId: r.request_id, prayerId: r.prayer_id, reason: r.reason, createdAt: r.created_at }));
  }
}
