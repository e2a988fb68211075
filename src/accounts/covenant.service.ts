import type { Kysely } from 'kysely';
import type { Actor } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { AppError } from '../platform/errors.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { COVENANT_VERSION } from './covenant.js';
import { userPolicy } from './policies/user.policy.js';
import { UserRepository } from './user.repository.js';

/** Records a person's acceptance of the confidentiality covenant, with its date and version. */
export class CovenantService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Accepts the current covenant for oneself; returns when it was accepted (the earlier time if already). */
  async accept(actor: Actor): Promise<string> {
    if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
    userPolicy.authorize(actor, 'acceptCovenant', { id: actor.id });
    const users = new UserRepository(this.db);
    const user = await users.findById(actor.id);
    if (!user) throw new AppError('NOT_FOUND');
    if (user.covenantVersion === COVENANT_VERSION && user.covenantAcceptedAt) return user.covenantAcceptedAt;
    const at = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).setCovenant(actor.id, COVENANT_VERSION, at);
      await this.audit.record(actor, { action: 'covenant.accepted', subject: { type: 'user', id: actor.id }, details: { version: COVENANT_VERSION } }, trx);
    });
    return at;
  }
}
