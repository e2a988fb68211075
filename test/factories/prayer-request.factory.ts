/**
 * Prayer requests and prayers for tests, inserted as rows so that a test can set any state directly (age,
 * counts, status, crisis, moderation, flags, first prayer) without going through intake.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../../src/platform/db/tables.js';
import type { Category, CrisisKind, ModerationState, RequestLanguage, RequestStatus, Visibility } from '../../src/prayer/prayer.types.js';

const DAY = 24 * 60 * 60 * 1000;

/** Everything a seeded request may set; defaults: an approved public English request about faith, made at `now`. */
export interface RequestSeed {
  id?: string;
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
  submittedBy?: string | null;
  /** Default: `now`. */
  createdAt?: Date;
  /** Default: `createdAt` when the request is approved. */
  approvedAt?: Date | null;
  firstPrayedAt?: Date | null;
  answeredAt?: Date | null;
  /** Default: 30 days after `createdAt`. */
  expiresAt?: Date;
  unsubscribedAt?: Date | null;
  coverageAlertedAt?: Date | null;
}

/** Inserts one request row; returns its id. `now` is the test's clock (answered and deleted ones were so at `now`). */
export async function seedRequest(db: Kysely<Tables>, seed: RequestSeed = {}, now: Date = new Date()): Promise<string> {
  const id = seed.id ?? randomUUID();
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
      submitted_by: seed.submittedBy ?? null,
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
