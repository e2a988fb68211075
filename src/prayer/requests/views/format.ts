import type { Locale } from '../../../platform/i18n/locale.js';

/** A date as people read it in their language (UTC: the server does not know the reader's time zone). */
export function formatDay(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** The plural category of `count` in `locale` that our catalogues spell out: `one` or `other`. */
export function pluralOf(locale: Locale, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
