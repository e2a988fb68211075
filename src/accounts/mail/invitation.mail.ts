import type { Role } from '../../platform/auth/actor.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import type { MailContent } from '../../platform/mail/compose-mail.js';

/** Roles as words in a sentence: "intercessor and pastor". */
export function roleList(locale: Locale, roles: readonly Role[]): string {
  const t = translator(locale);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(roles.map((r) => t(`role.${r}`)));
}

/** The invitation email: who invited, as what, the link, when it expires, why this arrived. */
export function invitationMail(input: { locale: Locale; inviter: string | null; roles: readonly Role[]; url: string; expiresAt: string }): MailContent {
  const t = translator(input.locale);
  const date = new Intl.DateTimeFormat(input.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(input.expiresAt));
  return {
    locale: input.locale,
    subject: t('mail.invite.subject'),
    greeting: t('mail.greeting'),
    paragraphs: [
      input.inviter ? t('mail.invite.body', { inviter: input.inviter, roles: roleList(input.locale, input.roles) }) : t('mail.invite.bodyNoInviter', { roles: roleList(input.locale, input.roles) }),
      t('mail.invite.next'),
    ],
    action: { label: t('mail.invite.action'), url: input.url },
    after: [t('mail.invite.expiry', { date })],
    reason: t('mail.invite.reason'),
  };
}
