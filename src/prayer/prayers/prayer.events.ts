/**
 * Outbox events about prayers, written in the same transaction as the prayer, flag or hold they announce.
 * Payloads carry ids, never notes or request text. The notifications worker owns delivery.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { HoldReason } from './note-safety.js';

/** Topics and their payloads. */
export interface PrayerEventPayloads {
  /** A team prayer was recorded (for the requester's daily digest). */
  'prayer.recorded': { requestId: string; prayerId: string; noteStatus: 'none' | 'visible' | 'held'; hasVerse: boolean };
  /** The first prayer for a request: tell the requester at once ("someone prayed for you"). Once per request. */
  'prayer.first': { requestId: string; prayerId: string };
  /** A note was held for review (safety rules, or flags): moderators review it; crisis notes concern pastors. */
  'prayer.note_held': { requestId: string; prayerId: string; reasons: Array<HoldReason | 'flagged'> };
  /** Someone flagged a request; `hidden` when this flag hid it for review. */
  'request.flagged': { requestId: string; flagId: string; flagCount: number; hidden: boolean };
}

export type PrayerTopic = keyof PrayerEventPayloads;

/** Every topic this area writes, for the worker's handler table. */
export const PRAYER_TOPICS: readonly PrayerTopic[] = ['prayer.recorded', 'prayer.first', 'prayer.note_held', 'request.flagged'];

/** The dedupe key that makes the first-prayer notice exist once per request. */
export function firstPrayerKey(requestId: string): string {
  return `prayer.first:${requestId}`;
}

/** Writes one prayer event in `trx`. */
export async function emitPrayerEvent<T extends PrayerTopic>(trx: Kysely<Tables>, topic: T, payload: PrayerEventPayloads[T], now: Date, dedupeKey?: string): Promise<void> {
  await enqueue(trx, { topic, payload: { ...payload }, ...(dedupeKey ? { dedupeKey } : {}) }, now);
}
