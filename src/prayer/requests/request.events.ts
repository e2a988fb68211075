/**
 * Outbox events about prayer requests, written in the same transaction as the change they announce.
 * Payloads carry ids, never request text. The notifications worker owns delivery (one handler per topic).
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { CrisisKind, RequestLanguage } from '../prayer.types.js';

/** Topics and their payloads. */
export interface RequestEventPayloads {
  /**
   * A request with an email was stored: `manageUrl` is the private link to mail them (the only copy of
   * the secret outside the requester's hands: the handler drops it from the payload once the mail is
   * sent). Not written without an email. `manageUrl` stays optional for events written before that rule.
   */
  'request.submitted': { requestId: string; language: RequestLanguage; manageUrl?: string };
  /** Crisis language was found (at intake, or later in an update or answer): alert pastors. */
  'request.crisis': { requestId: string; kinds: CrisisKind[]; source: 'intake' | 'update' | 'answer'; language: RequestLanguage };
  /** The requester posted an update: tell those who prayed or committed (in their digest). */
  'request.updated': { requestId: string; updateId: string };
  /** The requester marked it answered (commitments ended): tell those who prayed or committed. */
  'request.answered': { requestId: string; updateId: string; testimonyId: string | null };
  /** The requester closed it (commitments ended). */
  'request.closed': { requestId: string };
  /** The requester deleted it (text and personal data gone, commitments ended). */
  'request.deleted': { requestId: string };
}

export type RequestTopic = keyof RequestEventPayloads;

/** Every topic this area writes, for the worker's handler table. */
export const REQUEST_TOPICS: readonly RequestTopic[] = ['request.submitted', 'request.crisis', 'request.updated', 'request.answered', 'request.closed', 'request.deleted'];

/** Writes one request event in `trx`; `dedupeKey` makes a repeat a no-op. */
export async function emitRequestEvent<T extends RequestTopic>(
  trx: Kysely<Tables>,
  topic: T,
  payload: RequestEventPayloads[T],
  now: Date,
  dedupeKey?: string,
): Promise<void> {
  await enqueue(trx, { topic, payload: { ...payload }, ...(dedupeKey ? { dedupeKey } : {}) }, now);
}
