import type { Kysely } from 'kysely';

/**
 * The dispatcher's index, grouped by language and visibility as well: live requests by (language,
 * visibility, urgent, prayer count), oldest first within a group. A claim seeks only the groups of the
 * languages and visibilities the intercessor may be given, so requests in other languages (a Spanish
 * speaker in a mostly English ministry) or visibilities (pastoral ones, for a non-pastor) are never read.
 * `prayer_requests_dispatch` (0013) stays although the dispatcher no longer reads it: request listings
 * and counts filtered on status and urgency use it on both dialects, and the pastors' dashboard on
 * PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('prayer_requests_dispatch_reach')
    .on('prayer_requests')
    .columns(['status', 'language', 'visibility', 'urgent', 'prayer_count', 'created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('prayer_requests_dispatch_reach').execute();
}
