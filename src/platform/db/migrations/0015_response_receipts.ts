import type { Kysely } from 'kysely';

/**
 * One row per response form sent, so that the same form sent twice (a double click, a resend after a
 * dropped connection) stores one response. The key is a hash of the form's one-time id and what it said;
 * `sealed_link` is a prayer request's private link, encrypted with a key derived from that id, which only
 * the sender's page holds (the link can be shown once more, to them, and to no one reading the database).
 * Rows are deleted a day later by the responses' lifecycle job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('response_receipts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    // Null while the first sending is still being stored.
    .addColumn('response_id', 'text', (c) => c.references('responses.id').onDelete('cascade'))
    .addColumn('sealed_link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('response_receipts_created').on('response_receipts').columns(['created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('response_receipts').execute();
}
