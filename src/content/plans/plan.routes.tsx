// The readers' side of reading plans: the list, a plan with its start form, a day of a plan (anyone's,
// no progress kept), and the plan's calendar from today. Routes only translate; services decide.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import type { CounterStore } from '../../platform/rate-limit/counter-store.js';
import { field } from '../../web/views/forms/form-body.js';
import { PlanStartLimiter } from './plan-start-limit.js';
import type { Plan } from './plan.js';
import { planCalendar } from './plan-calendar.js';
import { PLAN_PATHS } from './plan.paths.js';
import { planPolicy } from './plan.policy.js';
import { readingLabel } from './plan-reading.js';
import type { PlanService } from './plan.service.js';
import { describePlanProblems, planMessages } from './plans.messages.js';
import type { SubscriptionService } from './subscription.service.js';
import { loadDay, dayNumber } from './plan-day.loader.js';
import { PlanDayPage } from './views/plan-day.page.js';
import { PlanListPage } from './views/plan-list.page.js';
import { EMPTY_START, PlanPage, type StartValues } from './views/plan.page.js';

export interface PlanRouteOptions {
  readonly plans: PlanService;
  readonly subscriptions: SubscriptionService;
  readonly scripture: Pick<ScriptureServices, 'passages' | 'translations'>;
  readonly baseUrl: string;
  /** Counts starts that send an email, per client address. */
  readonly counters: CounterStore;
}

type SlugRequest = FastifyRequest<{ Params: { slug: string }; Querystring: Record<string, string | undefined> }>;

export const planRoutes: FastifyPluginAsync<PlanRouteOptions> = async (app, { plans, subscriptions, scripture, baseUrl, counters }) => {
  const limiter = new PlanStartLimiter(counters);
  const site = baseUrl.replace(/\/+$/, '');
  const read = { access: planPolicy.access('read') };
  const follow = { access: planPolicy.access('follow') };

  async function planPage(request: SlugRequest, reply: FastifyReply, plan: Plan, values: StartValues, errors?: Record<string, string>) {
    const translations = await scripture.translations.list({ locale: request.locale });
    if (errors && reply.statusCode < 400) reply.code(400);
    return reply.page(<PlanPage ctx={request.pageContext()} plan={plan} translations={translations} values={values} errors={errors} defaultTimeZone={subscriptions.defaultTimeZone} />);
  }

  app.get('/plans', { schema: { hide: true }, config: read }, async (request, reply) => {
    const list = await plans.list(request.actor, request.locale);
    return reply.page(<PlanListPage ctx={request.pageContext()} plans={list} />);
  });

  app.get('/plans/:slug', { schema: { hide: true }, config: read }, async (request: SlugRequest, reply) => {
    const plan = await plans.get(request.actor, request.params.slug, request.locale);
    return planPage(request, reply, plan, EMPTY_START);
  });

  app.post('/plans/:slug/start', { schema: { hide: true }, config: follow }, async (request: SlugRequest, reply) => {
    const plan = await plans.get(request.actor, request.params.slug, request.locale);
    const values: StartValues = {
      email: field(request.body, 'email').slice(0, 320),
      translation: field(request.body, 'translation').slice(0, 20),
      reminders: field(request.body, 'reminders') === 'yes',
      timeZone: field(request.body, 'timeZone').slice(0, 64),
    };
    if (values.email.trim()) {
      const waitMs = await limiter.take(request.ip);
      if (waitMs > 0) {
        const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
        reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
        return planPage(request, reply.code(429), plan, values, { email: planMessages(request.locale)('problem.email.tooManyStarts', { minutes }) });
      }
    }
    try {
      const { token } = await subscriptions.start(request.actor, { slug: plan.slug, email: values.email, translation: values.translation, reminders: values.reminders, timeZone: values.timeZone, language: request.locale });
      return reply.redirect(`${localePath(request.locale, PLAN_PATHS.subscription(token))}?started=1`, 303);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      return planPage(request, reply, plan, values, describePlanProblems(request.locale, problems, ['email', 'reminders', 'translation', 'timeZone']));
    }
  });

  app.get<{ Params: { slug: string; day: string }; Querystring: Record<string, string | undefined> }>('/plans/:slug/day/:day', { schema: { hide: true }, config: read }, async (request, reply) => {
    const plan = await plans.get(request.actor, request.params.slug, request.locale);
    const day = dayNumber(plan, request.params.day);
    const loaded = await loadDay(scripture, request.locale, plan, day, request.query.translation);
    return reply.page(<PlanDayPage ctx={request.pageContext()} plan={plan} day={day} {...loaded} mode={{ kind: 'public' }} />);
  });

  app.get('/plans/:slug/calendar.ics', { schema: { hide: true }, config: read }, async (request: SlugRequest, reply) => {
    const slug = request.params.slug.replace(/\.ics$/, '');
    const plan = await plans.get(request.actor, slug, request.locale);
    const m = planMessages(request.locale);
    // Anyone's calendar (no subscription, so no reader's zone): from today on the ministry's calendar.
    const start = subscriptions.today();
    const body = planCalendar({
      name: plan.title,
      start,
      uidPrefix: `plan-${plan.slug}-${start}`,
      host: new URL(site).hostname,
      now: new Date(),
      days: plan.days.map((d) => {
        const reading = readingLabel(d.osis, request.locale);
        return { day: d.day, summary: m('ics.summary', { day: d.day, reading }), description: m('ics.description', { plan: plan.title, day: d.day, total: plan.days.length }), url: site + localePath(request.locale, PLAN_PATHS.day(plan.slug, d.day)) };
      }),
    });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `inline; filename="${plan.slug}.ics"`).send(body);
  });
};
