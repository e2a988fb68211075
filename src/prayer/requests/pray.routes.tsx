import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf, type FieldProblems } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { fields } from '../../web/views/forms/form-body.js';
import { codedFormErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import { LIMITS } from '../prayer.types.js';
import type { CrisisResource } from '../safety/index.js';
import { announceRetry } from './http-helpers.js';
import { INTAKE_FIELDS } from './request.input.js';
import { requestPolicy } from './request.policy.js';
import type { PrayerRequests } from './requests.js';
import { RequestDeletedPage } from './views/delete.page.js';
import { PrayPage, type PrayFormValues } from './views/pray.page.js';

const MAX: Record<string, number> = { text: LIMITS.requestText, forWhom: LIMITS.forWhom, firstName: LIMITS.firstName, email: LIMITS.email };

/** Field problems as sentences beside the fields and in the summary, in the form's order. */
export function prayErrors(t: Translate, problems: FieldProblems): FormErrors {
  return codedFormErrors(t, problems, 'pray.error', INTAKE_FIELDS, (name) => ({ max: MAX[name] ?? 0 }));
}

function readForm(body: unknown): PrayFormValues {
  return fields(body, INTAKE_FIELDS);
}

/** `/pray`: the request form; a stored request goes on to its private page, `/r/<token>?new=1`. */
export const prayPageRoutes: FastifyPluginAsync<{ requests: PrayerRequests }> = async (app, { requests }) => {
  const access = requestPolicy.access('submit');

  app.get('/pray', { config: { access } }, async (request, reply) => reply.page(<PrayPage ctx={request.pageContext()} />));

  app.post('/pray', { config: { access } }, async (request, reply) => {
    const ctx = request.pageContext();
    const values = readForm(request.body);
    try {
      const result = await requests.intake.submit(request.actor, values, { clientAddress: request.ip, locale: request.locale });
      reply.header('cache-control', 'no-store');
      return reply.redirect(`${localePath(request.locale, `/r/${result.manageToken}`)}?new=1`, 303);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) return reply.code(400).page(<PrayPage ctx={ctx} values={values} errors={prayErrors(ctx.t, problems)} />);
      if (err instanceof AppError && err.code === 'RATE_LIMITED') {
        announceRetry(reply, err);
        const seconds = Number(err.details?.retryAfterSeconds ?? 3600);
        const crisis = (err.details?.crisis as { resources: CrisisResource[] } | null | undefined)?.resources ?? [];
        return reply.code(429).page(<PrayPage ctx={ctx} values={values} crisis={crisis} waitMinutes={Math.max(1, Math.ceil(seconds / 60))} />);
      }
      throw err;
    }
  });

  app.get('/pray/deleted', { config: { access: 'public' } }, async (request, reply) => reply.page(<RequestDeletedPage ctx={request.pageContext()} />));
};
