/** The one email a story's writer may receive: "your story is published", in the story's language. */
import type { Locale } from '../../platform/i18n/locale.js';
import type { MailContent } from '../../platform/mail/compose-mail.js';
import { translator } from '../../platform/i18n/translate.js';
import { pastorCrisisMail } from '../../prayer/notifications/mails/mail-format.js';
import type { StoryLanguage } from './story.js';

/** What the message needs. */
export interface PublishedMailInput {
  readonly language: StoryLanguage;
  readonly title: string | null;
  /** The public page of the story. */
  readonly storyUrl: string;
  /** One-click unsubscribe: forgets the address (it is deleted after this message anyway). */
  readonly unsubscribeUrl: string;
  /** The site's host, named in why the person receives this. */
  readonly site: string;
}

/** "Your story is published", with why the person receives it and one-click unsubscribe. */
export function storyPublishedMail(input: PublishedMailInput): MailContent {
  const t = translator(input.language);
  return {
    locale: input.language,
    subject: input.title ? t('stories.mail.subjectTitled', { title: input.title }) : t('stories.mail.subject'),
    paragraphs: [t('stories.mail.body')],
    action: { label: t('stories.mail.action'), url: input.storyUrl },
    after: [t('stories.mail.forget')],
    reason: t('stories.mail.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** What a pastor's alert about a story with crisis language needs. */
export interface StoryCrisisMailInput {
  readonly locale: Locale;
  readonly name: string;
  readonly kinds: readonly string[];
  readonly at: string;
  /** The stories' moderation page. */
  readonly url: string;
  readonly unsubscribeUrl: string;
  readonly site: string;
}

/** "A shared story needs a pastor": what kind of language, when, and where — never the writer's words. */
export function storyCrisisMail(input: StoryCrisisMailInput): MailContent {
  // The same alerts setting as for prayer requests, so the same reason and the same unsubscribe.
  return pastorCrisisMail(input, { subject: 'stories.crisisMail.subject', body: 'stories.crisisMail.body', private: 'stories.crisisMail.private', action: 'stories.crisisMail.action' });
}
