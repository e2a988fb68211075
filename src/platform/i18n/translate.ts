import { type Locale } from './locale.js';
import { EN, ES, type AnyMessageKey } from './catalogues.js';
import type { MessageKey } from './messages.en.js';

const catalogues: Record<Locale, Record<AnyMessageKey, string>> = { en: EN, es: ES };

export type Translate = (key: AnyMessageKey, params?: Record<string, string | number>) => string;

/** A translator for one locale; `{name}` placeholders are filled from params, numbers formatted by Intl. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = catalogue[key] ?? EN[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

export type { AnyMessageKey, MessageKey };
