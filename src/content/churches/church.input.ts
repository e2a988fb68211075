/**
 * Reading a church listing as the form and the JSON API send it: every field checked, each problem named
 * by field with a short code (the pages turn codes into sentences, the API returns them in
 * `error.details.fields` and names the first in the message). Pure: no database, no clock.
 */
import { AppError } from '../../platform/errors.js';
import type { FieldProblems } from '../../platform/field-errors.js';
import { isCountryCode } from './countries.js';
import { checkPostalCode, hasPostalFormat } from './postal-codes.js';

/** Traditions offered in the form, in its order; `other` asks for a name. */
export const TRADITIONS = [
  'catholic',
  'orthodox',
  'anglican',
  'lutheran',
  'reformed',
  'presbyterian',
  'methodist',
  'baptist',
  'pentecostal',
  'evangelical',
  'adventist',
  'nondenominational',
  'other',
] as const;
export type Tradition = (typeof TRADITIONS)[number];

/** Languages offered as checkboxes (ISO 639-1); names come from Intl in the reader's language. */
export const SERVICE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ko', 'zh', 'tl', 'vi', 'ar', 'sw', 'ru', 'uk'] as const;

/** Field names, in the form's order (the error summary follows it). */
export const CHURCH_FIELDS = ['name', 'street', 'city', 'postalCode', 'country', 'latitude', 'longitude', 'website', 'serviceTimes', 'languages', 'tradition', 'traditionOther', 'email'] as const;
export type ChurchField = (typeof CHURCH_FIELDS)[number];

/** Limits, shared with the form's hints. */
export const CHURCH_LIMITS = { name: 120, street: 200, city: 100, website: 300, serviceLine: 120, serviceLines: 12, traditionOther: 60, email: 254 } as const;

/** What arrives: strings from the form, strings, numbers or lists from JSON. */
export type ChurchFields = Partial<Record<ChurchField, unknown>>;

/** A checked listing, normalised. */
export interface ChurchInput {
  readonly name: string;
  readonly street: string;
  readonly city: string;
  readonly postalCode: string;
  readonly country: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly website: string | null;
  readonly serviceTimes: readonly string[];
  readonly languages: readonly string[];
  readonly tradition: Tradition;
  readonly traditionOther: string | null;
  readonly email: string | null;
}

const LETTERS = /\p{L}{2,}/u;
const CITY = /^[\p{L}\p{M}][\p{L}\p{M} '’.,()-]*$/u;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;.]{2,}$/;
// "s/n" (sin número) is how Spanish-speaking countries write an address without a number.
const NO_NUMBER = /(^|[\s,])(s\/n|s\.n\.|sin n[uú]mero)([\s,.]|$)/iu;
// Where churches are commonly known by building and street name alone ("St Mary's Church, High Street").
const NUMBER_OPTIONAL = new Set(['GB', 'IE']);

function text(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  const one = text(value);
  return one ? [one] : [];
}

/** A coordinate: a plain decimal number (a comma as decimal separator is accepted), or null when empty. */
function coordinate(value: unknown): number | null | 'invalid' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  const raw = text(value).replace(',', '.');
  if (raw === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw)) return 'invalid';
  return Number(raw);
}

/** A website: http or https only; a bare "example.org" is taken as https. Null when empty. */
export function parseWebsite(raw: string): string | null | 'invalid' | 'scheme' {
  if (raw === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$|^xn--/i.test(url.hostname) || url.username || url.password) return 'invalid';
  return url.toString();
}

/** Checks a street address: a street name, and a number (or "s/n") except where buildings go by name. */
function streetProblem(street: string, country: string): string | null {
  if (!LETTERS.test(street)) return 'noName';
  if (!NUMBER_OPTIONAL.has(country) && !/\d/.test(street) && !NO_NUMBER.test(street)) return 'noNumber';
  return null;
}

/** Service times: one a line (form) or a list (JSON); blank lines dropped. */
function serviceLines(value: unknown): string[] {
  const lines = Array.isArray(value) ? value.map(text) : text(value).split(/\r?\n/);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Checks every field and returns the listing, or throws VALIDATION with `details.fields` (problem code
 * per field) and `details.field` (the first bad field, in form order), the message naming it.
 */
export function parseChurch(fields: ChurchFields): ChurchInput {
  const problems: Record<string, string> = {};
  const name = text(fields.name);
  if (!name) problems.name = 'missing';
  else if (name.length > CHURCH_LIMITS.name) problems.name = 'tooLong';
  else if (!LETTERS.test(name)) problems.name = 'invalid';

  const country = text(fields.country).toUpperCase();
  if (!country) problems.country = 'missing';
  else if (!isCountryCode(country)) problems.country = 'unknown';

  const street = text(fields.street).replace(/\s+/g, ' ');
  if (!street) problems.street = 'missing';
  else if (street.length > CHURCH_LIMITS.street) problems.street = 'tooLong';
  else {
    const problem = streetProblem(street, country);
    if (problem) problems.street = problem;
  }

  const city = text(fields.city).replace(/\s+/g, ' ');
  if (!city) problems.city = 'missing';
  else if (city.length > CHURCH_LIMITS.city) problems.city = 'tooLong';
  else if (!CITY.test(city) || !LETTERS.test(city)) problems.city = 'invalid';

  let postalCode = '';
  const rawPostal = text(fields.postalCode);
  if (!rawPostal) {
    if (!country || problems.country || hasPostalFormat(country)) problems.postalCode = 'missing';
  } else if (!problems.country && country) {
    const checked = checkPostalCode(country, rawPostal);
    if (checked.ok) postalCode = checked.value;
    else problems.postalCode = 'format';
  } else if (rawPostal.length > 12) problems.postalCode = 'format';

  const latitude = coordinate(fields.latitude);
  const longitude = coordinate(fields.longitude);
  if (latitude === 'invalid') problems.latitude = 'invalid';
  else if (latitude !== null && (latitude < -90 || latitude > 90)) problems.latitude = 'outOfRange';
  if (longitude === 'invalid') problems.longitude = 'invalid';
  else if (longitude !== null && (longitude < -180 || longitude > 180)) problems.longitude = 'outOfRange';
  if (latitude === null && longitude !== null) problems.latitude = 'pair';
  if (longitude === null && latitude !== null) problems.longitude = 'pair';

  const website = parseWebsite(text(fields.website));
  if (website === 'invalid' || website === 'scheme') problems.website = website;
  else if (website && website.length > CHURCH_LIMITS.website) problems.website = 'tooLong';

  const serviceTimes = serviceLines(fields.serviceTimes);
  if (serviceTimes.length > CHURCH_LIMITS.serviceLines) problems.serviceTimes = 'tooMany';
  else if (serviceTimes.some((l) => l.length > CHURCH_LIMITS.serviceLine)) problems.serviceTimes = 'tooLong';

  const languages = [...new Set(list(fields.languages).map((l) => l.toLowerCase()))];
  if (languages.length === 0) problems.languages = 'missing';
  else if (languages.some((l) => !(SERVICE_LANGUAGES as readonly string[]).includes(l))) problems.languages = 'unknown';

  const tradition = text(fields.tradition).toLowerCase();
  let traditionOther: string | null = null;
  if (!tradition) problems.tradition = 'missing';
  else if (!(TRADITIONS as readonly string[]).includes(tradition)) problems.tradition = 'unknown';
  else if (tradition === 'other') {
    traditionOther = text(fields.traditionOther).replace(/\s+/g, ' ') || null;
    if (!traditionOther) problems.traditionOther = 'missing';
    else if (traditionOther.length > CHURCH_LIMITS.traditionOther) problems.traditionOther = 'tooLong';
  }

  const email = text(fields.email) || null;
  if (email && (email.length > CHURCH_LIMITS.email || !EMAIL.test(email))) problems.email = 'invalid';

  if (Object.keys(problems).length > 0) throw churchProblems(problems);
  return {
    name,
    street,
    city,
    postalCode,
    country,
    latitude: latitude as number | null,
    longitude: longitude as number | null,
    website: website as string | null,
    serviceTimes,
    languages,
    tradition: tradition as Tradition,
    traditionOther,
    email: email ? email.toLowerCase() : null,
  };
}

const PROBLEM_WORDS: Readonly<Record<string, string>> = {
  missing: 'is required',
  tooLong: 'is too long',
  tooMany: 'has too many lines',
  invalid: 'is not valid',
  unknown: 'is not one of the accepted values',
  noName: 'has no street name',
  noNumber: 'has no street number (write "s/n" if the building has none)',
  format: "does not fit the country's postal code format",
  outOfRange: 'is out of range (latitude -90 to 90, longitude -180 to 180)',
  pair: 'is required when the other coordinate is given',
  scheme: 'must be an http or https address',
};

/** The VALIDATION error for `problems`: its message names every bad field, the first one first. */
export function churchProblems(problems: FieldProblems): AppError {
  const order = [...CHURCH_FIELDS.filter((f) => f in problems), ...Object.keys(problems).filter((f) => !(CHURCH_FIELDS as readonly string[]).includes(f))];
  const message = order.map((f) => `${f} ${PROBLEM_WORDS[problems[f]] ?? 'is not valid'}`).join('; ');
  return new AppError('VALIDATION', `${message}.`, { field: order[0], fields: problems });
}
