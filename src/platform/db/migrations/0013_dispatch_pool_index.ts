import type { Kysely } from 'kysely';

/**
 * The dispatcher's index: live requests grouped by (urgent, prayer count), oldest first within a group.
 * Within one group the need order is the age order (dispatch.score.ts), so a claim reads each group's
 * few oldest rows from here instead of scoring and sorting the whole pool. `prayer_requests_pool` stays:
 * the dispatcher no longer uses it, but request listings filter on status, visibility and urgency by date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('prayer_requests_dispatch').on('prayer_requests').columns(['status', 'urgent', 'prayer_count', 'created_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('prayer_requests_dispatch').execute();
}
