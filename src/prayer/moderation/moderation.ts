/** The ministry's review services (the review queue and the pastors' dashboard), built once per process. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import type { RequestModerationService } from '../requests/request-moderation.service.js';
import { ModerationService } from './moderation.service.js';
import { PastoralService } from './pastoral.service.js';

/** What the review services need from the process. */
export interface ModerationOptions {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  /** Approving and refusing public requests: the requests area's service. */
  readonly requests: Pick<RequestModerationService, 'approve' | 'reject'>;
  readonly clock?: () => Date;
}

/** The review queue and the pastors' dashboard. */
export interface Moderation {
  readonly queue: ModerationService;
  readonly pastoral: PastoralService;
}

/** Builds the review services over one database. */
export function createModeration(options: ModerationOptions): Moderation {
  const clock = options.clock ?? (() => new Date());
  return {
    queue: new ModerationService({ db: options.db, audit: options.audit, requests: options.requests, clock }),
    pastoral: new PastoralService({ db: options.db, audit: options.audit, clock }),
  };
}
