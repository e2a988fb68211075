/**
 * Wires responses into the outbox worker: each journey step's email, the pastors' crisis alert, the
 * scheduling job that takes due steps, and the purge of responses' personal data.
 */
import type { Kysely } from 'kysely';
import type { UserService } from '../../accounts/user.service.js';
import { wantsNotification } from '../../accounts/notification-preferences.js';
import type { Tables } from '../../platform/db/tables.js';
import { isLocale } from '../../platform/i18n/locale.js';
import type { OutboxHandler, OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { NOTIFICATIONS_ACTOR } from '../../prayer/notifications/notification-deps.js';
import { NOTIFICATION_PATHS, type NotificationLinks } from '../../prayer/notifications/notification-links.js';
import { field } from '../../prayer/notifications/payload.js';
import type { UnsubscribeTokens } from '../../prayer/notifications/unsubscribe-token.js';
import { JourneyRepository } from './journey.repository.js';
import { journeyMail, JOURNEY_LINKS, responseCrisisMail } from './journey.mails.js';
import type { JourneyService } from './journey.service.js';
import { enabledSteps, JOURNEY_STEP_KEYS, type JourneyStepKey } from './journey.steps.js';
import { JOURNEYS_EVERY_MS, PURGE_EVERY_MS, RESPONSE_JOBS, RESPONSE_TOPICS } from './journey.topics.js';
import { ResponseLifecycle } from './response.lifecycle.js';
import { SettingsRepository } from '../../prayer/settings/settings.repository.js';

/** What the handlers need from the process. */
export interface ResponseJobDeps {
  readonly db: Kysely<Tables>;
  readonly users: Pick<UserService, 'activeWithRole'>;
  readonly links: NotificationLinks;
  readonly tokens: UnsubscribeTokens;
  readonly journeys: JourneyService;
}

/** Path of a response on the pastors' pages. */
export function pastoralResponsePath(id: string): string {
  return `/pastoral/responses/${encodeURIComponent(id)}`;
}

/** Registers the journey and response topics and schedules their jobs on `worker`. */
export function registerResponseJobs(worker: OutboxWorker, deps: ResponseJobDeps): void {
  /** `journey.step`: the step's email, unless the journey was stopped (or its data purged) since it was scheduled. */
  const step: OutboxHandler = async (ctx) => {
    const journeyId = field(ctx.payload, 'journeyId');
    const key = field(ctx.payload, 'step') as JourneyStepKey;
    if (!(JOURNEY_STEP_KEYS as readonly string[]).includes(key)) return;
    const person = await new JourneyRepository(deps.db).recipient(journeyId);
    if (!person || person.status === 'stopped' || !person.email) return;
    const steps = enabledSteps(await deps.journeys.steps());
    const position = Math.max(1, steps.findIndex((s) => s.key === key) + 1);
    const link = JOURNEY_LINKS[key](person.language);
    const mail = journeyMail({
      locale: person.language,
      step: key,
      kind: person.kind,
      firstName: person.firstName,
      site: deps.links.site(),
      actionUrl: link ? deps.links.url(person.language, link) : null,
      position,
      total: Math.max(position, steps.length),
      fromArticle: person.articleTitle !== null,
      unsubscribeUrl: deps.links.url(person.language, NOTIFICATION_PATHS.unsubscribe(deps.tokens.issue({ kind: 'journey', journeyId }))),
    });
    await ctx.mail('responder', composeMail(person.email, mail));
  };

  /** `response.crisis`: every pastor who wants crisis alerts, at once, with a link and none of the words. */
  const crisis: OutboxHandler = async (ctx) => {
    const responseId = field(ctx.payload, 'responseId');
    const kinds = Array.isArray(ctx.payload.kinds) ? (ctx.payload.kinds as unknown[]).filter((k): k is string => typeof k === 'string') : [];
    const pastors = (await deps.users.activeWithRole(NOTIFICATIONS_ACTOR, 'pastor')).filter((p) => wantsNotification(p, 'crisisAlerts'));
    if (pastors.length === 0) ctx.log.warn({ event: ctx.id }, 'a response crisis alert found no pastor to email; it waits on the responses page');
    for (const pastor of pastors) {
      const locale = isLocale(pastor.locale) ? pastor.locale : 'en';
      const mail = responseCrisisMail({
        locale,
        name: pastor.name,
        site: deps.links.site(),
        kinds,
        at: ctx.createdAt,
        url: deps.links.url(locale, pastoralResponsePath(responseId)),
        unsubscribeUrl: deps.links.url(locale, NOTIFICATION_PATHS.unsubscribe(deps.tokens.issue({ kind: 'user', userId: pastor.id, notifications: ['crisisAlerts'] }))),
      });
      await ctx.mail(`pastor:${pastor.id}`, composeMail(pastor.email, mail));
    }
  };

  const lifecycle = new ResponseLifecycle({ db: deps.db, settings: new SettingsRepository(deps.db) });
  worker.register(RESPONSE_TOPICS.journeyStep, step);
  worker.register(RESPONSE_TOPICS.crisis, crisis);
  worker.schedule(RESPONSE_JOBS.journeys, JOURNEYS_EVERY_MS, async (ctx) => {
    const report = await deps.journeys.runDue(ctx.now);
    if (report.sent + report.completed > 0) ctx.log.info({ ...report }, 'follow-up journeys: steps taken');
  });
  worker.schedule(RESPONSE_JOBS.purge, PURGE_EVERY_MS, async (ctx) => {
    const purged = await lifecycle.run(ctx.now);
    if (purged > 0) ctx.log.info({ purged }, 'responses: personal data purged');
  });
}
