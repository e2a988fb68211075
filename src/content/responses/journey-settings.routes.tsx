import type { FastifyPluginAsync } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import type { JourneyService } from './journey.service.js';
import { JOURNEY_STEP_KEYS, type JourneyStep } from './journey.steps.js';
import { RESPONSE_PATHS } from './response.paths.js';
import { responsePolicy } from './response.policy.js';
import { JourneySettingsPage, type JourneyFormValues } from './views/journey-settings.page.js';

function valuesOf(steps: readonly JourneyStep[]): JourneyFormValues {
  return Object.fromEntries(steps.map((s) => [s.key, { day: String(s.day), enabled: s.enabled }])) as JourneyFormValues;
}

/** `/admin/journeys` (admins): which follow-up emails are sent, and on which day. */
export const journeySettingsRoutes: FastifyPluginAsync<{ journeys: JourneyService }> = async (app, { journeys }) => {
  const access = responsePolicy.access('configureJourney');

  app.get(RESPONSE_PATHS.journeySettings, { schema: { hide: true }, config: { access } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const steps = await journeys.settings(request.actor);
    return reply.page(<JourneySettingsPage ctx={request.pageContext()} values={valuesOf(steps)} saved={query.done === 'saved'} />);
  });

  app.post(RESPONSE_PATHS.journeySettings, { schema: { hide: true }, config: { access } }, async (request, reply) => {
    const body = request.body;
    const fields: Record<string, string> = {};
    for (const key of JOURNEY_STEP_KEYS) {
      fields[`${key}Day`] = field(body, `${key}Day`);
      fields[`${key}Enabled`] = field(body, `${key}Enabled`);
    }
    try {
      await journeys.saveSettings(request.actor, fields);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      const ctx = request.pageContext();
      const values = Object.fromEntries(JOURNEY_STEP_KEYS.map((k) => [k, { day: fields[`${k}Day`], enabled: fields[`${k}Enabled`] === 'yes' }])) as JourneyFormValues;
      const errors = Object.fromEntries(Object.keys(problems).map((name) => [name, ctx.t('journeySettings.error.day', { step: ctx.t(`journey.step.${name.replace(/Day$/, '') as JourneyStep['key']}`) })]));
      return reply.code(400).page(<JourneySettingsPage ctx={ctx} values={values} errors={errors} />);
    }
    return reply.redirect(`${localePath(request.locale, RESPONSE_PATHS.journeySettings)}?done=saved`, 303);
  });
};
