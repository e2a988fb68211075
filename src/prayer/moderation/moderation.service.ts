/**
 * The review queue for moderators and pastors: public requests waiting for approval (decided by the
 * requests area's moderation service), flagged requests, held or flagged notes, and testimonies people
 * asked to share. Everyone sees only the items on requests they may read — pastoral and crisis ones are
 * for pastors — and every decision is audited in the transaction that makes it.
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { PrayerRequest } from '../requests/request.js';
import type { RequestModerationService } from '../requests/request-moderation.service.js';
import { readableVisibilities, requestPolicy } from '../requests/request.policy.js';
import { RequestRepository } from '../requests/request.repository.js';
import { moderationPolicy } from './moderation.policy.js';
import { ModerationRepository, type FlagDecision, type FlaggedRequest, type NoteForReview, type QueuePage, type TestimonyForReview } from './moderation.repository.js';

/** Items listed per queue (the totals are always complete). */
export const QUEUE_LIMIT = 50;

/** Everything waiting for `actor`. `pending` is null for people who cannot approve requests (pastors who are not moderators). */
export interface ModerationQueue {
  readonly pending: QueuePage<PrayerRequest> | null;
  readonly flagged: QueuePage<FlaggedRequest>;
  readonly notes: QueuePage<NoteForReview>;
  readonly testimonies: QueuePage<TestimonyForReview>;
}

/** What the queue needs. */
export interface ModerationDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  /** Approving and refusing public requests (the requests area's service). */
  readonly requests: Pick<RequestModerationService, 'approve' | 'reject'>;
  readonly clock: () => Date;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Reads a keep/remove decision, naming the field when it is neither. */
export function parseFlagDecision(value: unknown): FlagDecision {
  if (value === 'keep' || value === 'remove') return value;
  throw invalidFields({ decision: 'invalid' }, 'decision must be "keep" or "remove"');
}

/** Reads an approve/reject decision, naming the field when it is neither. */
export function parseApproval(value: unknown): 'approve' | 'reject' {
  if (value === 'approve' || value === 'reject') return value;
  throw invalidFields({ decision: 'invalid' }, 'decision must be "approve" or "reject"');
}

const notFound = (what: string) => new AppError('NOT_FOUND', `There is no ${what} with this id waiting for you.`);
const alreadyDecided = () => new AppError('CONFLICT', 'Someone has already decided this; the queue has been refreshed.');
const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

/** The review queue and its decisions. */
export class ModerationService {
  constructor(private readonly deps: ModerationDependencies) {}

  /** Everything waiting for `actor`, oldest first in each queue. */
  async queue(actor: Actor): Promise<ModerationQueue> {
    moderationPolicy.authorize(actor, 'view');
    const visibilities = readableVisibilities(actor);
    const repository = new ModerationRepository(this.deps.db);
    const requests = new RequestRepository(this.deps.db);
    const pendingQuery = { visibility: ['public' as const], moderation: ['pending' as const], status: ['active' as const] };
    const mayApprove = requestPolicy.can(actor, 'listModeration');
    const [pending, pendingTotal, flagged, notes, testimonies] = await Promise.all([
      mayApprove ? requests.list({ ...pendingQuery, limit: QUEUE_LIMIT }) : Promise.resolve([]),
      mayApprove ? requests.count(pendingQuery) : Promise.resolve(0),
      repository.flaggedRequests(visibilities, QUEUE_LIMIT),
      repository.notesForReview(visibilities, QUEUE_LIMIT),
      repository.testimoniesForReview(visibilities, QUEUE_LIMIT),
    ]);
    return { pending: mayApprove ? { items: pending, total: pendingTotal } : null, flagged, notes, testimonies };
  }

  /** Publishes a public request on the wall (the requests area decides and audits). */
  approve(actor: Actor, input: { requestId: string }): Promise<PrayerRequest> {
    return this.deps.requests.approve(actor, { id: input.requestId });
  }

  /** Keeps a public request off the wall; the team still prays for it. */
  reject(actor: Actor, input: { requestId: string }): Promise<PrayerRequest> {
    return this.deps.requests.reject(actor, { id: input.requestId });
  }

  /**
   * Decides the open flags on a request: keep (shown again, flags count afresh) or remove (stays hidden
   * from the wall and from intercessors). Throws NOT_FOUND, VALIDATION or CONFLICT (decided already).
   */
  async resolveRequest(actor: Actor, input: { requestId: string; decision: unknown }): Promise<{ flags: number }> {
    moderationPolicy.authorize(actor, 'review');
    const decision = parseFlagDecision(input.decision);
    await this.readableRequest(actor, input.requestId, 'flagged request');
    const now = this.deps.clock().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const flags = await new ModerationRepository(trx).resolveRequestFlags(input.requestId, decision, userIdOf(actor), now);
      if (flags === 0) throw alreadyDecided();
      await this.deps.audit.record(
        actor,
        { action: decision === 'keep' ? 'prayer_request.flags_dismissed' : 'prayer_request.removed', subject: { type: 'prayer_request', id: input.requestId }, details: { flags } },
        trx,
      );
      return { flags };
    });
  }

  /**
   * Decides a held or flagged note: keep (the requester may read it) or remove (never shown). Throws
   * NOT_FOUND, VALIDATION or CONFLICT.
   */
  async resolveNote(actor: Actor, input: { prayerId: string; decision: unknown }): Promise<{ flags: number }> {
    moderationPolicy.authorize(actor, 'review');
    const decision = parseFlagDecision(input.decision);
    const repository = new ModerationRepository(this.deps.db);
    const prayer = ID.test(input.prayerId) ? await repository.findPrayer(input.prayerId) : undefined;
    if (!prayer) throw notFound('note');
    await this.readableRequest(actor, prayer.requestId, 'note');
    const now = this.deps.clock().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const result = await new ModerationRepository(trx).resolveNote(prayer.id, decision, userIdOf(actor), now);
      if (!result.changed) throw alreadyDecided();
      await this.deps.audit.record(
        actor,
        { action: decision === 'keep' ? 'prayer_note.kept' : 'prayer_note.removed', subject: { type: 'prayer', id: prayer.id }, details: { requestId: prayer.requestId, flags: result.flags } },
        trx,
      );
      return { flags: result.flags };
    });
  }

  /**
   * Approves a testimony for the public (it appears beside its answered request on the wall) or refuses
   * it. Only testimonies shared with consent ever wait here. Throws NOT_FOUND, VALIDATION or CONFLICT.
   */
  async decideTestimony(actor: Actor, input: { testimonyId: string; decision: unknown }): Promise<void> {
    moderationPolicy.authorize(actor, 'review');
    const decision = parseApproval(input.decision);
    const repository = new ModerationRepository(this.deps.db);
    const testimony = ID.test(input.testimonyId) ? await repository.findPendingTestimony(input.testimonyId) : undefined;
    if (!testimony) throw notFound('testimony');
    if (testimony.requestId) await this.readableRequest(actor, testimony.requestId, 'testimony');
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const now = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await new ModerationRepository(trx).decideTestimony(testimony.id, status, userIdOf(actor), now))) throw alreadyDecided();
      await this.deps.audit.record(actor, { action: `testimony.${status}`, subject: { type: 'testimony', id: testimony.id }, details: { requestId: testimony.requestId } }, trx);
    });
  }

  /** The request if `actor` may read it; NOT_FOUND otherwise (a pastoral request does not exist for a moderator). */
  private async readableRequest(actor: Actor, requestId: string, what: string): Promise<PrayerRequest> {
    const request = ID.test(requestId) ? await new RequestRepository(this.deps.db).findById(requestId) : undefined;
    if (!request || !requestPolicy.can(actor, 'read', request)) throw notFound(what);
    return request;
  }
}
