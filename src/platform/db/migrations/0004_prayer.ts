import type { Kysely } from 'kysely';

/**
 * The intercession loop: prayer requests and everything that happens to them (leases while someone
 * prays, prayers with notes, skips, flags, commitments, updates, testimonies), the transactional outbox
 * that carries notifications, and ministry settings. Times are ISO-8601 UTC text; flags are 0/1 integers;
 * lists are JSON text — one schema for SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('prayer_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // SHA-256 of the requester's private-link secret; the secret itself is never stored.
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    // Null once the requester deleted the request or personal data was purged; counts stay.
    .addColumn('text', 'text')
    // What anyone but pastors sees: text with emails, phones, addresses and surnames scrubbed.
    .addColumn('public_text', 'text')
    .addColumn('first_name', 'text')
    .addColumn('email', 'text')
    .addColumn('for_whom', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // active | answered | closed | expired | deleted
    .addColumn('status', 'text', (c) => c.notNull())
    // pending | approved | rejected | not_required (team and pastoral requests need no approval)
    .addColumn('moderation', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('crisis_kinds', 'text')
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prayer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('visitor_prayer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_prayed_at', 'text')
    .addColumn('last_prayed_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('answered_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('purged_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addColumn('first_prayer_notified_at', 'text')
    .addColumn('last_digest_at', 'text')
    .addColumn('coverage_alerted_at', 'text')
    .execute();
  await db.schema.createIndex('prayer_requests_pool').on('prayer_requests').columns(['status', 'visibility', 'urgent', 'created_at']).execute();
  await db.schema.createIndex('prayer_requests_moderation').on('prayer_requests').columns(['moderation', 'visibility', 'created_at']).execute();

  // At most one lease per request: the primary key is what keeps two intercessors off one request.
  await db.schema
    .createTable('prayer_leases')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('prayer_requests.id').onDelete('cascade'))
    .addColumn('lease_id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('prayer_leases_user').on('prayer_leases').columns(['user_id', 'expires_at']).execute();

  await db.schema
    .createTable('prayers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('prayer_requests.id').onDelete('cascade'))
    // Null for a visitor's "I prayed" on the public wall.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // team | visitor
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('verse_osis', 'text')
    // none | visible | held (waiting for review: safety rules or flags) | removed
    .addColumn('note_status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('prayers_request').on('prayers').columns(['request_id', 'created_at']).execute();
  await db.schema.createIndex('prayers_user').on('prayers').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('prayer_skips')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('prayer_requests.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('prayer_skips_pk', ['user_id', 'request_id'])
    .execute();

  await db.schema
    .createTable('prayer_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('prayer_requests.id').onDelete('cascade'))
    // Set when the flag is on an intercessor's note rather than on the request.
    .addColumn('prayer_id', 'text', (c) => c.references('prayers.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // kept | removed
    .addColumn('resolution', 'text')
    .execute();
  await db.schema.createIndex('prayer_flags_open').on('prayer_flags').columns(['resolved_at', 'created_at']).execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('prayer_requests.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    // completed | answered | closed | expired | deleted | withdrawn
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('commitments_user').on('commitments').columns(['user_id', 'ended_at']).execute();
  await db.schema.createIndex('commitments_request').on('commitments').columns(['request_id', 'ended_at']).execute();

  await db.schema
    .createTable('request_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('prayer_requests.id').onDelete('cascade'))
    // update | answer
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_updates_request').on('request_updates').columns(['request_id', 'created_at']).execute();

  // Answered-prayer testimonies and shared stories, published only after moderation.
  await db.schema
    .createTable('testimonies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.references('prayer_requests.id').onDelete('set null'))
    // answered_prayer | story
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('consent_public', 'integer', (c) => c.notNull().defaultTo(0))
    // pending | approved | rejected | private
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('moderated_at', 'text')
    .addColumn('moderated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('testimonies_status').on('testimonies').columns(['status', 'created_at']).execute();

  // Events written in the same transaction as the change they announce; a worker delivers them after commit.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // A message that must exist once (e.g. "first prayer for request X") names itself here.
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending').on('outbox').columns(['delivered_at', 'failed_at', 'available_at']).execute();

  // Ministry settings an admin can change at run time (auto-approve, thresholds, targets), as JSON values.
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  // When each person last got their daily digest (intercessors' reminders, requesters use their request row).
  await db.schema
    .createTable('digest_state')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('last_digest_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['digest_state', 'settings', 'outbox', 'testimonies', 'request_updates', 'commitments', 'prayer_flags', 'prayer_skips', 'prayers', 'prayer_leases', 'prayer_requests']) {
    await db.schema.dropTable(table).execute();
  }
}
