/**
 * The pastors' dashboard: urgent and pastoral requests — crisis ones first — with where their follow-up
 * stands. The list shows no request text; a pastor opens one request to read the person's own words and
 * contact details, and every such reading is recorded in the audit log, as the covenant promises.
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { PrayerRequest, RequestUpdate } from '../requests/request.js';
import { RequestRepository } from '../requests/request.repository.js';
import { followUpPolicy } from './follow-up.policy.js';
import { FOLLOW_UP_STATUSES, PastoralRepository, type FollowUp, type FollowUpStatus, type PastoralFilter, type PastoralItem } from './pastoral.repository.js';

/** Requests listed on the dashboard at once (the total is always complete). */
export const PASTORAL_LIMIT = 100;

/** One request as a pastor opens it. */
export interface PastoralDetails {
  readonly request: PrayerRequest;
  readonly followUp: FollowUp;
  /** The requester's updates and answer, in their own words. */
  readonly updates: readonly RequestUpdate[];
}

/** What the dashboard needs. */
export interface PastoralDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly clock: () => Date;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Reads a follow-up status, naming the field when it is not one. */
export function parseFollowUpStatus(value: unknown): FollowUpStatus {
  if (typeof value === 'string' && (FOLLOW_UP_STATUSES as readonly string[]).includes(value)) return value as FollowUpStatus;
  throw invalidFields({ status: value === undefined || value === '' ? 'missing' : 'invalid' }, `status must be one of ${FOLLOW_UP_STATUSES.join(', ')}`);
}

/** The pastors' dashboard. */
export class PastoralService {
  constructor(private readonly deps: PastoralDependencies) {}

  /** Urgent and pastoral requests, without their text. Pastors only. */
  async list(actor: Actor, input: { filter?: PastoralFilter } = {}): Promise<{ items: PastoralItem[]; total: number }> {
    followUpPolicy.authorize(actor, 'list');
    return new PastoralRepository(this.deps.db).list(input.filter === 'all' ? 'all' : 'attention', PASTORAL_LIMIT);
  }

  /** Opens one request with the person's own words and contact details; the reading is audited. */
  async open(actor: Actor, input: { requestId: string }): Promise<PastoralDetails> {
    followUpPolicy.authorize(actor, 'list');
    const request = await this.readable(actor, input.requestId);
    await this.deps.audit.record(actor, {
      action: 'prayer_request.viewed',
      subject: { type: 'prayer_request', id: request.id },
      details: { visibility: request.visibility, urgent: request.urgent, via: 'pastoral_dashboard' },
    });
    const [followUp, updates] = await Promise.all([new PastoralRepository(this.deps.db).followUpOf(request.id), new RequestRepository(this.deps.db).updatesOf(request.id)]);
    return { request, followUp, updates };
  }

  /** Records where the follow-up stands (audited). Throws NOT_FOUND or VALIDATION naming `status`. */
  async setFollowUp(actor: Actor, input: { requestId: string; status: unknown }): Promise<FollowUp> {
    followUpPolicy.authorize(actor, 'list');
    const status = parseFollowUpStatus(input.status);
    const request = await this.readable(actor, input.requestId);
    followUpPolicy.authorize(actor, 'update', request);
    const now = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new PastoralRepository(trx).setFollowUp(request.id, status, actor.kind === 'user' ? actor.id : null, now);
      await this.deps.audit.record(actor, { action: 'prayer_request.follow_up', subject: { type: 'prayer_request', id: request.id }, details: { status } }, trx);
    });
    return new PastoralRepository(this.deps.db).followUpOf(request.id);
  }

  /** An urgent or pastoral request `actor` may read privately; NOT_FOUND otherwise. */
  private async readable(actor: Actor, requestId: string): Promise<PrayerRequest> {
    const request = ID.test(requestId) ? await new RequestRepository(this.deps.db).findById(requestId) : undefined;
    if (!request || !(request.urgent || request.visibility === 'pastoral') || !followUpPolicy.can(actor, 'read', request)) {
      throw new AppError('NOT_FOUND', 'There is no pastoral request with this id.');
    }
    return request;
  }
}
