import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';

/** An event to deliver after the transaction that wrote it commits. */
export interface OutboxEvent {
  /** What happened, e.g. `prayer.first` or `request.submitted`; a worker handler is registered per topic. */
  readonly topic: string;
  /** JSON-serialisable; ids rather than request text, so the outbox holds as little personal data as it can. */
  readonly payload: Record<string, unknown>;
  /** An event that must exist once names itself here; a second enqueue with the same key is ignored. */
  readonly dedupeKey?: string;
  /** Not before this time (ISO); default now. */
  readonly availableAt?: string;
}

/**
 * Writes an event in the caller's transaction (the outbox pattern): the event exists exactly when the
 * change it announces does. Returns false when an event with the same dedupe key already exists.
 */
export async function enqueue(db: Kysely<Tables> | Transaction<Tables>, event: OutboxEvent, now = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      topic: event.topic,
      payload: JSON.stringify(event.payload),
      dedupe_key: event.dedupeKey ?? null,
      created_at: at,
      available_at: event.availableAt ?? at,
      attempts: 0,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
