import type { Locale } from '../../../platform/i18n/locale.js';

const unit = (locale: Locale, u: 'minute' | 'hour' | 'day', n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);

/** A duration as people say it: "42 minutes", "5 hours 10 minutes", "3 days 4 hours" (in `locale`). */
export function formatDuration(locale: Locale, seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit(locale, 'minute', minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0 ? unit(locale, 'hour', hours) : `${unit(locale, 'hour', hours)} ${unit(locale, 'minute', rest)}`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest === 0 ? unit(locale, 'day', days) : `${unit(locale, 'day', days)} ${unit(locale, 'hour', rest)}`;
}
