import type { Kysely } from 'kysely';

/**
 * Pastoral follow-up: where pastors stand with reaching the person behind an urgent or pastoral request
 * (not yet, trying, reached, cannot be reached, nothing more to do), so that two pastors do not both
 * call — or both assume the other did. A status and who set it when; never notes about the person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pastoral_follow_ups')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('prayer_requests.id').onDelete('cascade'))
    // new | contacting | contacted | unreachable | closed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pastoral_follow_ups').execute();
}
