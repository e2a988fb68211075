import type { Locale } from '../../../platform/i18n/locale.js';

/** "5 January 2025" / "5 de enero de 2025" (UTC, as publish dates are given). */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** "5 January 2025, 09:30 UTC". */
export function formatMoment(iso: string, locale: Locale): string {
  return `${new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

/** The value a publish-date field shows: `2025-01-05` at midnight UTC, else `2025-01-05T09:30`. */
export function publishFieldValue(iso: string | null): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time === '00:00' && iso.slice(16, 19) === ':00' ? day : `${day}T${time}`;
}

/** Path of an article page, and of a topic page. */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const tagPath = (tag: string) => `/articles/tags/${encodeURIComponent(tag)}`;
