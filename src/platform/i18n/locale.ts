/** Locales Intercede speaks, and how a request's locale is chosen. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Narrows a string to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header, by quality then order. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

/** Splits a leading `/en` or `/es` off a path, so `/es/pray` is the `/pray` page in Spanish. */
export function splitLocalePrefix(url: string): { locale: Locale | undefined; url: string } {
  const match = /^\/(en|es)(?=\/|\?|$)/.exec(url);
  if (!match) return { locale: undefined, url };
  const rest = url.slice(match[0].length);
  return { locale: match[1] as Locale, url: rest === '' || rest.startsWith('?') ? `/${rest}` : rest };
}

/** The path of a page in a locale: English pages live at the root, others under their prefix. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path === '/' ? '' : path}`;
}
