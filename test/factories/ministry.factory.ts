/**
 * Rows for the wall, moderation, pastoral-care and coverage tests: requests in any state (crisis,
 * hidden, answered, approved at a given time, first prayed at a given time), prayers, flags and
 * testimonies, inserted directly so that a test can set up exactly what it looks at.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../../src/platform/db/tables.js';
import type { Category, CrisisKind, ModerationState, RequestLanguage, RequestStatus, Visibility } from '../../src/prayer/prayer.types.js';

const DAY = 24 * 60 * 60 * 1000;

/** Everything a seeded request may set; defaults: an approved public English request about faith, made at `now`. */
export interface MinistrySeed {
  text?: string | null;
  publicText?: string | null;
  firstName?: string | null;
  email?: string | null;
  forWhom?: string | null;
  category?: Category;
  visibility?: Visibility;
  language?: RequestLanguage;
  status?: RequestStatus;
  moderation?: ModerationState;
  urgent?: boolean;
  crisisKinds?: CrisisKind[];
  hidden?: boolean;
  prayerCount?: number;
  visitorPrayerCount?: number;
  flagCount?: number;
  createdAt?: Date;
  approvedAt?: Date | null;
  firstPrayedAt?: Date | null;
  answeredAt?: Date | null;
  expiresAt?: Date;
  unsubscribedAt?: Date | null;
  coverageAlertedAt?: Date | null;
}

/** Inserts one request; returns its id. */
export async function seedRequest(db: Kysely<Tables>, seed: MinistrySeed = {}, now: Date = new Date()): Promise<string> {
  const id = randomUUID();
  const created = seed.createdAt ?? now;
  const visibility = seed.visibility ?? 'public';
  const moderation = seed.moderation ?? (visibility === 'public' ? 'approved' : 'not_required');
  const text = seed.text === undefined ? 'Please pray for my mother, who is in hospital.' : seed.text;
  const approvedAt = seed.approvedAt === undefined ? (moderation === 'approved' ? created : null) : seed.approvedAt;
  const status = seed.status ?? 'active';
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
      status,
      moderation,
      urgent: seed.urgent ? 1 : 0,
      crisis_kinds: seed.crisisKinds && seed.crisisKinds.length > 0 ? JSON.stringify(seed.crisisKinds) : null,
      hidden: seed.hidden ? 1 : 0,
      flag_count: seed.flagCount ?? 0,
      prayer_count: seed.prayerCount ?? 0,
      visitor_prayer_count: seed.visitorPrayerCount ?? 0,
      first_prayed_at: seed.firstPrayedAt ? seed.firstPrayedAt.toISOString() : null,
      last_prayed_at: seed.firstPrayedAt ? seed.firstPrayedAt.toISOString() : null,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
      expires_at: (seed.expiresAt ?? new Date(created.getTime() + 30 * DAY)).toISOString(),
      approved_at: approvedAt ? approvedAt.toISOString() : null,
      answered_at: seed.answeredAt ? seed.answeredAt.toISOString() : status === 'answered' ? now.toISOString() : null,
      deleted_at: status === 'deleted' ? now.toISOString() : null,
      unsubscribed_at: seed.unsubscribedAt ? seed.unsubscribedAt.toISOString() : null,
      coverage_alerted_at: seed.coverageAlertedAt ? seed.coverageAlertedAt.toISOString() : null,
    })
    .execute();
  return id;
}

/** Inserts a prayer (team by default); returns its id. */
export async function seedPrayer(
  db: Kysely<Tables>,
  p: { requestId: string; userId?: string | null; kind?: 'team' | 'visitor'; at: Date; note?: string | null; noteStatus?: string; verseOsis?: string | null },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('prayers')
    .values({
      id,
      request_id: p.requestId,
      user_id: p.userId ?? null,
      kind: p.kind ?? 'team',
      note: p.note ?? null,
      verse_osis: p.verseOsis ?? null,
      note_status: p.noteStatus ?? (p.note ? 'visible' : 'none'),
      created_at: p.at.toISOString(),
    })
    .execute();
  return id;
}

/** Inserts an open flag on a request (or on a note with `prayerId`); returns its id. */
export async function seedFlag(db: Kysely<Tables>, f: { requestId: string; prayerId?: string | null; userId?: string | null; reason?: string; at: Date }): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('prayer_flags')
    .values({ id, request_id: f.requestId, prayer_id: f.prayerId ?? null, user_id: f.userId ?? null, reason: f.reason ?? 'Not a prayer request', created_at: f.at.toISOString() })
    .execute();
  return id;
}

/** Inserts an answered-prayer testimony; returns its id. */
export async function seedTestimony(
  db: Kysely<Tables>,
  t: { requestId: string | null; text?: string; consent?: boolean; status?: 'pending' | 'approved' | 'rejected' | 'private'; language?: RequestLanguage; at: Date; source?: 'answered_prayer' | 'story'; firstName?: string | null },
): Promise<string> {
  const id = randomUUID();
  const consent = t.consent ?? true;
  await db
    .insertInto('testimonies')
    .values({
      id,
      request_id: t.requestId,
      source: t.source ?? 'answered_prayer',
      text: t.text ?? 'My mother came home from hospital. Thank you for praying.',
      first_name: t.firstName ?? null,
      language: t.language ?? 'en',
      consent_public: consent ? 1 : 0,
      status: t.status ?? (consent ? 'pending' : 'private'),
      created_at: t.at.toISOString(),
    })
    .execute();
  return id;
}
