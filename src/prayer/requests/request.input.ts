/**
 * Checks what people type, for the form and the API alike: every field's problems at once (a form shows
 * them all), as short codes per field (`{ text: 'missing' }`) that pages turn into sentences and the API
 * into a message naming the fields. HTML is not refused — it is stored as text and escaped when shown.
 */
import { invalidFields, type FieldProblems } from '../../platform/field-errors.js';
import { CATEGORIES, LIMITS, REQUEST_LANGUAGES, VISIBILITIES, type Category, type RequestLanguage, type Visibility } from '../prayer.types.js';

/** A prayer request as typed, before checking (strings from a form, anything from JSON). */
export interface IntakeFields {
  readonly text?: unknown;
  readonly category?: unknown;
  readonly visibility?: unknown;
  readonly language?: unknown;
  readonly firstName?: unknown;
  readonly email?: unknown;
  readonly forWhom?: unknown;
}

/** A checked prayer request. */
export interface IntakeInput {
  readonly text: string;
  readonly category: Category;
  readonly visibility: Visibility;
  readonly language: RequestLanguage;
  readonly firstName: string | null;
  readonly email: string | null;
  readonly forWhom: string | null;
}

/** Field order on the form, which is also the order problems are listed in. */
export const INTAKE_FIELDS = ['text', 'forWhom', 'category', 'visibility', 'firstName', 'email', 'language'] as const;

// Control characters other than tab and newline have no place in a prayer, and PostgreSQL refuses NUL.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as stored: line ends made `\n`, control characters dropped, outer space trimmed. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** A one-line value: any run of white space becomes one space. */
function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/** Length as people count it: characters, not UTF-16 units. */
export function characters(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

// One @, no spaces, nothing that could break a mail header or an address list, a dot in the domain.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** Checks a long text field (the request, an update, a testimony). */
export function checkText(value: unknown, max: number, required: boolean): { value: string | null; problem?: string } {
  if (value === undefined || value === null) return required ? { value: null, problem: 'missing' } : { value: null };
  if (typeof value !== 'string') return { value: null, problem: 'invalid' };
  const text = cleanText(value);
  if (text === '') return required ? { value: null, problem: 'missing' } : { value: null };
  if (characters(text) > max) return { value: null, problem: 'tooLong' };
  return { value: text };
}

function optionalLine(value: unknown, max: number): { value: string | null; problem?: string } {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { value: null, problem: 'invalid' };
  const line = cleanLine(value);
  if (line === '') return { value: null };
  if (characters(line) > max) return { value: null, problem: 'tooLong' };
  return { value: line };
}

function choice<T extends string>(value: unknown, allowed: readonly T[], required: boolean): { value: T | null; problem?: string } {
  if (value === undefined || value === null || value === '') return required ? { value: null, problem: 'missing' } : { value: null };
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) return { value: null, problem: 'unknown' };
  return { value: value as T };
}

/** Checks an email address given for updates; lower-cased. */
export function checkEmail(value: unknown): { value: string | null; problem?: string } {
  const line = optionalLine(value, LIMITS.email);
  if (line.problem || line.value === null) return line;
  const email = line.value.toLowerCase();
  if (!EMAIL.test(email)) return { value: null, problem: 'invalid' };
  return { value: email };
}

/** Checks a new request; throws VALIDATION with every field's problem. `defaultLanguage` is the page's. */
export function parseIntake(fields: IntakeFields, defaultLanguage: RequestLanguage): IntakeInput {
  const problems: Record<string, string> = {};
  const take = <T>(name: string, result: { value: T; problem?: string }): T => {
    if (result.problem) problems[name] = result.problem;
    return result.value;
  };
  const text = take('text', checkText(fields.text, LIMITS.requestText, true));
  const forWhom = take('forWhom', optionalLine(fields.forWhom, LIMITS.forWhom));
  const category = take('category', choice(fields.category, CATEGORIES, true));
  const visibility = take('visibility', choice(fields.visibility, VISIBILITIES, true));
  const firstName = take('firstName', optionalLine(fields.firstName, LIMITS.firstName));
  const email = take('email', checkEmail(fields.email));
  const language = take('language', choice(fields.language, REQUEST_LANGUAGES, false)) ?? defaultLanguage;
  if (Object.keys(problems).length > 0) throw invalidFields(problems, describeProblems(problems));
  return { text: text!, category: category!, visibility: visibility!, language, firstName, email, forWhom };
}

const SENTENCES: Record<string, (field: string) => string> = {
  missing: (f) => `${f} is required`,
  tooLong: (f) => `${f} is too long (${limitOf(f)} characters at most)`,
  unknown: (f) => `${f} must be one of ${allowedOf(f)}`,
  invalid: (f) => (f === 'email' ? 'email is not a valid email address' : `${f} must be text`),
};

function limitOf(field: string): number {
  const limits: Record<string, number> = {
    text: LIMITS.requestText,
    forWhom: LIMITS.forWhom,
    firstName: LIMITS.firstName,
    email: LIMITS.email,
    testimony: LIMITS.testimony,
  };
  return limits[field] ?? LIMITS.update;
}

function allowedOf(field: string): string {
  const lists: Record<string, readonly string[]> = { category: CATEGORIES, visibility: VISIBILITIES, language: REQUEST_LANGUAGES };
  return (lists[field] ?? []).join(', ');
}

/** "text is required; category must be one of guilt, fear, …": the API message, naming every field. */
export function describeProblems(problems: FieldProblems): string {
  return Object.entries(problems)
    .map(([field, code]) => (SENTENCES[code] ?? ((f: string) => `${f} is not valid`))(field))
    .join('; ');
}
