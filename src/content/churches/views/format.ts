// Formatting for the directory's pages: distances, dates, language and tradition names, problem sentences.
import type { FieldProblems } from '../../../platform/field-errors.js';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { FormErrors } from '../../../web/views/forms/form-errors.js';
import { CHURCH_FIELDS, CHURCH_LIMITS } from '../church.input.js';
import type { ChurchView } from '../church.presenter.js';
import { isChurchMessageKey, type ChurchTranslate } from '../churches.messages.js';
import { postalExample } from '../postal-codes.js';

const KM_PER_MILE = 1.609344;

/** One decimal under 10, whole units above. */
function formatUnit(value: number, unit: 'kilometer' | 'mile', locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/**
 * "1.2 km (0.7 mi)" in English, "2,4 km" in Spanish: kilometres always, and miles beside them for English
 * readers, some of whom (in the US and Britain) think in miles — the site has no country-specific locale.
 */
export function formatDistance(km: number, locale: Locale): string {
  const metric = formatUnit(km, 'kilometer', locale);
  return locale === 'en' ? `${metric} (${formatUnit(km / KM_PER_MILE, 'mile', locale)})` : metric;
}

/** A day in the reader's language ("27 November 2026"). */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

const languageNamers = new Map<Locale, Intl.DisplayNames>();

/** A language's name in the reader's language ("es" → "Spanish" / "español"). */
export function languageName(code: string, locale: Locale): string {
  let namer = languageNamers.get(locale);
  if (!namer) languageNamers.set(locale, (namer = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  const name = namer.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The listing's tradition as a reader sees it. */
export function traditionLabel(m: ChurchTranslate, church: Pick<ChurchView, 'tradition' | 'traditionOther'>): string {
  if (church.tradition === 'other' && church.traditionOther) return church.traditionOther;
  const key = `tradition.${church.tradition}`;
  return isChurchMessageKey(key) ? m(key) : church.tradition;
}

const MAX: Record<string, number> = {
  name: CHURCH_LIMITS.name,
  street: CHURCH_LIMITS.street,
  city: CHURCH_LIMITS.city,
  website: CHURCH_LIMITS.website,
  traditionOther: CHURCH_LIMITS.traditionOther,
  q: 100,
  reason: 500,
};

/** Problem codes as sentences beside the fields and in the summary, in the form's order. */
export function problemMessages(m: ChurchTranslate, problems: FieldProblems, country = ''): FormErrors {
  const errors: Record<string, string> = {};
  const order = [...CHURCH_FIELDS.filter((f) => f in problems), ...Object.keys(problems).filter((f) => !(CHURCH_FIELDS as readonly string[]).includes(f))];
  for (const name of order) {
    const code = problems[name];
    const example = postalExample(country.toUpperCase());
    const key = name === 'postalCode' && code === 'format' && !example ? 'problem.postalCode.formatGeneric' : `problem.${name}.${code}`;
    const max = name === 'serviceTimes' ? (code === 'tooMany' ? CHURCH_LIMITS.serviceLines : CHURCH_LIMITS.serviceLine) : (MAX[name] ?? 0);
    errors[name] = isChurchMessageKey(key) ? m(key, { max, example: example ?? '' }) : m('problem.invalid');
  }
  return errors;
}

/** An OpenStreetMap link to a position (no script or tiles on our pages). */
export function mapUrl(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
}
