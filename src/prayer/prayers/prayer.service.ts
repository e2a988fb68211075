/**
 * Praying for a request: "I prayed" (with an optional note and verse), skip and flag. A prayer is one
 * transaction: the prayer row, the request's count moved by one, the lease given back, and the outbox
 * events that tell the requester — the first prayer at once, the rest in a digest.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, UserActor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import { LIMITS, type RequestLanguage } from '../prayer.types.js';
import type { PrayerRequest } from '../requests/request.js';
import { requestPolicy } from '../requests/request.policy.js';
import { RequestRepository } from '../requests/request.repository.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { requireIntercessor } from '../dispatch/intercessor.js';
import { LeaseRepository } from '../dispatch/lease.repository.js';
import { checkNote } from './note-safety.js';
import { emitPrayerEvent, firstPrayerKey } from './prayer.events.js';
import { PrayerRepository } from './prayer.repository.js';
import { parseVerse } from './verse-input.js';

/** Longest flag reason. */
export const MAX_FLAG_REASON = 500;

/** What "I prayed" carries. */
export interface PrayInput {
  readonly requestId: string;
  readonly note?: string | null;
  readonly verse?: string | null;
}

/** A prayer as recorded. */
export interface RecordedPrayer {
  readonly id: string;
  readonly requestId: string;
  readonly createdAt: string;
  readonly note: string | null;
  /** none | visible | held (waiting for a moderator: the requester does not see it yet). */
  readonly noteStatus: 'none' | 'visible' | 'held';
  readonly verseOsis: string | null;
  /** The request's team prayers, this one included. */
  readonly prayerCount: number;
  /** This was the request's first prayer. */
  readonly first: boolean;
  /** The request's language (the verse is named in it). */
  readonly language: RequestLanguage;
}

/** A flag as recorded. */
export interface RecordedFlag {
  readonly id: string;
  /** The request (or note) is now hidden for review. */
  readonly hidden: boolean;
  /** The person had already flagged it; nothing new was counted. */
  readonly repeated: boolean;
}

/** What the prayer service needs. */
export interface PrayerDependencies {
  readonly db: Kysely<Tables>;
  readonly clock: () => Date;
  readonly settings: SettingsRepository;
}

/** Checks a note: trimmed, at most LIMITS.note characters; '' means none. */
export function parseNote(input: string | null | undefined): string | null {
  const note = (input ?? '').replace(/\r\n/g, '\n').trim();
  if (!note) return null;
  if ([...note].length > LIMITS.note) throw invalidFields({ note: 'tooLong' }, `note must be at most ${LIMITS.note} characters`);
  return note;
}

/** Checks a flag reason: required, at most MAX_FLAG_REASON characters. */
export function parseFlagReason(input: string | null | undefined): string {
  const reason = (input ?? '').replace(/\r\n/g, '\n').trim();
  if (!reason) throw invalidFields({ reason: 'missing' }, 'reason is required');
  if ([...reason].length > MAX_FLAG_REASON) throw invalidFields({ reason: 'tooLong' }, `reason must be at most ${MAX_FLAG_REASON} characters`);
  return reason;
}

/** "I prayed", skip and flag. */
export class PrayerService {
  constructor(private readonly deps: PrayerDependencies) {}

  /**
   * Records that `actor` prayed for a request. Allowed with a live lease on it, or when the request
   * policy lets them pray for it. Throws VALIDATION (note, verse), NOT_FOUND, OWN_REQUEST,
   * REQUEST_NOT_OPEN or ALREADY_PRAYED (a second submit of the same prayer).
   */
  async pray(actor: Actor, input: PrayInput): Promise<RecordedPrayer> {
    const user = requireIntercessor(actor);
    const note = parseNote(input.note);
    const verseOsis = parseVerse(input.verse);
    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const at = now.toISOString();
    const request = await this.readable(actor, input.requestId);
    const lease = await new LeaseRepository(this.deps.db).liveOn(request.id, user.id, at);
    if (!lease) this.assertMayPray(user, request);
    const prayers = new PrayerRepository(this.deps.db);
    // A double-clicked button, or a form sent again: one prayer, not two.
    const window = new Date(now.getTime() - settings.leaseMinutes * 60_000).toISOString();
    if (await prayers.prayedSince(request.id, user.id, window)) throw new AppError('ALREADY_PRAYED');
    const check = note === null ? null : checkNote(note, request.language);
    const noteStatus = check?.status ?? 'none';
    const id = randomUUID();
    const counted = await this.deps.db.transaction().execute(async (trx) => {
      const repo = new PrayerRepository(trx);
      const count = await repo.countPrayer(request.id, at);
      if (!count) throw new AppError('NOT_FOUND', 'There is no prayer request here for you.');
      await repo.insert({ id, requestId: request.id, userId: user.id, note, verseOsis, noteStatus, now: at });
      await new LeaseRepository(trx).release(request.id, user.id);
      await emitPrayerEvent(trx, 'prayer.recorded', { requestId: request.id, prayerId: id, noteStatus, hasVerse: verseOsis !== null }, now);
      const first = count.firstPrayedAt === at;
      if (first) await emitPrayerEvent(trx, 'prayer.first', { requestId: request.id, prayerId: id }, now, firstPrayerKey(request.id));
      if (check?.status === 'held') await emitPrayerEvent(trx, 'prayer.note_held', { requestId: request.id, prayerId: id, reasons: [...check.reasons] }, now);
      return { ...count, first };
    });
    return { id, requestId: request.id, createdAt: at, note, noteStatus, verseOsis, prayerCount: counted.prayerCount, first: counted.first, language: request.language };
  }

  /** Passes over a request: it goes back to the pool, and is not offered to `actor` again for a while. */
  async skip(actor: Actor, input: { requestId: string }): Promise<void> {
    const user = requireIntercessor(actor);
    const request = await this.readable(actor, input.requestId);
    const at = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new PrayerRepository(trx).skip(request.id, user.id, at);
      await new LeaseRepository(trx).release(request.id, user.id);
    });
  }

  /**
   * Flags a request for moderators — or, with `prayerId`, one of its notes. A request is hidden for
   * review when its flags reach `settings.flagThreshold`; a note likewise. A person's second flag on the
   * same thing counts once. The flagger is not offered the request again.
   */
  async flag(actor: Actor, input: { requestId: string; reason: string; prayerId?: string | null }): Promise<RecordedFlag> {
    const user = requireIntercessor(actor);
    const reason = parseFlagReason(input.reason);
    const request = await this.readable(actor, input.requestId);
    if (input.prayerId) return this.flagNote(user.id, request, input.prayerId, reason, false);
    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const at = now.toISOString();
    const existing = await new PrayerRepository(this.deps.db).openRequestFlagBy(request.id, user.id);
    if (existing) return { id: existing, hidden: request.hidden, repeated: true };
    const id = randomUUID();
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new PrayerRepository(trx);
      await repo.insertFlag({ id, requestId: request.id, prayerId: null, userId: user.id, reason, now: at });
      const flagCount = await repo.countFlag(request.id, at);
      const hidden = flagCount >= settings.flagThreshold && (await repo.hideRequest(request.id, at));
      await new LeaseRepository(trx).release(request.id, user.id);
      await emitPrayerEvent(trx, 'request.flagged', { requestId: request.id, flagId: id, flagCount, hidden }, now);
      return { id, hidden: hidden || request.hidden, repeated: false };
    });
  }

  /**
   * The requester flags a note they received: it is held for review at once (they are the only reader).
   * Call only after the requester's private link was checked (the requests area does).
   */
  async flagNoteForRequester(input: { requestId: string; prayerId: string; reason: string }): Promise<RecordedFlag> {
    const reason = parseFlagReason(input.reason);
    const request = await new RequestRepository(this.deps.db).findById(input.requestId);
    if (!request || request.status === 'deleted') throw new AppError('NOT_FOUND');
    return this.flagNote(null, request, input.prayerId, reason, true);
  }

  private async flagNote(userId: string | null, request: PrayerRequest, prayerId: string, reason: string, holdAtOnce: boolean): Promise<RecordedFlag> {
    const prayers = new PrayerRepository(this.deps.db);
    const prayer = await prayers.findById(prayerId);
    if (!prayer || prayer.requestId !== request.id) throw new AppError('NOT_FOUND', 'There is no such note on this request.');
    const existing = await prayers.openNoteFlagBy(prayerId, userId);
    if (existing) return { id: existing, hidden: prayer.noteStatus === 'held', repeated: true };
    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const id = randomUUID();
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new PrayerRepository(trx);
      await repo.insertFlag({ id, requestId: request.id, prayerId, userId, reason, now: now.toISOString() });
      const flags = await repo.openFlagsOnNote(prayerId);
      const held = (holdAtOnce || flags >= settings.flagThreshold) && (await repo.holdNote(prayerId));
      if (held) await emitPrayerEvent(trx, 'prayer.note_held', { requestId: request.id, prayerId, reasons: ['flagged'] }, now);
      return { id, hidden: held || prayer.noteStatus === 'held', repeated: false };
    });
  }

  /** The request if `actor` may read it; NOT_FOUND otherwise (no hint that it exists). */
  private async readable(actor: Actor, requestId: string): Promise<PrayerRequest> {
    const request = await new RequestRepository(this.deps.db).findById(requestId);
    if (!request || !requestPolicy.can(actor, 'read', request)) throw new AppError('NOT_FOUND', 'There is no prayer request here for you.');
    return request;
  }

  /** Why `user` may not pray for `request` without a lease, as a coded error. */
  private assertMayPray(user: UserActor, request: PrayerRequest): void {
    if (requestPolicy.can(user, 'pray', request)) return;
    if (request.submittedBy === user.id) throw new AppError('OWN_REQUEST');
    throw new AppError('REQUEST_NOT_OPEN');
  }
}
