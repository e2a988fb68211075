import type { Kysely } from 'kysely';

/**
 * Stories ("Share your story") live beside answered-prayer testimonies in `testimonies` (source `story`),
 * so that one table says what may be public and one purge removes what must go. A story adds a title, a
 * kind, an optional email (only to say it was published), the crisis kinds found in it (such a story
 * waits for pastors), the text a moderator publishes when they edit it (the writer's own words stay in
 * `text` for the audit), why it was refused or unpublished, when it was published, and the hash of the
 * one-click unsubscribe link of its email. Statuses gain `unpublished`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('testimonies')
    .addColumn('title', 'text')
    .execute();
  // came_to_faith | answered_prayer | healing | came_back_to_god | other (null for answered-prayer testimonies)
  await db.schema.alterTable('testimonies').addColumn('kind', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('email', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('public_text', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('crisis_kinds', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('decision_reason', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('published_at', 'text').execute();
  await db.schema.alterTable('testimonies').addColumn('notify_token_hash', 'text').execute();
  await db.schema.createIndex('testimonies_notify_token').on('testimonies').column('notify_token_hash').execute();
  await db.schema.createIndex('testimonies_source_language').on('testimonies').columns(['source', 'language', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('testimonies_source_language').execute();
  await db.schema.dropIndex('testimonies_notify_token').execute();
  for (const column of ['notify_token_hash', 'published_at', 'decision_reason', 'crisis_kinds', 'public_text', 'email', 'kind', 'title']) {
    await db.schema.alterTable('testimonies').dropColumn(column).execute();
  }
}
