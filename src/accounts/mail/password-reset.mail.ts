import type { Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import { mailGreeting, type MailContent } from '../../platform/mail/compose-mail.js';

/** The password-reset email: the link, how long it works, what to do if it was not you, why it arrived. */
export function passwordResetMail(input: { locale: Locale; name: string; url: string }): MailContent {
  const t = translator(input.locale);
  return {
    locale: input.locale,
    subject: t('mail.reset.subject'),
    greeting: mailGreeting(input.locale, input.name),
    paragraphs: [t('mail.reset.body')],
    action: { label: t('mail.reset.action'), url: input.url },
    after: [t('mail.reset.expiry'), t('mail.reset.ignore')],
    reason: t('mail.reset.reason'),
  };
}
