// The plans JSON API: the list and one plan with its days. Public, read-only.
import type { FastifyPluginAsync } from 'fastify';
import { localePath } from '../../platform/i18n/locale.js';
import { PLAN_PATHS } from './plan.paths.js';
import { planPolicy } from './plan.policy.js';
import { presentPlan, presentPlanSummary } from './plan.presenter.js';
import { PlanListResponse, PlanParams, PlanResponse } from './plan.schemas.js';
import type { PlanService } from './plan.service.js';

export const planApiRoutes: FastifyPluginAsync<{ plans: PlanService; baseUrl: string }> = async (app, { plans, baseUrl }) => {
  const tags = ['plans'];
  const site = baseUrl.replace(/\/+$/, '');
  const config = { access: planPolicy.access('read') };

  app.get('/api/v1/plans', { config, schema: { tags, summary: 'Reading plans: the built-ins first, then authors’ plans', response: { 200: PlanListResponse } } }, async (request) => {
    const list = await plans.list(request.actor, request.locale);
    return { plans: list.map((p) => presentPlanSummary(p, site + localePath(request.locale, PLAN_PATHS.plan(p.slug)))) };
  });

  app.get<{ Params: PlanParams }>(
    '/api/v1/plans/:slug',
    { config, schema: { tags, summary: 'A reading plan with its days', params: PlanParams, response: { 200: PlanResponse } } },
    async (request) => {
      const plan = await plans.get(request.actor, request.params.slug, request.locale);
      return presentPlan(plan, request.locale, site + localePath(request.locale, PLAN_PATHS.plan(plan.slug)));
    },
  );
};
