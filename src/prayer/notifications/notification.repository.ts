/**
 * SQL of notifications: what the emails need to know about requests, prayers and updates, and the
 * columns that record what was sent (`first_prayer_notified_at`, `last_digest_at`, `coverage_alerted_at`,
 * `unsubscribed_at`, `digest_state`). Every "record that we sent it" write is conditional, so that two
 * workers (or a retried job) cannot both decide to send the same digest or alert.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { CATEGORIES, type Category, type RequestLanguage } from '../prayer.types.js';

/** A request as the notification handlers see it: contact, language and what was already sent. */
export interface NotifiableRequest {
  readonly id: string;
  readonly email: string | null;
  readonly firstName: string | null;
  readonly language: RequestLanguage;
  readonly category: Category;
  readonly status: string;
  readonly crisisKinds: readonly string[];
  readonly createdAt: string;
  readonly firstPrayedAt: string | null;
  readonly unsubscribedAt: string | null;
  readonly deletedAt: string | null;
  readonly purgedAt: string | null;
  readonly firstPrayerNotifiedAt: string | null;
  readonly lastDigestAt: string | null;
}

/** A prayer with what the requester may see of it. */
export interface PrayerForNotice {
  readonly id: string;
  readonly requestId: string;
  readonly kind: 'team' | 'visitor';
  /** Only when the note passed the safety rules (`note_status = visible`). */
  readonly note: string | null;
  readonly verseOsis: string | null;
  readonly createdAt: string;
}

/** News on a request for a team member's digest. */
export interface RequestNews {
  readonly requestId: string;
  readonly category: Category;
  readonly kind: 'update' | 'answer' | 'closed';
  readonly at: string;
}

function category(value: string): Category {
  return (CATEGORIES as readonly string[]).includes(value) ? (value as Category) : 'other';
}

function kinds(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Requests a requester may be emailed about: an address, not unsubscribed, not deleted or purged. */
export function canEmailRequester(r: NotifiableRequest): r is NotifiableRequest & { email: string } {
  return Boolean(r.email) && !r.unsubscribedAt && !r.deletedAt && !r.purgedAt && r.status !== 'deleted';
}

export class NotificationRepository {
  constructor(private readonly db: Kysely<Tables> | Transaction<Tables>) {}

  /** One request, or undefined. */
  async request(id: string): Promise<NotifiableRequest | undefined> {
    const r = await this.db.selectFrom('prayer_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return {
      id: r.id,
      email: r.email,
      firstName: r.first_name,
      language: r.language === 'es' ? 'es' : 'en',
      category: category(r.category),
      status: r.status,
      crisisKinds: kinds(r.crisis_kinds),
      createdAt: r.created_at,
      firstPrayedAt: r.first_prayed_at,
      unsubscribedAt: r.unsubscribed_at,
      deletedAt: r.deleted_at,
      purgedAt: r.purged_at,
      firstPrayerNotifiedAt: r.first_prayer_notified_at,
      lastDigestAt: r.last_digest_at,
    };
  }

  /** One prayer of a request, its note only when visible to the requester. */
  async prayer(requestId: string, prayerId: string): Promise<PrayerForNotice | undefined> {
    const p = await this.db.selectFrom('prayers').selectAll().where('id', '=', prayerId).where('request_id', '=', requestId).executeTakeFirst();
    return p
      ? { id: p.id, requestId: p.request_id, kind: p.kind === 'visitor' ? 'visitor' : 'team', note: p.note_status === 'visible' ? p.note : null, verseOsis: p.verse_osis, createdAt: p.created_at }
      : undefined;
  }

  /** Prayers for a request created after `since` and up to `until`, oldest first. */
  async prayersBetween(requestId: string, since: string, until: string): Promise<PrayerForNotice[]> {
    const rows = await this.db
      .selectFrom('prayers')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('created_at', '>', since)
      .where('created_at', '<=', until)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((p) => ({
      id: p.id,
      requestId: p.request_id,
      kind: p.kind === 'visitor' ? 'visitor' : 'team',
      note: p.note_status === 'visible' ? p.note : null,
      verseOsis: p.verse_osis,
      createdAt: p.created_at,
    }));
  }

  /** Records that the first-prayer email went out; false when it already had. */
  async markFirstPrayerNotified(requestId: string, at: string): Promise<boolean> {
    const result = await this.db.updateTable('prayer_requests').set({ first_prayer_notified_at: at }).where('id', '=', requestId).where('first_prayer_notified_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Stops emails to a request's requester; false when there is no such request. */
  async unsubscribeRequester(requestId: string, at: string): Promise<boolean> {
    const exists = await this.db.selectFrom('prayer_requests').select('id').where('id', '=', requestId).executeTakeFirst();
    if (!exists) return false;
    await this.db.updateTable('prayer_requests').set({ unsubscribed_at: at }).where('id', '=', requestId).where('unsubscribed_at', 'is', null).execute();
    return true;
  }

  /**
   * Requests whose requester is due a digest: emailable, with prayers since the last email about
   * prayers, and whose last such email (first-prayer notice or digest) went out before `before`.
   * Returns each with the time its new prayers are counted from.
   */
  async requestsDueForDigest(before: string, limit: number): Promise<Array<{ id: string; since: string }>> {
    const rows = await this.db
      .selectFrom('prayer_requests as r')
      .select(['r.id', 'r.last_digest_at', 'r.first_prayed_at', 'r.first_prayer_notified_at'])
      .where('r.email', 'is not', null)
      .where('r.unsubscribed_at', 'is', null)
      .where('r.deleted_at', 'is', null)
      .where('r.purged_at', 'is', null)
      .where('r.status', '!=', 'deleted')
      .where('r.first_prayed_at', 'is not', null)
      .where((eb) => eb(eb.fn.coalesce('r.last_digest_at', 'r.first_prayer_notified_at', 'r.first_prayed_at'), '<', before))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('prayers as p')
            .select('p.id')
            .whereRef('p.request_id', '=', 'r.id')
            .where((w) => w('p.created_at', '>', w.fn.coalesce('r.last_digest_at', 'r.first_prayed_at'))),
        ),
      )
      .orderBy('r.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, since: (r.last_digest_at ?? r.first_prayed_at)! }));
  }

  /** Takes the request's digest for this day: sets `last_digest_at` unless its last email went at or after `before`. */
  async claimRequesterDigest(requestId: string, at: string, before: string): Promise<boolean> {
    const result = await this.db
      .updateTable('prayer_requests')
      .set({ last_digest_at: at })
      .where('id', '=', requestId)
      .where((eb) => eb(eb.fn.coalesce('last_digest_at', 'first_prayer_notified_at', 'first_prayed_at'), '<', before))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** When a team member last got their digest. */
  async lastTeamDigest(userId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('digest_state').select('last_digest_at').where('user_id', '=', userId).executeTakeFirst();
    return row?.last_digest_at;
  }

  /** Takes a team member's digest for this day (an upsert that only wins when the last one went before `before`). */
  async claimTeamDigest(userId: string, at: string, before: string): Promise<boolean> {
    const result = await this.db
      .insertInto('digest_state')
      .values({ user_id: userId, last_digest_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ last_digest_at: at }).where('digest_state.last_digest_at', '<', before))
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** People who prayed for or committed to a request that had news (update, answer, closing) after `since`. */
  async peopleWithNews(since: string): Promise<string[]> {
    const changed = this.changedRequests(since);
    const prayed = this.db.selectFrom('prayers').select('user_id').where('user_id', 'is not', null).where('request_id', 'in', changed);
    const committed = this.db.selectFrom('commitments').select('user_id').where('request_id', 'in', this.changedRequests(since));
    const rows = await prayed.union(committed).execute();
    return rows.map((r) => r.user_id).filter((id): id is string => id !== null);
  }

  private changedRequests(since: string) {
    return this.db
      .selectFrom('prayer_requests as cr')
      .select('cr.id')
      .where('cr.status', '!=', 'deleted')
      .where('cr.purged_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('cr.closed_at', '>', since),
          eb('cr.answered_at', '>', since),
          eb.exists(eb.selectFrom('request_updates as u').select('u.id').whereRef('u.request_id', '=', 'cr.id').where('u.created_at', '>', since)),
        ]),
      );
  }

  /**
   * News after `since` and up to `until` on requests `userId` prayed for or committed to: each update
   * and answer, and closings. Requests that were deleted or purged are left out.
   */
  async newsFor(userId: string, since: string, until: string): Promise<RequestNews[]> {
    const mine = () =>
      this.db
        .selectFrom('prayers')
        .select('request_id')
        .where('user_id', '=', userId)
        .union(this.db.selectFrom('commitments').select('request_id').where('user_id', '=', userId));
    const updates = await this.db
      .selectFrom('request_updates as u')
      .innerJoin('prayer_requests as r', 'r.id', 'u.request_id')
      .select(['u.request_id', 'u.kind', 'u.created_at', 'r.category'])
      .where('u.created_at', '>', since)
      .where('u.created_at', '<=', until)
      .where('r.status', '!=', 'deleted')
      .where('r.purged_at', 'is', null)
      .where('u.request_id', 'in', mine())
      .orderBy('u.created_at')
      .execute();
    const closed = await this.db
      .selectFrom('prayer_requests as r')
      .select(['r.id', 'r.category', 'r.closed_at'])
      .where('r.status', '=', 'closed')
      .where('r.closed_at', '>', since)
      .where('r.closed_at', '<=', until)
      .where('r.purged_at', 'is', null)
      .where('r.id', 'in', mine())
      .execute();
    const news: RequestNews[] = [
      ...updates.map((u) => ({ requestId: u.request_id, category: category(u.category), kind: u.kind === 'answer' ? ('answer' as const) : ('update' as const), at: u.created_at })),
      ...closed.map((r) => ({ requestId: r.id, category: category(r.category), kind: 'closed' as const, at: r.closed_at! })),
    ];
    // One line per request: an answer says more than an update, an update more than a closing.
    const rank = { answer: 0, update: 1, closed: 2 } as const;
    const best = new Map<string, RequestNews>();
    for (const item of news) {
      const held = best.get(item.requestId);
      if (!held || rank[item.kind] < rank[held.kind]) best.set(item.requestId, item);
    }
    return [...best.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /** What waits for moderators: public requests to approve, open flags, notes held for review. */
  async moderationQueue(): Promise<{ pending: number; flags: number; notes: number }> {
    const pending = await this.db
      .selectFrom('prayer_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('moderation', '=', 'pending')
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const flags = await this.db
      .selectFrom('prayer_flags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resolved_at', 'is', null)
      .executeTakeFirstOrThrow();
    const notes = await this.db
      .selectFrom('prayers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('note_status', '=', 'held')
      .executeTakeFirstOrThrow();
    return { pending: Number(pending.n), flags: Number(flags.n), notes: Number(notes.n) };
  }

  /**
   * Active requests still without a first prayer that came in at or before `before` and whose
   * moderators were not alerted yet, oldest first.
   */
  async waitingPastTarget(before: string, limit: number): Promise<Array<{ id: string; createdAt: string }>> {
    const rows = await this.db
      .selectFrom('prayer_requests')
      .select(['id', 'created_at'])
      .where('status', '=', 'active')
      .where('first_prayed_at', 'is', null)
      .where('coverage_alerted_at', 'is', null)
      .where('created_at', '<=', before)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at }));
  }

  /** Records the coverage alert for these requests; returns the ids this call marked (none twice). */
  async markCoverageAlerted(ids: readonly string[], at: string): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('prayer_requests')
      .set({ coverage_alerted_at: at })
      .where('id', 'in', ids)
      .where('coverage_alerted_at', 'is', null)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** When the oldest of these requests came in. */
  async oldestCreated(ids: readonly string[]): Promise<string | undefined> {
    if (ids.length === 0) return undefined;
    const row = await this.db.selectFrom('prayer_requests').select('created_at').where('id', 'in', ids).orderBy('created_at').limit(1).executeTakeFirst();
    return row?.created_at;
  }
}
