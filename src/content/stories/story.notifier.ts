/**
 * Delivers the stories' events. `story.published`: the writer hears once that their story is published,
 * then their address is deleted in the same step that records the message as sent — the address was only
 * for this. `story.crisis`: every pastor with crisis alerts on hears at once that a story waits for them,
 * with none of its words.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import type { UserService } from '../../accounts/user.service.js';
import { wantsNotification } from '../../accounts/notification-preferences.js';
import { isLocale } from '../../platform/i18n/locale.js';
import { NOTIFICATIONS_ACTOR } from '../../prayer/notifications/notification-deps.js';
import { NOTIFICATION_PATHS } from '../../prayer/notifications/notification-links.js';
import { field, listField } from '../../prayer/notifications/payload.js';
import type { UnsubscribeTokens } from '../../prayer/notifications/unsubscribe-token.js';
import { storyCrisisMail, storyPublishedMail } from './story.mail.js';
import { STORY_PATHS } from './story.paths.js';
import { StoryRepository } from './story.repository.js';
import { STORY_CRISIS_TOPIC, STORY_PUBLISHED_TOPIC } from './story.service.js';

/** What the stories' handlers need. */
export interface StoryNotificationDeps {
  readonly db: Kysely<Tables>;
  readonly baseUrl: string;
  /** Pastors to alert. */
  readonly users: Pick<UserService, 'activeWithRole'>;
  /** Signs the pastors' one-click unsubscribe links (the prayer area's, stopping crisis alerts). */
  readonly tokens: UnsubscribeTokens;
}

/** Registers the stories' outbox handlers on `worker`. */
export function registerStoryNotifications(worker: OutboxWorker, deps: StoryNotificationDeps): void {
  const base = deps.baseUrl.replace(/\/+$/, '');
  // The unsubscribe link's secret is dropped from the outbox row once the event is done.
  worker.register(
    STORY_PUBLISHED_TOPIC,
    async (ctx) => {
      const storyId = field(ctx.payload, 'storyId');
      const token = field(ctx.payload, 'unsubscribeToken');
      const story = await new StoryRepository(deps.db).forPublicationMail(storyId);
      // Unsubscribed, already told, or unpublished meanwhile: nothing to say.
      if (!story || story.status !== 'approved') return;
      const mail = storyPublishedMail({
        language: story.language,
        title: story.title,
        storyUrl: base + localePath(story.language, STORY_PATHS.story(storyId)),
        unsubscribeUrl: base + localePath(story.language, STORY_PATHS.unsubscribe(token)),
        site: new URL(base).host,
      });
      await ctx.mail('writer', composeMail(story.email, mail), async (trx) => new StoryRepository(trx).forgetEmail(storyId));
    },
    { secretFields: ['unsubscribeToken'] },
  );

  worker.register(STORY_CRISIS_TOPIC, async (ctx) => {
    const storyId = field(ctx.payload, 'storyId');
    const kinds = listField(ctx.payload, 'kinds');
    const people = await deps.users.activeWithRole(NOTIFICATIONS_ACTOR, 'pastor');
    const pastors = people.filter((p) => wantsNotification(p, 'crisisAlerts'));
    if (pastors.length === 0) ctx.log.warn({ event: ctx.id, storyId }, 'a story crisis alert found no pastor to email; it waits on the stories page');
    for (const pastor of pastors) {
      const locale = isLocale(pastor.locale) ? pastor.locale : 'en';
      const mail = storyCrisisMail({
        locale,
        name: pastor.name,
        kinds,
        at: ctx.createdAt,
        url: base + localePath(locale, STORY_PATHS.moderation),
        unsubscribeUrl: base + localePath(locale, NOTIFICATION_PATHS.unsubscribe(deps.tokens.issue({ kind: 'user', userId: pastor.id, notifications: ['crisisAlerts'] }))),
        site: new URL(base).host,
      });
      await ctx.mail(`pastor:${pastor.id}`, composeMail(pastor.email, mail));
    }
  });
}
