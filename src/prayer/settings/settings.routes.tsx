import type { FastifyPluginAsync } from 'fastify';
import { fieldProblemsOf, type FieldProblems } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { field } from '../../web/views/forms/form-body.js';
import type { FormErrors } from '../../web/views/forms/form-errors.js';
import { STAFF_PATHS } from '../moderation/staff-pages.js';
import type { PrayerSettings } from './prayer-settings.js';
import { settingsPolicy } from './settings.policy.js';
import { EDITABLE_SETTINGS, SETTING_BOUNDS, type SettingsService } from './settings.service.js';
import { SettingsPage, type SettingsValues } from './views/settings.page.js';

function valuesOf(settings: PrayerSettings): SettingsValues {
  return {
    autoApprovePublic: settings.autoApprovePublic ? 'yes' : 'no',
    flagThreshold: String(settings.flagThreshold),
    coverageTargetHours: String(settings.coverageTargetHours),
    expiryDays: String(settings.expiryDays),
    purgeAfterDays: String(settings.purgeAfterDays),
    leaseMinutes: String(settings.leaseMinutes),
  };
}

/** Problem codes as sentences beside the fields, in the form's order. */
function settingsErrors(t: Translate, problems: FieldProblems): FormErrors {
  const errors: Record<string, string> = {};
  for (const name of EDITABLE_SETTINGS) {
    const problem = problems[name];
    if (!problem) continue;
    if (name === 'autoApprovePublic') errors[name] = t('settings.error.autoApprovePublic');
    else {
      const key = problem === 'notNumber' ? 'settings.error.notNumber' : problem === 'outOfRange' ? 'settings.error.outOfRange' : 'settings.error.missing';
      errors[name] = t(key, SETTING_BOUNDS[name]);
    }
  }
  return errors;
}

/** `/admin/settings` (admins): read and change the prayer settings. */
export const settingsRoutes: FastifyPluginAsync<{ settings: SettingsService }> = async (app, { settings }) => {
  const path = STAFF_PATHS.settings;

  app.get(path, { schema: { hide: true }, config: { access: settingsPolicy.access('read') } }, async (request, reply) => {
    const saved = (request.query as Record<string, string | undefined>).saved;
    const current = await settings.current(request.actor);
    reply.header('cache-control', 'no-store');
    return reply.page(<SettingsPage ctx={request.pageContext()} values={valuesOf(current)} saved={saved !== undefined && /^\d+$/.test(saved) ? Number(saved) : undefined} />);
  });

  app.post(path, { schema: { hide: true }, config: { access: settingsPolicy.access('update') } }, async (request, reply) => {
    const values = Object.fromEntries(EDITABLE_SETTINGS.map((name) => [name, field(request.body, name)])) as Record<(typeof EDITABLE_SETTINGS)[number], string>;
    try {
      const result = await settings.update(request.actor, values);
      return reply.redirect(`${localePath(request.locale, path)}?saved=${result.changed.length}`, 303);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      const ctx = request.pageContext();
      return reply.code(400).page(<SettingsPage ctx={ctx} values={values} errors={settingsErrors(ctx.t, problems)} />);
    }
  });
};
