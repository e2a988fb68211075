/**
 * SQL of praying: prayers, the counts on their request, skips and flags. Counts only ever move by one
 * in a single UPDATE (`prayer_count = prayer_count + 1`), so intercessors praying at the same moment can
 * never lose one another's prayers.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';

/** A prayer about to be stored. */
export interface NewPrayer {
  readonly id: string;
  readonly requestId: string;
  readonly userId: string;
  readonly note: string | null;
  readonly verseOsis: string | null;
  /** none | visible | held */
  readonly noteStatus: 'none' | 'visible' | 'held';
  readonly now: string;
}

/** A stored prayer, as this area reads it. */
export interface StoredPrayer {
  readonly id: string;
  readonly requestId: string;
  readonly userId: string | null;
  readonly kind: string;
  readonly noteStatus: string;
  readonly createdAt: string;
}

/** Prayers, skips and flags. Pass a transaction to write several things at once. */
export class PrayerRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Counts one more team prayer for a request, stamping its first and last prayer times; returns the
   * new count and the first-prayer time (equal to `now` exactly when this was the first).
   */
  async countPrayer(requestId: string, now: string): Promise<{ prayerCount: number; firstPrayedAt: string } | undefined> {
    const row = await this.db
      .updateTable('prayer_requests')
      .set((eb) => ({
        prayer_count: eb('prayer_count', '+', 1),
        first_prayed_at: eb.fn.coalesce('first_prayed_at', eb.val(now)),
        last_prayed_at: now,
      }))
      .where('id', '=', requestId)
      .returning(['prayer_count', 'first_prayed_at'])
      .executeTakeFirst();
    return row ? { prayerCount: Number(row.prayer_count), firstPrayedAt: row.first_prayed_at ?? now } : undefined;
  }

  /** Stores a team prayer. */
  async insert(p: NewPrayer): Promise<void> {
    await this.db
      .insertInto('prayers')
      .values({ id: p.id, request_id: p.requestId, user_id: p.userId, kind: 'team', note: p.note, verse_osis: p.verseOsis, note_status: p.noteStatus, created_at: p.now })
      .execute();
  }

  /** Has `userId` recorded a prayer for `requestId` after `since`? */
  async prayedSince(requestId: string, userId: string, since: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('prayers')
      .select('id')
      .where('request_id', '=', requestId)
      .where('user_id', '=', userId)
      .where('created_at', '>', since)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** One prayer by id. */
  async findById(id: string): Promise<StoredPrayer | undefined> {
    const row = await this.db.selectFrom('prayers').select(['id', 'request_id', 'user_id', 'kind', 'note_status', 'created_at']).where('id', '=', id).executeTakeFirst();
    return row ? { id: row.id, requestId: row.request_id, userId: row.user_id, kind: row.kind, noteStatus: row.note_status, createdAt: row.created_at } : undefined;
  }

  /** Records (or renews) that `userId` passed over `requestId` now. */
  async skip(requestId: string, userId: string, now: string): Promise<void> {
    await this.db
      .insertInto('prayer_skips')
      .values({ user_id: userId, request_id: requestId, created_at: now })
      .onConflict((oc) => oc.columns(['user_id', 'request_id']).doUpdateSet({ created_at: now }))
      .execute();
  }

  /** The open flag `userId` already raised on the request itself (not on a note), if any. */
  async openRequestFlagBy(requestId: string, userId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('prayer_flags')
      .select('id')
      .where('request_id', '=', requestId)
      .where('user_id', '=', userId)
      .where('prayer_id', 'is', null)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    return row?.id;
  }

  /** The open flag `userId` already raised on a note, if any. */
  async openNoteFlagBy(prayerId: string, userId: string | null): Promise<string | undefined> {
    if (userId === null) return undefined;
    const row = await this.db
      .selectFrom('prayer_flags')
      .select('id')
      .where('prayer_id', '=', prayerId)
      .where('user_id', '=', userId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    return row?.id;
  }

  /** Stores a flag on a request, or on one of its notes when `prayerId` is given. */
  async insertFlag(f: { id: string; requestId: string; prayerId: string | null; userId: string | null; reason: string; now: string }): Promise<void> {
    await this.db
      .insertInto('prayer_flags')
      .values({ id: f.id, request_id: f.requestId, prayer_id: f.prayerId, user_id: f.userId, reason: f.reason, created_at: f.now })
      .execute();
  }

  /** Counts one more flag on a request; returns the new count. */
  async countFlag(requestId: string, now: string): Promise<number> {
    const row = await this.db
      .updateTable('prayer_requests')
      .set((eb) => ({ flag_count: eb('flag_count', '+', 1), updated_at: now }))
      .where('id', '=', requestId)
      .returning('flag_count')
      .executeTakeFirstOrThrow();
    return Number(row.flag_count);
  }

  /** Hides a request for review; true when this call hid it (it was visible). */
  async hideRequest(requestId: string, now: string): Promise<boolean> {
    const result = await this.db.updateTable('prayer_requests').set({ hidden: 1, updated_at: now }).where('id', '=', requestId).where('hidden', '=', 0).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Open flags on one note. */
  async openFlagsOnNote(prayerId: string): Promise<number> {
    const row = await this.db
      .selectFrom('prayer_flags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('prayer_id', '=', prayerId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Holds a visible note for review; true when this call held it. */
  async holdNote(prayerId: string): Promise<boolean> {
    const result = await this.db.updateTable('prayers').set({ note_status: 'held' }).where('id', '=', prayerId).where('note_status', '=', 'visible').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
