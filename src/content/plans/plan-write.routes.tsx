// The authors' plan pages: the list, a new plan, and editing one. Under /write (authors and admins),
// not /admin, which is admin-only. Every form carries the CSRF token; a failed save keeps every word.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { dayProblemsOf, PLAN_FIELDS } from './plan.input.js';
import { PLAN_PATHS } from './plan.paths.js';
import { planPolicy } from './plan.policy.js';
import type { PlanService } from './plan.service.js';
import { describePlanProblems, planMessages } from './plans.messages.js';
import { PlanEditorPage, WritePlansPage, type PlanEditorValues } from './views/write-plans.page.js';

/** A year of days, each a line of references, fits well within this. */
const EDITOR_BODY_LIMIT = 256 * 1024;

function valuesOf(body: unknown): PlanEditorValues {
  return { title: field(body, 'title'), slug: field(body, 'slug'), description: field(body, 'description'), language: field(body, 'language'), days: field(body, 'days') };
}

export const planWriteRoutes: FastifyPluginAsync<{ plans: PlanService }> = async (app, { plans }) => {
  const access = (action: 'list' | 'create' | 'edit') => ({ access: planPolicy.access(action) });

  function failed(request: FastifyRequest, reply: FastifyReply, err: unknown, values: PlanEditorValues, id?: string) {
    const problems = fieldProblemsOf(err);
    if (!problems) throw err;
    const errors = describePlanProblems(request.locale, problems, PLAN_FIELDS);
    return reply.code(400).page(<PlanEditorPage ctx={request.pageContext()} id={id} values={values} errors={errors} dayProblems={dayProblemsOf(err)} />);
  }

  app.get('/write/plans', { schema: { hide: true }, config: access('list') }, async (request, reply) => {
    const list = await plans.listForAuthors(request.actor);
    const m = planMessages(request.locale);
    const notice = (request.query as Record<string, unknown>).created !== undefined ? m('write.created') : undefined;
    return reply.page(<WritePlansPage ctx={request.pageContext()} plans={list} notice={notice} />);
  });

  app.get('/write/plans/new', { schema: { hide: true }, config: access('create') }, async (request, reply) =>
    reply.page(<PlanEditorPage ctx={request.pageContext()} values={{ title: '', slug: '', description: '', language: request.locale, days: '' }} />),
  );

  app.post('/write/plans/new', { schema: { hide: true }, config: access('create'), bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const values = valuesOf(request.body);
    try {
      await plans.create(request.actor, values);
      return reply.redirect(`${localePath(request.locale, PLAN_PATHS.write)}?created=1`, 303);
    } catch (err) {
      return failed(request, reply, err, values);
    }
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>('/write/plans/:id', { schema: { hide: true }, config: access('edit') }, async (request, reply) => {
    const plan = await plans.getForEdit(request.actor, request.params.id);
    const notice = request.query.saved !== undefined ? planMessages(request.locale)('write.saved') : undefined;
    return reply.page(<PlanEditorPage ctx={request.pageContext()} id={plan.id} values={plan} notice={notice} />);
  });

  app.post<{ Params: { id: string } }>('/write/plans/:id', { schema: { hide: true }, config: access('edit'), bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const existing = await plans.getForEdit(request.actor, request.params.id);
    const values = valuesOf(request.body);
    try {
      await plans.update(request.actor, existing.id, values);
      return reply.redirect(`${localePath(request.locale, PLAN_PATHS.writeEdit(existing.id))}?saved=1`, 303);
    } catch (err) {
      return failed(request, reply, err, values, existing.id);
    }
  });
};
