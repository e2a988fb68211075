/**
 * Changing the ministry's prayer settings: each value checked against its bounds, the change stored and
 * audited in one transaction. Values not given keep what they were, so the API may send only a few.
 */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { PrayerSettings } from './prayer-settings.js';
import { settingsPolicy } from './settings.policy.js';
import { SettingsRepository, forgetCachedSettings } from './settings.repository.js';

/** The settings an admin changes on /admin/settings, in the order the form shows them. */
export const EDITABLE_SETTINGS = ['autoApprovePublic', 'flagThreshold', 'coverageTargetHours', 'expiryDays', 'purgeAfterDays', 'leaseMinutes'] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

type NumericSetting = Exclude<EditableSetting, 'autoApprovePublic'>;

/**
 * Bounds of the numeric settings. Each upper bound is where a larger value stops making sense for a
 * prayer ministry (a lease of hours would lock a request away from everyone else; a coverage target
 * beyond a week would never alert anyone).
 */
export const SETTING_BOUNDS: Readonly<Record<NumericSetting, { readonly min: number; readonly max: number }>> = {
  flagThreshold: { min: 1, max: 50 },
  coverageTargetHours: { min: 1, max: 168 },
  expiryDays: { min: 1, max: 365 },
  purgeAfterDays: { min: 1, max: 3650 },
  leaseMinutes: { min: 1, max: 120 },
};

/** What a caller sends: form strings or JSON values; a missing key keeps the current value. */
export type SettingsInput = Partial<Record<EditableSetting, unknown>>;

/** What the service needs. */
export interface SettingsDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly clock: () => Date;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

function parseBoolean(value: unknown): boolean | 'missing' | 'invalid' {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return 'invalid';
  const v = value.trim().toLowerCase();
  if (v === '') return 'missing';
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return 'invalid';
}

function parseWhole(value: unknown, bounds: { min: number; max: number }): number | 'missing' | 'notNumber' | 'outOfRange' {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const v = value.trim();
    if (v === '') return 'missing';
    if (!/^-?\d+$/.test(v)) return 'notNumber';
    n = Number(v);
  } else return 'notNumber';
  if (!Number.isInteger(n)) return 'notNumber';
  return n < bounds.min || n > bounds.max ? 'outOfRange' : n;
}

/** Reads and changes the prayer settings. */
export class SettingsService {
  constructor(private readonly deps: SettingsDependencies) {}

  /** The current settings, defaults filled in. Admins only. */
  async current(actor: Actor): Promise<PrayerSettings> {
    settingsPolicy.authorize(actor, 'read');
    return new SettingsRepository(this.deps.db).prayer();
  }

  /**
   * Checks and stores the settings given. Throws VALIDATION naming every bad field (problem codes
   * `missing`, `invalid`, `notNumber`, `outOfRange`); nothing is stored unless all are good. Returns
   * the settings after the change and the names of those that changed.
   */
  async update(actor: Actor, input: SettingsInput): Promise<{ settings: PrayerSettings; changed: EditableSetting[] }> {
    settingsPolicy.authorize(actor, 'update');
    const problems: Record<string, string> = {};
    const values: Partial<PrayerSettings> = {};
    for (const key of EDITABLE_SETTINGS) {
      if (!(key in input) || input[key] === undefined) continue;
      const parsed = key === 'autoApprovePublic' ? parseBoolean(input[key]) : parseWhole(input[key], SETTING_BOUNDS[key]);
      if (typeof parsed === 'string') problems[key] = parsed;
      else (values as Record<string, unknown>)[key] = parsed;
    }
    if (Object.keys(problems).length > 0) {
      throw invalidFields(problems, `Some settings are not valid: ${Object.entries(problems).map(([k, v]) => `${k} (${v})`).join(', ')}`);
    }
    const result = await this.deps.db.transaction().execute(async (trx) => {
      const repository = new SettingsRepository(trx);
      const before = await repository.prayer();
      const changed = EDITABLE_SETTINGS.filter((key) => key in values && values[key] !== before[key]);
      if (changed.length === 0) return { settings: before, changed };
      const changes = Object.fromEntries(changed.map((key) => [key, values[key]])) as Partial<PrayerSettings>;
      await repository.savePrayer(changes, actor.kind === 'user' ? actor.id : null, this.deps.clock());
      // Values are numbers and yes/no: safe and useful in the log, with what they were before.
      const details: Record<string, string | number | boolean | readonly string[]> = { changed };
      for (const key of changed) {
        details[key] = changes[key] as number | boolean;
        details[`${key}Before`] = before[key];
      }
      await this.deps.audit.record(actor, { action: 'settings.changed', subject: { type: 'settings', id: 'prayer' }, details }, trx);
      return { settings: { ...before, ...changes }, changed };
    });
    // Copies cached while the change was not yet committed are stale now.
    forgetCachedSettings();
    return result;
  }
}
