import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { kindOf, skipLockedRows } from '../db/dialect.js';
import type { OutboxTable, Tables } from '../db/tables.js';
import { noteEnqueued } from './outbox-signal.js';

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
  noteEnqueued();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Where an outbox row stands, as the admin page filters it. */
export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/** Removes the named fields from a stored JSON payload (secrets such as a one-time private link). */
function withoutFields(payload: string, fields: readonly string[]): string {
  if (fields.length === 0) return payload;
  try {
    const parsed = JSON.parse(payload) as Record<string, unknown>;
    for (const field of fields) delete parsed[field];
    return JSON.stringify(parsed);
  } catch {
    // A payload that is not JSON cannot hold a named field; keep nothing rather than a secret.
    return '{}';
  }
}

/**
 * The outbox queue: claims for workers, the outcome of each attempt, and what the admin page reads.
 * Every write after a claim is fenced on `locked_by`, so a worker whose lock expired (and whose rows
 * were taken over by another) cannot overwrite the newer attempt's outcome.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /**
   * Claims up to `limit` due rows for `workerId` until `lockedUntil`, counting an attempt on each. Due:
   * not delivered, not failed, available, and not locked by a live worker (a crashed worker's lock
   * expires, so its rows come back). One statement in both dialects; PostgreSQL skips rows other
   * claimers hold at that moment, so several processes never claim the same row.
   */
  async claim(workerId: string, now: string, lockedUntil: string, limit: number): Promise<OutboxTable[]> {
    const kind = kindOf(this.db as unknown as Kysely<unknown>);
    const due = skipLockedRows(
      this.db
        .selectFrom('outbox')
        .select('id')
        .where('delivered_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('available_at', '<=', now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .orderBy('available_at')
        .orderBy('id')
        .limit(limit),
      kind,
    );
    const rows = await this.db
      .updateTable('outbox')
      .set((eb) => ({ locked_by: workerId, locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows.sort((a, b) => (a.available_at < b.available_at ? -1 : a.available_at > b.available_at ? 1 : a.id < b.id ? -1 : 1));
  }

  /** Marks a claimed row delivered and drops its secret payload fields; false when the lock was lost. */
  async complete(id: string, workerId: string, now: string, secretFields: readonly string[] = []): Promise<boolean> {
    return this.finish(id, workerId, { delivered_at: now, last_error: null }, secretFields);
  }

  /** Gives up on a claimed row for good (failed_at, last_error) and drops its secret payload fields. */
  async fail(id: string, workerId: string, now: string, error: string, secretFields: readonly string[] = []): Promise<boolean> {
    return this.finish(id, workerId, { failed_at: now, last_error: error }, secretFields);
  }

  /** Puts a claimed row back for another attempt at `availableAt`; `refund` un-counts this attempt. */
  async retryLater(id: string, workerId: string, availableAt: string, error: string | null, refund = false): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        available_at: availableAt,
        locked_by: null,
        locked_until: null,
        last_error: error,
        ...(refund ? { attempts: eb('attempts', '-', 1) } : {}),
      }))
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Releases rows a stopping worker claimed but never started, without counting the attempt. */
  async release(ids: readonly string[], workerId: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1) }))
      .where('id', 'in', ids)
      .where('locked_by', '=', workerId)
      .where('delivered_at', 'is', null)
      .execute();
  }

  private async finish(id: string, workerId: string, outcome: Partial<Pick<OutboxTable, 'delivered_at' | 'failed_at' | 'last_error'>>, secretFields: readonly string[]): Promise<boolean> {
    if (secretFields.length === 0) {
      // The common case is one statement: no payload to rewrite.
      const result = await this.db
        .updateTable('outbox')
        .set({ ...outcome, locked_by: null, locked_until: null })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .where('delivered_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    }
    const rewrite = async (trx: Kysely<Tables>) => {
      const row = await trx.selectFrom('outbox').select('payload').where('id', '=', id).where('locked_by', '=', workerId).where('delivered_at', 'is', null).executeTakeFirst();
      if (!row) return false;
      await trx
        .updateTable('outbox')
        .set({ ...outcome, locked_by: null, locked_until: null, payload: withoutFields(row.payload, secretFields) })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .execute();
      return true;
    };
    return this.db.isTransaction ? rewrite(this.db) : this.db.transaction().execute(rewrite);
  }

  /** Queues a failed row again from scratch (an admin's decision); false when it is not failed. */
  async requeue(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set({ failed_at: null, attempts: 0, available_at: now, locked_by: null, locked_until: null, last_error: null })
      .where('id', '=', id)
      .where('failed_at', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** One row, or undefined. */
  async find(id: string): Promise<OutboxTable | undefined> {
    return this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** How many rows are in each status. */
  async counts(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.count<number>('delivered_at').as('delivered'),
        eb.fn.count<number>('failed_at').as('failed'),
      ])
      .executeTakeFirstOrThrow();
    const delivered = Number(rows.delivered);
    const failed = Number(rows.failed);
    return { pending: Number(rows.total) - delivered - failed, delivered, failed };
  }

  /** A page of rows in one status: pending by when they are due, the others newest first. */
  async list(status: OutboxStatus, limit: number, offset: number): Promise<OutboxTable[]> {
    let query = this.db.selectFrom('outbox').selectAll();
    if (status === 'pending') query = query.where('delivered_at', 'is', null).where('failed_at', 'is', null).orderBy('available_at').orderBy('id');
    if (status === 'delivered') query = query.where('delivered_at', 'is not', null).orderBy('delivered_at', 'desc').orderBy('id');
    if (status === 'failed') query = query.where('failed_at', 'is not', null).orderBy('failed_at', 'desc').orderBy('id');
    return query.limit(limit).offset(offset).execute();
  }

  /** Deletes delivered rows older than `deliveredBefore` and failed rows older than `failedBefore`; returns how many. */
  async prune(deliveredBefore: string, failedBefore: string): Promise<number> {
    const delivered = await this.db.deleteFrom('outbox').where('delivered_at', '<', deliveredBefore).executeTakeFirst();
    const failed = await this.db.deleteFrom('outbox').where('failed_at', '<', failedBefore).executeTakeFirst();
    return Number(delivered.numDeletedRows) + Number(failed.numDeletedRows);
  }
}
