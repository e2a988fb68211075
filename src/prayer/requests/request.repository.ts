/**
 * SQL of prayer requests and of what the requester writes about them (updates, testimonies), plus the
 * side of prayers and commitments a requester sees. Other areas (dispatch, the wall, moderation) read
 * requests through `findById` and `list`; writes that change a request's life cycle live here so that
 * each is one conditional UPDATE — two people acting at once cannot both win.
 */
import type { Kysely } from 'kysely';
import type { PrayerRequestTable, Tables } from '../../platform/db/tables.js';
import {
  CATEGORIES,
  MODERATION_STATES,
  REQUEST_LANGUAGES,
  REQUEST_STATUSES,
  VISIBILITIES,
  type Category,
  type CrisisKind,
  type ModerationState,
  type RequestLanguage,
  type RequestStatus,
  type Visibility,
} from '../prayer.types.js';
import { CRISIS_KIND_ORDER } from '../safety/crisis.detector.js';
import type { CommitmentSummary, PrayerEntry, PrayerRequest, RequestTestimony, RequestUpdate } from './request.js';


/** A request about to be stored. */
export interface NewPrayerRequest {
  readonly id: string;
  readonly manageTokenHash: string;
  readonly text: string;
  readonly publicText: string;
  readonly firstName: string | null;
  readonly email: string | null;
  readonly forWhom: string | null;
  readonly category: Category;
  readonly visibility: Visibility;
  readonly language: RequestLanguage;
  readonly moderation: ModerationState;
  readonly urgent: boolean;
  readonly crisisKinds: readonly CrisisKind[];
  readonly submittedBy: string | null;
  readonly now: string;
  readonly expiresAt: string;
}

/** Filters for listing requests (moderation queues, pastoral dashboards, the wall). */
export interface RequestListQuery {
  readonly visibility?: readonly Visibility[];
  readonly moderation?: readonly ModerationState[];
  readonly status?: readonly RequestStatus[];
  readonly urgent?: boolean;
  readonly hidden?: boolean;
  /** Oldest first (queues) or newest first (walls). Default oldest. */
  readonly order?: 'oldest' | 'newest';
  readonly limit: number;
  readonly offset?: number;
}

function pick<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseKinds(json: string | null): CrisisKind[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? CRISIS_KIND_ORDER.filter((k) => value.includes(k)) : [];
  } catch {
    return [];
  }
}

/** Maps a row; values outside the vocabulary (a hand-edited row) fall back to the safest reading. */
export function toPrayerRequest(row: PrayerRequestTable): PrayerRequest {
  return {
    id: row.id,
    text: row.text,
    publicText: row.public_text,
    firstName: row.first_name,
    email: row.email,
    forWhom: row.for_whom,
    category: pick(row.category, CATEGORIES, 'other'),
    visibility: pick(row.visibility, VISIBILITIES, 'pastoral'),
    language: pick(row.language, REQUEST_LANGUAGES, 'en'),
    status: pick(row.status, REQUEST_STATUSES, 'closed'),
    moderation: pick(row.moderation, MODERATION_STATES, 'pending'),
    urgent: row.urgent === 1,
    crisisKinds: parseKinds(row.crisis_kinds),
    hidden: row.hidden === 1,
    flagCount: Number(row.flag_count),
    prayerCount: Number(row.prayer_count),
    visitorPrayerCount: Number(row.visitor_prayer_count),
    firstPrayedAt: row.first_prayed_at,
    lastPrayedAt: row.last_prayed_at,
    submittedBy: row.submitted_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    answeredAt: row.answered_at,
    closedAt: row.closed_at,
    deletedAt: row.deleted_at,
    purgedAt: row.purged_at,
    unsubscribedAt: row.unsubscribed_at,
  };
}

/** The request `insert(r)` stores, as `findById` would read it back. */
export function storedRequest(r: NewPrayerRequest): PrayerRequest {
  return {
    id: r.id,
    text: r.text,
    publicText: r.publicText,
    firstName: r.firstName,
    email: r.email,
    forWhom: r.forWhom,
    category: r.category,
    visibility: r.visibility,
    language: r.language,
    status: 'active',
    moderation: r.moderation,
    urgent: r.urgent,
    crisisKinds: [...r.crisisKinds],
    hidden: false,
    flagCount: 0,
    prayerCount: 0,
    visitorPrayerCount: 0,
    firstPrayedAt: null,
    lastPrayedAt: null,
    submittedBy: r.submittedBy,
    createdAt: r.now,
    updatedAt: r.now,
    expiresAt: r.expiresAt,
    approvedAt: r.moderation === 'approved' ? r.now : null,
    approvedBy: null,
    answeredAt: null,
    closedAt: null,
    deletedAt: null,
    purgedAt: null,
    unsubscribedAt: null,
  };
}

/** Prayer requests and the requester's side of them. Pass a transaction to write several things at once. */
export class RequestRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new request (status active). */
  async insert(r: NewPrayerRequest): Promise<void> {
    await this.db
      .insertInto('prayer_requests')
      .values({
        id: r.id,
        manage_token_hash: r.manageTokenHash,
        text: r.text,
        public_text: r.publicText,
        first_name: r.firstName,
        email: r.email,
        for_whom: r.forWhom,
        category: r.category,
        visibility: r.visibility,
        language: r.language,
        status: 'active',
        moderation: r.moderation,
        urgent: r.urgent ? 1 : 0,
        crisis_kinds: r.crisisKinds.length > 0 ? JSON.stringify(r.crisisKinds) : null,
        hidden: 0,
        flag_count: 0,
        prayer_count: 0,
        visitor_prayer_count: 0,
        submitted_by: r.submittedBy,
        // Auto-approved public requests are approved as they arrive.
        approved_at: r.moderation === 'approved' ? r.now : null,
        created_at: r.now,
        updated_at: r.now,
        expires_at: r.expiresAt,
      })
      .execute();
  }

  /** One request by id (deleted ones too: callers decide what a deleted request means to them). */
  async findById(id: string): Promise<PrayerRequest | undefined> {
    const row = await this.db.selectFrom('prayer_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toPrayerRequest(row) : undefined;
  }

  /** The request whose manage-token hash is `hash`, with the stored hash (for the constant-time check). */
  async findByTokenHash(hash: string): Promise<{ request: PrayerRequest; storedHash: string } | undefined> {
    const row = await this.db.selectFrom('prayer_requests').selectAll().where('manage_token_hash', '=', hash).executeTakeFirst();
    return row ? { request: toPrayerRequest(row), storedHash: row.manage_token_hash } : undefined;
  }

  /** Requests matching `query`, oldest (or newest) first; urgent ones first within the order. */
  async list(query: RequestListQuery): Promise<PrayerRequest[]> {
    let q = this.db.selectFrom('prayer_requests').selectAll();
    if (query.visibility) q = q.where('visibility', 'in', nonEmpty(query.visibility));
    if (query.moderation) q = q.where('moderation', 'in', nonEmpty(query.moderation));
    if (query.status) q = q.where('status', 'in', nonEmpty(query.status));
    if (query.urgent !== undefined) q = q.where('urgent', '=', query.urgent ? 1 : 0);
    if (query.hidden !== undefined) q = q.where('hidden', '=', query.hidden ? 1 : 0);
    const direction = query.order === 'newest' ? 'desc' : 'asc';
    const rows = await q
      .orderBy('urgent', 'desc')
      .orderBy('created_at', direction)
      .orderBy('id', direction)
      .limit(query.limit)
      .offset(query.offset ?? 0)
      .execute();
    return rows.map(toPrayerRequest);
  }

  /** How many requests match `query` (limit and offset ignored). */
  async count(query: Omit<RequestListQuery, 'limit' | 'offset' | 'order'>): Promise<number> {
    let q = this.db.selectFrom('prayer_requests').select((eb) => eb.fn.countAll<number>().as('n'));
    if (query.visibility) q = q.where('visibility', 'in', nonEmpty(query.visibility));
    if (query.moderation) q = q.where('moderation', 'in', nonEmpty(query.moderation));
    if (query.status) q = q.where('status', 'in', nonEmpty(query.status));
    if (query.urgent !== undefined) q = q.where('urgent', '=', query.urgent ? 1 : 0);
    if (query.hidden !== undefined) q = q.where('hidden', '=', query.hidden ? 1 : 0);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** The prayers said for a request, newest first. */
  async prayersOf(requestId: string, limit: number): Promise<PrayerEntry[]> {
    const rows = await this.db
      .selectFrom('prayers')
      .select(['id', 'kind', 'note', 'note_status', 'verse_osis', 'created_at'])
      .where('request_id', '=', requestId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind === 'visitor' ? 'visitor' : 'team',
      note: r.note,
      noteStatus: r.note_status,
      verseOsis: r.verse_osis,
      createdAt: r.created_at,
    }));
  }

  /** Updates and the answer, oldest first. */
  async updatesOf(requestId: string): Promise<RequestUpdate[]> {
    const rows = await this.db
      .selectFrom('request_updates')
      .select(['id', 'kind', 'text', 'created_at'])
      .where('request_id', '=', requestId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => ({ id: r.id, kind: r.kind === 'answer' ? 'answer' : 'update', text: r.text, createdAt: r.created_at }));
  }

  /** One update by id. */
  async findUpdate(id: string): Promise<(RequestUpdate & { requestId: string }) | undefined> {
    const r = await this.db.selectFrom('request_updates').select(['id', 'request_id', 'kind', 'text', 'created_at']).where('id', '=', id).executeTakeFirst();
    return r ? { id: r.id, requestId: r.request_id, kind: r.kind === 'answer' ? 'answer' : 'update', text: r.text, createdAt: r.created_at } : undefined;
  }

  /** Commitments still running at `now` (not ended, not past their last day), soonest end first. */
  async activeCommitmentsOf(requestId: string, now: string): Promise<CommitmentSummary[]> {
    const rows = await this.db
      .selectFrom('commitments')
      .select(['days', 'created_at', 'ends_at'])
      .where('request_id', '=', requestId)
      .where('ended_at', 'is', null)
      .where('ends_at', '>', now)
      .orderBy('ends_at', 'asc')
      .execute();
    return rows.map((r) => ({ days: Number(r.days), createdAt: r.created_at, endsAt: r.ends_at }));
  }

  /** The answered-prayer testimonies of a request, newest first. */
  async testimoniesOf(requestId: string): Promise<RequestTestimony[]> {
    const rows = await this.db
      .selectFrom('testimonies')
      .select(['id', 'text', 'consent_public', 'status', 'created_at'])
      .where('request_id', '=', requestId)
      .where('source', '=', 'answered_prayer')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({ id: r.id, text: r.text, consentPublic: r.consent_public === 1, status: r.status, createdAt: r.created_at }));
  }

  /** Adds an update or the answer. */
  async insertUpdate(u: { id: string; requestId: string; kind: 'update' | 'answer'; text: string | null; now: string }): Promise<void> {
    await this.db.insertInto('request_updates').values({ id: u.id, request_id: u.requestId, kind: u.kind, text: u.text, created_at: u.now }).execute();
  }

  /** Adds an answered-prayer testimony: `pending` moderation when shared with consent, else `private`. */
  async insertTestimony(t: { id: string; requestId: string; text: string; firstName: string | null; language: RequestLanguage; consentPublic: boolean; now: string }): Promise<void> {
    await this.db
      .insertInto('testimonies')
      .values({
        id: t.id,
        request_id: t.requestId,
        source: 'answered_prayer',
        text: t.text,
        first_name: t.firstName,
        language: t.language,
        consent_public: t.consentPublic ? 1 : 0,
        status: t.consentPublic ? 'pending' : 'private',
        created_at: t.now,
      })
      .execute();
  }

  /** Moves a request from one of `from` to `to`, stamping the matching time column; false when it was not in `from`. */
  async transition(id: string, from: readonly RequestStatus[], to: 'answered' | 'closed', now: string): Promise<boolean> {
    const stamp = to === 'answered' ? { answered_at: now } : { closed_at: now };
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ status: to, updated_at: now, ...stamp })
      .where('id', '=', id)
      .where('status', 'in', nonEmpty(from))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Extends an open request's life to `expiresAt` (an expired one becomes active again); false when not open. */
  async renew(id: string, expiresAt: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ status: 'active', expires_at: expiresAt, updated_at: now })
      .where('id', '=', id)
      .where('status', 'in', ['active', 'expired'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Stops emails to the requester; false when already stopped or deleted. */
  async unsubscribe(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ unsubscribed_at: now, updated_at: now })
      .where('id', '=', id)
      .where('unsubscribed_at', 'is', null)
      .where('status', '!=', 'deleted')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Deletes a request at its requester's word: its text, scrubbed text, name, email, "for whom", update
   * texts and testimonies go; the row stays with its counts (coverage figures need them). False when it
   * was already deleted.
   */
  async erase(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ status: 'deleted', deleted_at: now, updated_at: now, text: null, public_text: null, first_name: null, email: null, for_whom: null })
      .where('id', '=', id)
      .where('status', '!=', 'deleted')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await this.db.updateTable('request_updates').set({ text: null }).where('request_id', '=', id).execute();
    await this.db.deleteFrom('testimonies').where('request_id', '=', id).execute();
    return true;
  }

  /**
   * Crisis language found after intake (in an update or an answer): the request becomes urgent and
   * pastoral, leaves the wall and any moderation queue, and keeps every kind ever found.
   */
  async escalateToCrisis(id: string, kinds: readonly CrisisKind[], now: string): Promise<void> {
    const current = await this.db.selectFrom('prayer_requests').select('crisis_kinds').where('id', '=', id).executeTakeFirst();
    const merged = CRISIS_KIND_ORDER.filter((k) => kinds.includes(k) || parseKinds(current?.crisis_kinds ?? null).includes(k));
    await this.db
      .updateTable('prayer_requests')
      .set({ urgent: 1, visibility: 'pastoral', moderation: 'not_required', crisis_kinds: JSON.stringify(merged), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** Sets a public request's moderation state when it is in one of `from`; false otherwise. */
  async moderate(id: string, change: { from: readonly ModerationState[]; to: 'approved' | 'rejected'; by: string | null; now: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({
        moderation: change.to,
        updated_at: change.now,
        ...(change.to === 'approved' ? { approved_at: change.now, approved_by: change.by } : { approved_at: null, approved_by: null }),
      })
      .where('id', '=', id)
      .where('visibility', '=', 'public')
      .where('status', '!=', 'deleted')
      .where('moderation', 'in', nonEmpty(change.from))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/** `in ()` is not SQL: an empty filter list matches nothing, which a never-true value says. */
function nonEmpty<T extends string>(values: readonly T[]): T[] {
  return values.length > 0 ? [...values] : (['(none)'] as T[]);
}
