// The two emails of reading plans, as MailContent (composeMail writes the text and HTML parts).
import type { Locale } from '../../platform/i18n/locale.js';
import type { MailContent } from '../../platform/mail/compose-mail.js';
import { planMessages } from './plans.messages.js';

/** The private link, sent once when someone starts a plan with an email. */
export function subscribedMail(input: { locale: Locale; plan: string; days: number; reminders: boolean; url: string; unsubscribeUrl: string }): MailContent {
  const m = planMessages(input.locale);
  return {
    locale: input.locale,
    subject: m('mail.subscribed.subject', { plan: input.plan }),
    paragraphs: [m('mail.subscribed.intro', { plan: input.plan, days: input.days }), ...(input.reminders ? [m('mail.subscribed.reminders')] : [])],
    action: { label: m('mail.subscribed.action'), url: input.url },
    reason: m('mail.subscribed.reason'),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** One day's reading: the reference, the text (or its beginning) and a link to read and mark it done. */
export function dailyMail(input: {
  locale: Locale;
  plan: string;
  day: number;
  total: number;
  reading: string;
  text: string | null;
  cut: boolean;
  url: string;
  unsubscribeUrl: string;
}): MailContent {
  const m = planMessages(input.locale);
  return {
    locale: input.locale,
    subject: m('mail.daily.subject', { day: input.day, reading: input.reading, plan: input.plan }),
    paragraphs: [m('mail.daily.intro', { plan: input.plan, day: input.day, total: input.total, reading: input.reading }), ...(input.text ? [input.text] : []), ...(input.cut ? [m('mail.daily.more')] : [])],
    action: { label: m('mail.daily.action', { day: input.day }), url: input.url },
    reason: m('mail.daily.reason', { plan: input.plan }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
