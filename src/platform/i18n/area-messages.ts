import type { Locale } from './locale.js';

/** Looks up one message of an area in one locale, filling `{name}` placeholders (numbers through Intl). */
export type AreaTranslate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * Messages an area keeps beside its code rather than in the shared catalogue (articles, plans, the church
 * directory): English and Spanish tables with the same keys, and a translate function per locale. A key
 * missing in Spanish (impossible by the table's type, but not for keys built at run time) falls back to English.
 */
export function areaMessages<K extends string>(en: Readonly<Record<K, string>>, es: Readonly<Record<K, string>>) {
  return {
    /** The area's messages in `locale`. */
    translate(locale: Locale): AreaTranslate<K> {
      const catalogue = locale === 'es' ? es : en;
      const numbers = new Intl.NumberFormat(locale);
      return (key, params) => {
        const template = catalogue[key] ?? en[key];
        if (!params) return template;
        return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const value = params[name];
          if (value === undefined) return whole;
          return typeof value === 'number' ? numbers.format(value) : value;
        });
      };
    },
    /** Is `key` one of the area's messages (for problem codes built at run time)? */
    has(key: string): key is K {
      return Object.prototype.hasOwnProperty.call(en, key);
    },
  };
}
