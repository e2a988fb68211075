/** The prayer settings service, built once per process. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import { SettingsService } from './settings.service.js';

/** Builds the settings service over one database. */
export function createSettings(options: { db: Kysely<Tables>; audit: Pick<AuditService, 'record'>; clock?: () => Date }): SettingsService {
  return new SettingsService({ db: options.db, audit: options.audit, clock: options.clock ?? (() => new Date()) });
}
