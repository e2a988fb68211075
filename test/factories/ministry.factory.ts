/**
 * Rows around requests for the wall, moderation, pastoral-care and coverage tests — flags and
 * testimonies — inserted directly so that a test can set up exactly what it looks at (the requests and
 * prayers themselves come from prayer-request.factory.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Tables } from '../../src/platform/db/tables.js';
import type { RequestLanguage } from '../../src/prayer/prayer.types.js';

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
