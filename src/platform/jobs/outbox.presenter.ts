import type { OutboxTable } from '../db/tables.js';
import type { OutboxStatus } from './outbox.repository.js';

/** An outbox row as admins see it: what, when, how it went — never its payload (ids, and once a private link). */
export interface OutboxEventView {
  readonly id: string;
  readonly topic: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly createdAt: string;
  /** Pending: when it is (next) due. */
  readonly availableAt: string;
  /** Set while a worker holds it. */
  readonly lockedUntil: string | null;
  readonly deliveredAt: string | null;
  readonly failedAt: string | null;
  readonly lastError: string | null;
}

/** Presents a stored row. */
export function presentOutboxEvent(row: OutboxTable): OutboxEventView {
  return {
    id: row.id,
    topic: row.topic,
    status: row.delivered_at ? 'delivered' : row.failed_at ? 'failed' : 'pending',
    attempts: Number(row.attempts),
    createdAt: row.created_at,
    availableAt: row.available_at,
    lockedUntil: row.locked_until,
    deliveredAt: row.delivered_at,
    failedAt: row.failed_at,
    lastError: row.last_error,
  };
}
