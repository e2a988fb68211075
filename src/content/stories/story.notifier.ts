/**
 * Delivers `story.published`: the writer hears once that their story is published, then their address
 * is deleted in the same step that records the message as sent — the address was only for this.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { field } from '../../prayer/notifications/payload.js';
import { storyPublishedMail } from './story.mail.js';
import { StoryRepository } from './story.repository.js';
import { STORY_PUBLISHED_TOPIC } from './story.service.js';

/** Paths of the stories area that mails link to. */
export const STORY_PATHS = {
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  unsubscribe: (token: string) => `/stories/unsubscribe/${encodeURIComponent(token)}`,
} as const;

/** Registers the stories' outbox handler on `worker`. */
export function registerStoryNotifications(worker: OutboxWorker, deps: { readonly db: Kysely<Tables>; readonly baseUrl: string }): void {
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
}
