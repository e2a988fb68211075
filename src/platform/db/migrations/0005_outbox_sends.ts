import type { Kysely } from 'kysely';

/**
 * The mail ledger of the outbox worker: one row per message it has started or finished sending, keyed
 * by a "sent key" (outbox event id + recipient). A key is reserved (`sending`) before the message goes
 * to the transport and marked `sent` after; a key already `sent` is never sent again, which turns the
 * outbox's at-least-once delivery into at-most-once mail. No addresses or text are kept here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_sends')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('outbox_id', 'text', (c) => c.notNull())
    // sending | sent
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    // The Message-ID header the message carries (derived from the key, so any resend is recognisable).
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_sends_outbox').on('outbox_sends').columns(['outbox_id']).execute();
  // The worker's claim query reads pending rows by lock expiry as well as availability.
  await db.schema.createIndex('outbox_claim').on('outbox').columns(['delivered_at', 'failed_at', 'available_at', 'locked_until']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_claim').execute();
  await db.schema.dropTable('outbox_sends').execute();
}
