/** The one email a story's writer may receive: "your story is published", in the story's language. */
import type { MailContent } from '../../platform/mail/compose-mail.js';
import { translator } from '../../platform/i18n/translate.js';
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
