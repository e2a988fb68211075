/**
 * Prayer requests for tests, inserted as rows so that a test can set any state directly (age, counts,
 * status, flags) without going through intake. Defaults: an approved public English request about
 * faith, created now, expiring in 30 days.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../../src/platform/db/tables.js';
import type { Category, ModerationState, RequestLanguage, RequestStatus, Visibility } from '../../src/prayer/prayer.types.js';

export interface RequestSeed {
  id?: string;
  text?: string | null;
  publicText?: string | null;
  firstName?: string | null;
  forWhom?: string | null;
  email?: string | null;
  category?: Category;
  visibility?: Visibility;
  language?: RequestLanguage;
  status?: RequestStatus;
  moderation?: ModerationState;
  urgent?: boolean;
  hidden?: boolean;
  prayerCount?: number;
  flagCount?: number;
  submittedBy?: string | null;
  /** Default: `now`. */
  createdAt?: Date;
  /** Default: 30 days after `now`. */
  expiresAt?: Date;
}

/** Inserts one request row; returns its id. `now` is the test's clock. */
export async function insertPrayerRequest(db: Kysely<Tables>, seed: RequestSeed = {}, now: Date = new Date()): Promise<string> {
  const id = seed.id ?? randomUUID();
  const created = (seed.createdAt ?? now).toISOString();
  const visibility = seed.visibility ?? 'public';
  const text = seed.text === undefined ? 'Please pray for my mother, who is in hospital.' : seed.text;
  await db
    .insertInto('prayer_requests')
    .values({
      id,
      manage_token_hash: randomBytes(32).toString('hex'),
      text,
      public_text: seed.publicText === undefined ? text : seed.publicText,
      first_name: seed.firstName === undefined ? 'Maria' : seed.firstName,
      email: seed.email ?? null,
      for_whom: seed.forWhom ?? null,
      category: seed.category ?? 'faith',
      visibility,
      language: seed.language ?? 'en',
      status: seed.status ?? 'active',
      moderation: seed.moderation ?? (visibility === 'public' ? 'approved' : 'not_required'),
      urgent: seed.urgent ? 1 : 0,
      crisis_kinds: null,
      hidden: seed.hidden ? 1 : 0,
      flag_count: seed.flagCount ?? 0,
      prayer_count: seed.prayerCount ?? 0,
      visitor_prayer_count: 0,
      submitted_by: seed.submittedBy ?? null,
      created_at: created,
      updated_at: created,
      expires_at: (seed.expiresAt ?? new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000)).toISOString(),
    })
    .execute();
  return id;
}

/** Inserts a team prayer row (to make a request "recently prayed for" by someone). */
export async function insertPrayer(db: Kysely<Tables>, p: { requestId: string; userId: string; at: Date; note?: string | null; noteStatus?: string }): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('prayers')
    .values({ id, request_id: p.requestId, user_id: p.userId, kind: 'team', note: p.note ?? null, verse_osis: null, note_status: p.noteStatus ?? (p.note ? 'visible' : 'none'), created_at: p.at.toISOString() })
    .execute();
  return id;
}
