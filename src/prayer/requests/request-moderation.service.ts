/**
 * Approving public requests for the prayer wall, or refusing them. Each decision is audited in the same
 * transaction. (The moderation pages and queues of flags are another area's; they call this.)
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import type { PrayerRequest } from './request.js';
import { requestPolicy } from './request.policy.js';
import { RequestRepository } from './request.repository.js';

/** What moderation needs. */
export interface ModerationDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly clock: () => Date;
}

/** Approve or refuse public requests. */
export class RequestModerationService {
  constructor(private readonly deps: ModerationDependencies) {}

  /** Publishes a public request on the wall (from pending, or reversing a refusal). Throws NOT_FOUND, FORBIDDEN or CONFLICT. */
  approve(actor: Actor, input: { id: string }): Promise<PrayerRequest> {
    return this.decide(actor, input.id, 'approved', ['pending', 'rejected']);
  }

  /** Keeps a public request off the wall (from pending, or taking an approved one down). */
  reject(actor: Actor, input: { id: string }): Promise<PrayerRequest> {
    return this.decide(actor, input.id, 'rejected', ['pending', 'approved']);
  }

  private async decide(actor: Actor, id: string, to: 'approved' | 'rejected', from: Array<'pending' | 'approved' | 'rejected'>): Promise<PrayerRequest> {
    requestPolicy.authorize(actor, 'listModeration');
    const repository = new RequestRepository(this.deps.db);
    const request = typeof id === 'string' && id.length <= 64 ? await repository.findById(id) : undefined;
    // A request the moderator may not read does not exist for them (pastoral ones above all).
    if (!request || !requestPolicy.can(actor, 'read', request)) throw new AppError('NOT_FOUND', 'There is no prayer request with this id.');
    if (request.visibility !== 'public') throw new AppError('CONFLICT', 'Only public requests wait for approval.');
    requestPolicy.authorize(actor, 'moderate', request);
    if (request.moderation === to) return request;
    const now = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const changed = await new RequestRepository(trx).moderate(id, { from, to, by: actor.kind === 'user' ? actor.id : null, now });
      if (!changed) throw new AppError('CONFLICT', `This request cannot be ${to} now.`);
      await this.deps.audit.record(actor, { action: `prayer_request.${to}`, subject: { type: 'prayer_request', id } }, trx);
    });
    return (await repository.findById(id))!;
  }
}
