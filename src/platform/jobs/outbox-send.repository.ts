import type { Kysely, Transaction } from 'kysely';
import type { OutboxSendTable, Tables } from '../db/tables.js';

/** The mail ledger (`outbox_sends`): which sent keys are being sent, and which were sent. */
export class OutboxSendRepository {
  constructor(private readonly db: Kysely<Tables> | Transaction<Tables>) {}

  /** Reserves `key` for one sender; false when the key is already reserved or sent. */
  async reserve(row: { key: string; outboxId: string; worker: string; messageId: string; startedAt: string }): Promise<boolean> {
    const result = await this.db
      .insertInto('outbox_sends')
      .values({ key: row.key, outbox_id: row.outboxId, state: 'sending', worker: row.worker, message_id: row.messageId, started_at: row.startedAt, sent_at: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** The ledger row of a key. */
  async find(key: string): Promise<OutboxSendTable | undefined> {
    return this.db.selectFrom('outbox_sends').selectAll().where('key', '=', key).executeTakeFirst();
  }

  /** Records that the reserved message was accepted by the transport. */
  async markSent(key: string, worker: string, at: string): Promise<boolean> {
    const result = await this.db.updateTable('outbox_sends').set({ state: 'sent', sent_at: at }).where('key', '=', key).where('worker', '=', worker).where('state', '=', 'sending').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Drops a reservation whose sending failed (the transport refused it, so nothing went out). */
  async forget(key: string, worker: string): Promise<void> {
    await this.db.deleteFrom('outbox_sends').where('key', '=', key).where('worker', '=', worker).where('state', '=', 'sending').execute();
  }

  /** Drops the unfinished reservations of an event (an admin chose to send it again). */
  async forgetUnfinished(outboxId: string): Promise<number> {
    const result = await this.db.deleteFrom('outbox_sends').where('outbox_id', '=', outboxId).where('state', '=', 'sending').executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Deletes ledger rows of events that no longer exist in the outbox and are older than `before`. */
  async prune(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('outbox_sends')
      .where('started_at', '<', before)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('outbox').select('outbox.id').whereRef('outbox.id', '=', 'outbox_sends.outbox_id'))))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
