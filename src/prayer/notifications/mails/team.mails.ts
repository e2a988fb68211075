/** The emails the prayer team receives: the daily digest, crisis alerts for pastors, coverage alerts for moderators. */
import type { Locale } from '../../../platform/i18n/locale.js';
import { translator } from '../../../platform/i18n/translate.js';
import { mailGreeting, type MailContent } from '../../../platform/mail/compose-mail.js';
import type { Category } from '../../prayer.types.js';
import { categoryWords, crisisWords, mailDateTime, plural } from './mail-format.js';

interface Common {
  readonly locale: Locale;
  readonly name: string;
  readonly site: string;
  readonly unsubscribeUrl: string;
}

/** A running commitment as the digest lists it (no request text: emails leave the covenant's protection). */
export interface CommitmentLine {
  readonly category: Category;
  readonly day: number;
  readonly days: number;
}

/** News on a request the person prayed for, with the page where they can read it. */
export interface NewsLine {
  readonly category: Category;
  readonly kind: 'update' | 'answer' | 'closed';
  readonly url: string;
}

/** What waits for moderators, each with its page: requests, flags and held notes; stories; church listings. */
export interface ModerationLine {
  readonly pending: number;
  readonly flags: number;
  readonly notes: number;
  readonly url: string;
  readonly stories: number;
  readonly storiesUrl: string;
  readonly churches: number;
  readonly churchesUrl: string;
}

/** The one daily email of a team member: commitments to keep praying, news, and the moderation queue. */
export function teamDigestMail(
  input: Common & {
    commitments: readonly CommitmentLine[];
    commitmentsUrl: string;
    news: readonly NewsLine[];
    moderation: ModerationLine | null;
    prayUrl: string;
    accountUrl: string;
  },
): MailContent {
  const t = translator(input.locale);
  const { locale } = input;
  const paragraphs: string[] = [];
  if (input.commitments.length) {
    paragraphs.push(plural(locale, 'notify.team.commitments', input.commitments.length));
    for (const c of input.commitments) paragraphs.push(t('notify.team.commitmentItem', { category: categoryWords(locale, c.category), day: c.day, days: c.days }));
  }
  if (input.news.length) {
    paragraphs.push(t('notify.team.news'));
    for (const n of input.news) {
      const category = categoryWords(locale, n.category);
      paragraphs.push(n.kind === 'answer' ? t('notify.team.answered', { category, url: n.url }) : n.kind === 'update' ? t('notify.team.updated', { category, url: n.url }) : t('notify.team.closed', { category }));
    }
  }
  const moderation = input.moderation;
  // Only what waits is named: a digest with a story alone says nothing of requests.
  if (moderation && moderation.pending + moderation.flags + moderation.notes > 0) {
    paragraphs.push(t('notify.team.moderation', { pending: moderation.pending, flags: moderation.flags, notes: moderation.notes }));
    paragraphs.push(t('notify.team.moderationAction', { url: moderation.url }));
  }
  if (moderation && moderation.stories > 0) paragraphs.push(plural(locale, 'notify.team.stories', moderation.stories, { url: moderation.storiesUrl }));
  if (moderation && moderation.churches > 0) paragraphs.push(plural(locale, 'notify.team.churches', moderation.churches, { url: moderation.churchesUrl }));
  return {
    locale,
    subject: t('notify.team.subject'),
    greeting: mailGreeting(locale, input.name),
    paragraphs,
    action: input.commitments.length ? { label: t('notify.team.commitmentsAction'), url: input.commitmentsUrl } : { label: t('notify.team.action'), url: input.prayUrl },
    reason: t('notify.team.reason', { site: input.site, url: input.accountUrl }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** "Urgent: a prayer request needs a pastor" — what was found and where to look, never the person's words. */
export function crisisAlertMail(input: Common & { kinds: readonly string[]; at: string; url: string; source: 'request' | 'note' }): MailContent {
  const t = translator(input.locale);
  const params = { time: mailDateTime(input.locale, input.at), kinds: crisisWords(input.locale, input.kinds) };
  return {
    locale: input.locale,
    subject: t('notify.crisis.subject'),
    greeting: mailGreeting(input.locale, input.name),
    paragraphs: [input.source === 'note' ? t('notify.crisis.note', params) : t('notify.crisis.body', params), t('notify.crisis.private')],
    action: { label: t('notify.crisis.action'), url: input.url },
    reason: t('notify.crisis.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** "N requests are waiting for their first prayer", once per request, to moderators. */
export function coverageAlertMail(input: Common & { count: number; hours: number; oldest: string; url: string }): MailContent {
  const t = translator(input.locale);
  return {
    locale: input.locale,
    subject: plural(input.locale, 'notify.coverage.subject', input.count),
    greeting: mailGreeting(input.locale, input.name),
    paragraphs: [plural(input.locale, 'notify.coverage.body', input.count, { hours: input.hours }), t('notify.coverage.oldest', { time: mailDateTime(input.locale, input.oldest) }), t('notify.coverage.ask')],
    action: { label: t('notify.coverage.action'), url: input.url },
    reason: t('notify.coverage.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
