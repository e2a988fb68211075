// Where to send someone in crisis, per country, in the reader's language. Defaults cover the United States
// and Spain; a ministry elsewhere passes its own table. A wrong number is worse than none, so a locale
// whose country we do not know gets generic advice (local emergency number, a helpline directory) rather
// than another country's lines.

import { CRISIS_KIND_ORDER } from './crisis.detector.js';
import type { CrisisKind } from './crisis.lexicon.js';

/** A resource as shown to the person: already in their language. */
export interface CrisisResource {
  readonly name: string;
  readonly contact: string;
}

/** Text in each supported language. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

/** One configured resource. `kinds` lists what it serves, its main purpose first. */
export interface CrisisResourceEntry {
  readonly name: string | LocalizedText;
  readonly contact: string | LocalizedText;
  readonly kinds: readonly CrisisKind[];
}

/**
 * Resource lists keyed by ISO region ("US", "ES", "MX"), by full locale ("es-US") for a list specific to
 * one language in a country, or "*" for a locale whose region has no list.
 */
export type CrisisResourceTable = Readonly<Record<string, readonly CrisisResourceEntry[]>>;

/** Per-deployment settings: replacement lists (same keys as the table) and a region per bare language. */
export interface CrisisResourceOverrides {
  readonly resources?: CrisisResourceTable;
  /** Region assumed for a locale without one ("en" → "US", "es" → "ES" by default). */
  readonly defaultRegion?: Readonly<Partial<Record<string, string>>>;
}

// Every kind, immediate danger (the main purpose of an emergency number) first.
const ALL = CRISIS_KIND_ORDER;

/** Default resources for the United States, Spain, and anywhere else. */
export const DEFAULT_CRISIS_RESOURCES: CrisisResourceTable = {
  US: [
    {
      name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
      contact: {
        en: 'Call or text 988, or chat at 988lifeline.org (free, 24/7)',
        es: 'Llame o envíe un mensaje de texto al 988; oprima 2 para español (gratis, 24 horas)',
      },
      kinds: ['self_harm', 'abuse'],
    },
    {
      name: { en: 'Crisis Text Line', es: 'Crisis Text Line (línea de crisis por texto)' },
      contact: { en: 'Text HOME to 741741', es: 'Envíe HOME por mensaje de texto al 741741' },
      kinds: ['self_harm', 'abuse'],
    },
    {
      name: { en: 'National Domestic Violence Hotline', es: 'Línea Nacional contra la Violencia Doméstica' },
      contact: {
        en: 'Call 1-800-799-7233 or text START to 88788 (free, 24/7)',
        es: 'Llame al 1-800-799-7233, con atención en español (gratis, 24 horas)',
      },
      kinds: ['abuse', 'danger'],
    },
    {
      name: { en: 'RAINN National Sexual Assault Hotline', es: 'RAINN, Línea Nacional de Agresión Sexual' },
      contact: { en: 'Call 1-800-656-4673 (free, 24/7)', es: 'Llame al 1-800-656-4673 (gratis, 24 horas)' },
      kinds: ['abuse'],
    },
    {
      name: { en: 'Childhelp National Child Abuse Hotline', es: 'Childhelp, Línea Nacional de Abuso Infantil' },
      contact: { en: 'Call or text 1-800-422-4453 (free, 24/7)', es: 'Llame o escriba al 1-800-422-4453 (gratis, 24 horas)' },
      kinds: ['abuse'],
    },
    {
      name: { en: 'Emergency services', es: 'Emergencias' },
      contact: { en: 'Call 911 if you or someone else is in immediate danger', es: 'Llame al 911 si usted u otra persona corre peligro inmediato' },
      kinds: ALL,
    },
  ],
  ES: [
    {
      name: { en: '024 Suicidal Behaviour Helpline', es: 'Línea 024 de atención a la conducta suicida' },
      contact: { en: 'Call 024 (free, 24 hours, confidential)', es: 'Llame al 024 (gratuita, 24 horas, confidencial)' },
      kinds: ['self_harm'],
    },
    {
      name: { en: '016 Gender Violence Helpline', es: '016, atención a víctimas de violencia de género' },
      contact: {
        en: 'Call 016 (free, 24 hours; it does not appear on the phone bill)',
        es: 'Llame al 016 (gratuito, 24 horas; no aparece en la factura)',
      },
      kinds: ['abuse', 'danger'],
    },
    {
      name: { en: 'ANAR Helpline for Children and Teenagers', es: 'Teléfono ANAR de ayuda a niños y adolescentes' },
      contact: { en: 'Call 900 20 20 10 or 116 111 (free, 24 hours)', es: 'Llame al 900 20 20 10 o al 116 111 (gratuito, 24 horas)' },
      kinds: ['abuse'],
    },
    {
      name: { en: 'Emergency services', es: 'Emergencias' },
      contact: { en: 'Call 112 if you or someone else is in immediate danger', es: 'Llame al 112 si usted u otra persona corre peligro inmediato' },
      kinds: ALL,
    },
  ],
  '*': [
    {
      name: { en: 'Emergency services', es: 'Emergencias' },
      contact: {
        en: 'Call your local emergency number if you or someone else is in immediate danger',
        es: 'Llame al número de emergencias de su país si usted u otra persona corre peligro inmediato',
      },
      kinds: ALL,
    },
    {
      name: { en: 'Find A Helpline', es: 'Find A Helpline (directorio de líneas de ayuda)' },
      contact: {
        en: 'Free, confidential crisis lines for your country at findahelpline.com',
        es: 'Líneas de ayuda gratuitas y confidenciales de su país en findahelpline.com',
      },
      kinds: ['self_harm', 'abuse', 'danger'],
    },
  ],
};

/** Region assumed when a locale names only a language. */
export const DEFAULT_REGION_FOR_LANGUAGE: Readonly<Record<string, string>> = { en: 'US', es: 'ES' };

function parseLocale(locale: string): { language: string; region: string | undefined; tag: string } {
  try {
    const l = new Intl.Locale(locale.replace(/_/g, '-'));
    return { language: l.language, region: l.region, tag: l.region ? `${l.language}-${l.region}` : l.language };
  } catch {
    // A malformed locale (from a header or a form) must not stop the resources from showing.
    return { language: 'en', region: undefined, tag: 'en' };
  }
}

function pick(table: CrisisResourceTable | undefined, key: string): readonly CrisisResourceEntry[] | undefined {
  if (table === undefined) return undefined;
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  return undefined;
}

function textIn(t: string | LocalizedText, language: 'en' | 'es'): string {
  return typeof t === 'string' ? t : t[language];
}

/**
 * Crisis resources for `locale` ("en-US", "es", "es-MX"…), in its language (English when it is neither
 * English nor Spanish). With `kinds`, only resources serving them, the ones made for the most urgent kind
 * first; without, the full list for the region.
 */
export function crisisResources(
  locale: string,
  overrides?: CrisisResourceOverrides,
  kinds?: readonly CrisisKind[],
): CrisisResource[] {
  const { language, region: given, tag } = parseLocale(locale);
  const region = given ?? overrides?.defaultRegion?.[language] ?? DEFAULT_REGION_FOR_LANGUAGE[language];
  const custom = overrides?.resources;
  const entries =
    pick(custom, tag) ??
    (region !== undefined ? pick(custom, region) : undefined) ??
    pick(DEFAULT_CRISIS_RESOURCES, tag) ??
    (region !== undefined ? pick(DEFAULT_CRISIS_RESOURCES, region) : undefined) ??
    pick(custom, '*') ??
    DEFAULT_CRISIS_RESOURCES['*'];
  const lang: 'en' | 'es' = language === 'es' ? 'es' : 'en';

  let chosen: readonly CrisisResourceEntry[] = entries;
  if (kinds !== undefined && kinds.length > 0) {
    const wanted = CRISIS_KIND_ORDER.filter((k) => kinds.includes(k));
    const primary = wanted[0];
    // 0: made for the most urgent kind; 1: also serves it; 2: serves another kind found.
    const rank = (e: CrisisResourceEntry): number => (e.kinds[0] === primary ? 0 : e.kinds.includes(primary) ? 1 : 2);
    chosen = entries
      .filter((e) => e.kinds.some((k) => wanted.includes(k)))
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
      .map(({ e }) => e);
  }
  return chosen.map((e) => ({ name: textIn(e.name, lang), contact: textIn(e.contact, lang) }));
}
