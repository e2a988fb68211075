/** The intercession services (dispatch, prayers, commitments, Scriptures to pray), built once per process. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { UserService } from '../../accounts/user.service.js';
import type { UserActor } from '../../platform/auth/actor.js';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { CommitmentService } from '../commitments/commitment.service.js';
import { REQUEST_LANGUAGES, type RequestLanguage } from '../prayer.types.js';
import { PrayerService } from '../prayers/prayer.service.js';
import { PrayerScriptureService } from '../scriptures/prayer-scriptures.service.js';
import { SETTINGS_CACHE_MS, SettingsRepository } from '../settings/settings.repository.js';
import { DispatchService } from './dispatch.service.js';

/** What the intercession services need from the process. */
export interface IntercessionOptions {
  readonly db: Kysely<Tables>;
  readonly kind: DbKind;
  readonly scripture: ScriptureServices;
  /** The accounts services: people's languages, and the audit log for pastoral readings. */
  readonly accounts: { readonly users: Pick<UserService, 'get'>; readonly audit: Pick<AuditService, 'record'> };
  readonly clock?: () => Date;
}

/** Every intercession service. */
export interface Intercession {
  readonly dispatch: DispatchService;
  readonly prayers: PrayerService;
  readonly commitments: CommitmentService;
  readonly scriptures: PrayerScriptureService;
}

/** Builds the intercession services over one database. */
export function createIntercession(options: IntercessionOptions): Intercession {
  const clock = options.clock ?? (() => new Date());
  // Read on every submission and claim, changed a few times a year: cached (a save here is seen at once).
  const settings = new SettingsRepository(options.db, { maxAgeMs: SETTINGS_CACHE_MS });
  const scriptures = new PrayerScriptureService(options.scripture);
  const languagesOf = async (actor: UserActor): Promise<RequestLanguage[]> => {
    const user = await options.accounts.users.get(actor, actor.id);
    return REQUEST_LANGUAGES.filter((l) => user.languages.includes(l));
  };
  return {
    dispatch: new DispatchService({ db: options.db, kind: options.kind, clock, settings, scriptures, audit: options.accounts.audit, languagesOf }),
    prayers: new PrayerService({ db: options.db, clock, settings }),
    commitments: new CommitmentService({ db: options.db, clock }),
    scriptures,
  };
}
