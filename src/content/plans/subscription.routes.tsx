// The reader's private plan (`/plans/s/:token/…`: progress, days, settings, calendar), the daily
// email's signed day link (`/plans/d/:token`), and the one-click stop link (`/plans/unsubscribe/:token`).
// Every link that opens nothing answers a 404 page; none of these pages is cached or indexed.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { wantsJson } from '../../platform/http/errors.plugin.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { field } from '../../web/views/forms/form-body.js';
import { planCalendar } from './plan-calendar.js';
import { dayNumber, loadDay } from './plan-day.loader.js';
import type { PlanLinkTokens } from './plan-link-token.js';
import { PLAN_PATHS } from './plan.paths.js';
import { planPolicy } from './plan.policy.js';
import { readingLabel } from './plan-reading.js';
import { describePlanProblems, planMessages } from './plans.messages.js';
import { progressOf, type SubscriptionService, type SubscriptionView } from './subscription.service.js';
import { PlanDeletedPage, PlanLinkInvalidPage, PlanStopInvalidPage, PlanStopPage, PlanStoppedPage } from './views/plan-link.page.js';
import { PlanDayPage } from './views/plan-day.page.js';
import { SubscriptionPage } from './views/subscription.page.js';

export interface SubscriptionRouteOptions {
  readonly subscriptions: SubscriptionService;
  readonly scripture: Pick<ScriptureServices, 'passages' | 'translations'>;
  readonly links: PlanLinkTokens;
  readonly baseUrl: string;
}

type TokenRequest = FastifyRequest<{ Params: { token: string; day?: string }; Querystring: Record<string, string | undefined> }>;

function privatePage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').header('referrer-policy', 'no-referrer');
}

export const subscriptionRoutes: FastifyPluginAsync<SubscriptionRouteOptions> = async (app, { subscriptions, scripture, links, baseUrl }) => {
  const site = baseUrl.replace(/\/+$/, '');
  const config = { access: planPolicy.access('follow') };
  // The mail client's one-click POST carries no CSRF token by design (RFC 8058); the signed token is the proof.
  const oneClick = { access: planPolicy.access('follow'), csrf: false };
  // Some mail clients send the one-click POST as multipart/form-data; its body says nothing we need.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));

  /** The subscription of a private link; a link that opens none answers the 404 page (or JSON 404). */
  async function open(request: TokenRequest, reply: FastifyReply): Promise<SubscriptionView | null> {
    privatePage(reply);
    try {
      return await subscriptions.open(request.params.token, request.locale);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_FOUND' || wantsJson(request)) throw err;
      await reply.code(404).page(<PlanLinkInvalidPage ctx={request.pageContext()} />);
      return null;
    }
  }

  async function overview(request: TokenRequest, reply: FastifyReply, sub: SubscriptionView, extra: { errors?: Record<string, string>; values?: { translation: string; reminders: boolean; timeZone: string } } = {}) {
    const translations = await scripture.translations.list({ locale: request.locale });
    const q = request.query;
    return reply.code(extra.errors ? 400 : 200).page(
      <SubscriptionPage ctx={request.pageContext()} token={request.params.token} subscription={sub} translations={translations} started={q.started !== undefined} finished={q.finished !== undefined} saved={q.saved !== undefined} {...extra} />,
    );
  }

  /**
   * One day of a subscription. The private link and the daily email's link open the same page; they differ
   * in the mode (where its links and forms lead) and in the banner after a day is marked done: `justDone`
   * names that day, and `onwards` is the email's way on to the next (public) day.
   */
  async function dayPage(
    request: TokenRequest,
    reply: FastifyReply,
    sub: SubscriptionView,
    day: number,
    view: { kind: 'subscription' | 'email'; justDone?: number; onwards?: { label: string; href: string } },
  ) {
    const loaded = await loadDay(scripture, request.locale, sub.plan, day, request.query.translation, sub.translation);
    const m = planMessages(request.locale);
    const banner = view.justDone === undefined ? undefined : { title: m('day.doneBanner', { day: view.justDone, done: sub.done.length, total: sub.plan.days.length }), onwards: view.onwards };
    return reply.page(
      <PlanDayPage
        ctx={request.pageContext()}
        plan={sub.plan}
        day={day}
        {...loaded}
        chosen={request.query.translation ? loaded.translation : undefined}
        mode={{ kind: view.kind, token: request.params.token, done: sub.done.includes(day), progress: progressOf(sub), today: day === sub.today }}
        banner={banner}
      />,
    );
  }

  app.get('/plans/s/:token', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    return overview(request, reply, sub);
  });

  app.post('/plans/s/:token/settings', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    const values = { translation: field(request.body, 'translation').slice(0, 20), reminders: field(request.body, 'reminders') === 'yes', timeZone: field(request.body, 'timeZone').slice(0, 64) };
    try {
      await subscriptions.updateSettings(sub, values);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      return overview(request, reply, sub, { errors: describePlanProblems(request.locale, problems, ['translation', 'reminders', 'timeZone']), values });
    }
    return reply.redirect(`${localePath(request.locale, PLAN_PATHS.subscription(request.params.token))}?saved=1`, 303);
  });

  app.post('/plans/s/:token/delete', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    await subscriptions.remove(sub);
    return reply.page(<PlanDeletedPage ctx={request.pageContext()} />);
  });

  app.get('/plans/s/:token/day/:day', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    const day = dayNumber(sub.plan, request.params.day ?? '');
    const doneDay = Number(request.query.done);
    return dayPage(request, reply, sub, day, { kind: 'subscription', justDone: Number.isInteger(doneDay) && sub.done.includes(doneDay) ? doneDay : undefined });
  });

  app.post('/plans/s/:token/day/:day/done', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    const day = dayNumber(sub.plan, request.params.day ?? '');
    const after = await subscriptions.markDone(sub, day);
    const token = request.params.token;
    const translation = field(request.body, 'translation').slice(0, 20);
    if (after.nextAfter === null) return reply.redirect(`${localePath(request.locale, PLAN_PATHS.subscription(token))}?finished=1`, 303);
    const query = new URLSearchParams({ done: String(day), ...(translation ? { translation } : {}) });
    return reply.redirect(`${localePath(request.locale, PLAN_PATHS.subscriptionDay(token, after.nextAfter))}?${query}`, 303);
  });

  app.post('/plans/s/:token/day/:day/undo', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    const day = dayNumber(sub.plan, request.params.day ?? '');
    await subscriptions.undo(sub, day);
    return reply.redirect(localePath(request.locale, PLAN_PATHS.subscriptionDay(request.params.token, day)), 303);
  });

  app.get('/plans/s/:token/calendar.ics', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const sub = await open(request, reply);
    if (!sub) return reply;
    const m = planMessages(request.locale);
    const body = planCalendar({
      name: sub.plan.title,
      start: sub.startDate,
      uidPrefix: `subscription-${sub.id}`,
      host: new URL(site).hostname,
      now: new Date(),
      days: sub.plan.days.map((d) => {
        const reading = readingLabel(d.osis, request.locale);
        return {
          day: d.day,
          summary: m('ics.summary', { day: d.day, reading }),
          description: m('ics.description', { plan: sub.plan.title, day: d.day, total: sub.plan.days.length }),
          url: site + localePath(request.locale, PLAN_PATHS.subscriptionDay(request.params.token, d.day)),
        };
      }),
    });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="reading-plan.ics"').send(body);
  });

  // The daily email's link: one day of one subscription, to read and mark done.
  async function emailDay(request: TokenRequest, reply: FastifyReply): Promise<{ sub: SubscriptionView; day: number } | null> {
    privatePage(reply);
    const verified = links.verify(request.params.token, 'day');
    const link = verified?.purpose === 'day' ? verified : null;
    const sub = link ? await subscriptions.byId(link.subscriptionId, request.locale) : null;
    if (!link || !sub || link.day > sub.plan.days.length) {
      if (wantsJson(request)) throw new AppError('NOT_FOUND', 'This plan link is not valid.');
      await reply.code(404).page(<PlanLinkInvalidPage ctx={request.pageContext()} />);
      return null;
    }
    return { sub, day: link.day };
  }

  app.get('/plans/d/:token', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const found = await emailDay(request, reply);
    if (!found) return reply;
    const { sub, day } = found;
    const m = planMessages(request.locale);
    return dayPage(request, reply, sub, day, {
      kind: 'email',
      justDone: request.query.done !== undefined && sub.done.includes(day) ? day : undefined,
      onwards: day < sub.plan.days.length ? { label: m('day.onwards', { day: day + 1 }), href: localePath(request.locale, PLAN_PATHS.day(sub.plan.slug, day + 1)) } : undefined,
    });
  });

  app.post('/plans/d/:token/done', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    const found = await emailDay(request, reply);
    if (!found) return reply;
    await subscriptions.markDone(found.sub, found.day);
    const translation = field(request.body, 'translation').slice(0, 20);
    const query = new URLSearchParams({ done: '1', ...(translation ? { translation } : {}) });
    return reply.redirect(`${localePath(request.locale, PLAN_PATHS.emailDay(request.params.token))}?${query}`, 303);
  });

  // One-click stop: GET shows a button (mail scanners open links), POST stops the plan's daily emails.
  app.get('/plans/unsubscribe/:token', { schema: { hide: true }, config }, async (request: TokenRequest, reply) => {
    privatePage(reply);
    const link = links.verify(request.params.token, 'stop');
    const sub = link ? await subscriptions.byId(link.subscriptionId, request.locale) : null;
    if (!sub) return reply.code(404).page(<PlanStopInvalidPage ctx={request.pageContext()} />);
    return reply.page(<PlanStopPage ctx={request.pageContext()} plan={sub.plan.title} action={localePath(request.locale, PLAN_PATHS.stop(request.params.token))} />);
  });

  app.post('/plans/unsubscribe/:token', { schema: { hide: true }, config: oneClick }, async (request: TokenRequest, reply) => {
    privatePage(reply);
    const link = links.verify(request.params.token, 'stop');
    const sub = link ? await subscriptions.stopEmails(link.subscriptionId) : null;
    if (!sub) {
      if (wantsJson(request)) throw new AppError('NOT_FOUND', 'This link is not valid.');
      return reply.code(404).page(<PlanStopInvalidPage ctx={request.pageContext()} />);
    }
    if (wantsJson(request)) return { status: 'unsubscribed' };
    return reply.page(<PlanStoppedPage ctx={request.pageContext()} plan={sub.plan.title} />);
  });
};
