/** Small helpers the notification emails share: plurals, dates, category names, crisis kinds. */
import type { Locale } from '../../../platform/i18n/locale.js';
import { translator, type AnyMessageKey } from '../../../platform/i18n/translate.js';
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
