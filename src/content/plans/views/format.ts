import type { Locale } from '../../../platform/i18n/locale.js';

/** "5 January 2025" / "5 de enero de 2025" for a YYYY-MM-DD date or an ISO time (UTC). */
export function formatDate(date: string, locale: Locale): string {
  const at = date.length === 10 ? `${date}T00:00:00Z` : date;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));
}
