/** Small helpers the notification emails share: plurals, dates, category names, crisis kinds. */
import type { Locale } from '../../../platform/i18n/locale.js';
import { translator, type AnyMessageKey } from '../../../platform/i18n/translate.js';
import { mailGreeting, type MailContent } from '../../../platform/mail/compose-mail.js';
import type { Category } from '../../prayer.types.js';

/** The `.one` or `.other` form of a message for `count`, by the language's plural rules. */
export function plural(locale: Locale, key: string, count: number, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translator(locale)(`${key}.${form}` as AnyMessageKey, { ...params, count });
}

/** A date as people read it ("26 November 2026"), in UTC since emails cannot know the reader's zone. */
export function mailDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** A date and time with the zone named. */
export function mailDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}

/** What a request is about, as words in a sentence. */
export function categoryWords(locale: Locale, category: Category): string {
  return translator(locale)(`notify.category.${category}` as AnyMessageKey);
}

/** Crisis kinds as words: "self-harm or suicide and abuse". */
export function crisisWords(locale: Locale, kinds: readonly string[]): string {
  const t = translator(locale);
  const known = ['danger', 'self_harm', 'abuse'].filter((k) => kinds.includes(k));
  const words = (known.length ? known : ['danger']).map((k) => t(`notify.crisisKind.${k}` as AnyMessageKey));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words);
}

/** The messages one area words its pastors' crisis alert with; `body` takes `{time}` and `{kinds}`. */
export interface CrisisAlertKeys {
  readonly subject: AnyMessageKey;
  readonly body: AnyMessageKey;
  readonly private: AnyMessageKey;
  readonly action: AnyMessageKey;
}

/**
 * To a pastor: something a person wrote carries crisis language — when, what kind, and a link to it,
 * never their words. Sent under the crisis-alerts setting, so with its reason and its unsubscribe link.
 */
export function pastorCrisisMail(
  input: { locale: Locale; name: string | null; site: string; kinds: readonly string[]; at: string; url: string; unsubscribeUrl: string },
  keys: CrisisAlertKeys,
): MailContent {
  const t = translator(input.locale);
  return {
    locale: input.locale,
    subject: t(keys.subject),
    greeting: mailGreeting(input.locale, input.name),
    paragraphs: [t(keys.body, { time: mailDateTime(input.locale, input.at), kinds: crisisWords(input.locale, input.kinds) }), t(keys.private)],
    action: { label: t(keys.action), url: input.url },
    reason: t('notify.crisis.reason', { site: input.site }),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
