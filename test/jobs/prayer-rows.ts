/**
 * Rows of the intercession loop written directly, so that notification and lifecycle tests do not
 * depend on how intake and dispatch build them — only on the schema they share (migration 0004).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PrayerRequestTable, Tables } from '../../src/platform/db/tables.js';
import { sha256Hex } from '../../src/platform/security/secret-token.js';
import { forgetCachedSettings } from '../../src/prayer/settings/settings.repository.js';

/** Stores a request; times default to `at`. Returns its id. */
export async function insertRequest(db: Kysely<Tables>, at: Date, overrides: Partial<PrayerRequestTable> = {}): Promise<string> {
  const id = overrides.id ?? randomUUID();
  const iso = at.toISOString();
  await db
    .insertInto('prayer_requests')
    .values({
      id,
      manage_token_hash: sha256Hex(randomUUID()),
      text: 'Please pray for my mother, Ana Lopez, who is in hospital.',
      public_text: 'Please pray for my mother, Ana L., who is in hospital.',
      first_name: 'Maria',
      email: `maria.${id.slice(0, 8)}@example.org`,
      for_whom: 'my mother',
      category: 'health',
      visibility: 'team',
      language: 'en',
      status: 'active',
      moderation: 'not_required',
      urgent: 0,
      crisis_kinds: null,
      hidden: 0,
      flag_count: 0,
      prayer_count: 0,
      visitor_prayer_count: 0,
      first_prayed_at: null,
      last_prayed_at: null,
      submitted_by: null,
      created_at: iso,
      updated_at: iso,
      expires_at: new Date(at.getTime() + 30 * 86_400_000).toISOString(),
      approved_at: null,
      approved_by: null,
      answered_at: null,
      closed_at: null,
      deleted_at: null,
      purged_at: null,
      unsubscribed_at: null,
      first_prayer_notified_at: null,
      last_digest_at: null,
      coverage_alerted_at: null,
      ...overrides,
    })
    .execute();
  return id;
}

/** Stores a prayer (and counts it on the request as dispatch does). Returns its id. */
export async function insertPrayer(
  db: Kysely<Tables>,
  requestId: string,
  at: Date,
  p: { userId?: string | null; kind?: 'team' | 'visitor'; note?: string | null; noteStatus?: 'none' | 'visible' | 'held'; verse?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  const iso = at.toISOString();
  const kind = p.kind ?? 'team';
  await db
    .insertInto('prayers')
    .values({ id, request_id: requestId, user_id: p.userId ?? null, kind, note: p.note ?? null, verse_osis: p.verse ?? null, note_status: p.noteStatus ?? (p.note ? 'visible' : 'none'), created_at: iso })
    .execute();
  if (kind === 'team') {
    await db
      .updateTable('prayer_requests')
      .set((eb) => ({ prayer_count: eb('prayer_count', '+', 1), first_prayed_at: eb.fn.coalesce('first_prayed_at', eb.val(iso)), last_prayed_at: iso }))
      .where('id', '=', requestId)
      .execute();
  } else {
    await db.updateTable('prayer_requests').set((eb) => ({ visitor_prayer_count: eb('visitor_prayer_count', '+', 1) })).where('id', '=', requestId).execute();
  }
  return id;
}

/** Stores an update or answer. */
export async function insertUpdate(db: Kysely<Tables>, requestId: string, at: Date, kind: 'update' | 'answer' = 'update', text = 'She is home now, thank you.'): Promise<string> {
  const id = randomUUID();
  await db.insertInto('request_updates').values({ id, request_id: requestId, kind, text, created_at: at.toISOString() }).execute();
  if (kind === 'answer') await db.updateTable('prayer_requests').set({ status: 'answered', answered_at: at.toISOString() }).where('id', '=', requestId).execute();
  return id;
}

/** Stores a running commitment of `days` days from `at`. */
export async function insertCommitment(db: Kysely<Tables>, requestId: string, userId: string, at: Date, days = 7): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('commitments')
    .values({ id, request_id: requestId, user_id: userId, days, created_at: at.toISOString(), ends_at: new Date(at.getTime() + days * 86_400_000).toISOString(), ended_at: null, end_reason: null })
    .execute();
  return id;
}

/** Empties everything the notification tests write, keeping accounts. */
export async function clearPrayerRows(db: Kysely<Tables>): Promise<void> {
  for (const table of ['outbox_sends', 'outbox', 'digest_state', 'commitments', 'request_updates', 'prayer_flags', 'prayer_skips', 'prayers', 'prayer_leases', 'testimonies', 'settings', 'prayer_requests'] as const) {
    await db.deleteFrom(table).execute();
  }
  // The services cache the settings; a raw delete is not a save they hear of.
  forgetCachedSettings();
}
