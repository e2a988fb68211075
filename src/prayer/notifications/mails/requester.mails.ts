/** The emails a requester receives: the confirmation with the private link, the first prayer, the daily digest. */
import type { Locale } from '../../../platform/i18n/locale.js';
import { translator } from '../../../platform/i18n/translate.js';
import { mailGreeting, type MailContent } from '../../../platform/mail/compose-mail.js';
import { mailDate, plural } from './mail-format.js';

/** A verse as an email quotes it. */
export interface QuotedVerse {
  /** "John 3:16" in the reader's language, or the OSIS id when the Bible text is not installed. */
  readonly reference: string;
  readonly text: string | null;
}

/** A word of encouragement and its verse, as the requester may see them. */
export interface Encouragement {
  readonly note: string | null;
  readonly verse: QuotedVerse | null;
}

interface Common {
  readonly locale: Locale;
  readonly firstName: string | null;
  readonly site: string;
  readonly unsubscribeUrl: string;
}

function verseLine(locale: Locale, verse: QuotedVerse): string {
  return verse.text ? translator(locale)('notify.verseLine', { reference: verse.reference, text: verse.text }) : verse.reference;
}

/** "We received your prayer request", with the private link (and crisis lines when the request needed them). */
export function confirmationMail(input: Common & { manageUrl: string; crisisResources: ReadonlyArray<{ name: string; contact: string }> }): MailContent {
  const t = translator(input.locale);
  const crisis = input.crisisResources.length ? [t('notify.confirm.crisis'), ...input.crisisResources.map((r) => `${r.name}: ${r.contact}`)] : [];
  return {
    locale: input.locale,
    subject: t('notify.confirm.subject'),
    greeting: mailGreeting(input.locale, input.firstName),
    paragraphs: [...crisis, t('notify.confirm.body'), t('notify.confirm.link')],
    action: { label: t('notify.confirm.action'), url: input.manageUrl },
    after: [t('notify.confirm.next')],
    reason: t('notify.confirm.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** "Someone prayed for you", at once after the first prayer, with its note and verse when visible. */
export function firstPrayerMail(input: Common & { encouragement: Encouragement }): MailContent {
  const t = translator(input.locale);
  const { note, verse } = input.encouragement;
  return {
    locale: input.locale,
    subject: t('notify.first.subject'),
    greeting: mailGreeting(input.locale, input.firstName),
    paragraphs: [
      t('notify.first.body'),
      ...(note ? [t('notify.first.note'), t('notify.quote', { text: note })] : []),
      ...(verse ? [t('notify.first.verse'), verseLine(input.locale, verse)] : []),
    ],
    after: [t('notify.first.next')],
    reason: t('notify.requester.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** Most notes one digest quotes; the rest are on the requester's page. */
export const DIGEST_NOTES = 5;

/** The daily digest: how many more prayed since the last email, and a few of their notes. */
export function requesterDigestMail(input: Common & { since: string; team: number; visitors: number; encouragements: readonly Encouragement[] }): MailContent {
  const t = translator(input.locale);
  const total = input.team + input.visitors;
  const date = mailDate(input.locale, input.since);
  const quoted = input.encouragements.filter((e) => e.note || e.verse).slice(0, DIGEST_NOTES);
  const lines = quoted.flatMap((e) => [...(e.note ? [t('notify.quote', { text: e.note })] : []), ...(e.verse ? [verseLine(input.locale, e.verse)] : [])]);
  return {
    locale: input.locale,
    subject: plural(input.locale, 'notify.digest.subject', total),
    greeting: mailGreeting(input.locale, input.firstName),
    paragraphs: [
      ...(input.team > 0 ? [plural(input.locale, 'notify.digest.team', input.team, { date })] : []),
      ...(input.visitors > 0 ? [plural(input.locale, 'notify.digest.visitors', input.visitors)] : []),
      ...(lines.length ? [t('notify.digest.notes'), ...lines] : []),
    ],
    after: [t('notify.digest.more'), t('notify.digest.rhythm')],
    reason: t('notify.requester.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
