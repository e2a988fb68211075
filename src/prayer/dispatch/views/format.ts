import type { Locale } from '../../../platform/i18n/locale.js';
import type { Translate } from '../../../platform/i18n/translate.js';

/** A time of day as people read it, with the zone named (the server does not know the reader's zone). */
export function formatTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(iso));
}

/** How many times a request was prayed for, in words. */
export function prayedTimes(t: Translate, locale: Locale, count: number): string {
  if (count === 0) return t('intercede.meta.prayedNone');
  return new Intl.PluralRules(locale).select(count) === 'one' ? t('intercede.meta.prayedOne') : t('intercede.meta.prayedOther', { count });
}
