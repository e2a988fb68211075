/**
 * Checks a response as typed, for the form and the API alike: every field's problems at once, as short
 * codes per field (`{ message: 'missing' }`) that pages turn into sentences and the API into a message.
 */
import { invalidFields, type FieldProblems } from '../../platform/field-errors.js';
import { REQUEST_LANGUAGES, type RequestLanguage } from '../../prayer/prayer.types.js';
import { characters, checkEmail, checkText, cleanText } from '../../prayer/requests/request.input.js';
import { MESSAGE_REQUIRED, RESPONSE_KINDS, RESPONSE_LIMITS, type ResponseKind } from './response.types.js';

/** A response as typed (strings from a form, anything from JSON). */
export interface ResponseFields {
  readonly kind?: unknown;
  readonly firstName?: unknown;
  readonly email?: unknown;
  readonly message?: unknown;
  readonly language?: unknown;
  /** The consent checkbox: `yes` from the form, `true` from JSON. */
  readonly consent?: unknown;
}

/** A checked response. */
export interface ResponseInput {
  readonly kind: ResponseKind;
  readonly firstName: string | null;
  readonly email: string | null;
  readonly message: string | null;
  readonly language: RequestLanguage;
  /** True only when an email was given and the person ticked the box. */
  readonly consent: boolean;
}

/** Field order on the form, which is also the order problems are listed in. */
export const RESPONSE_FIELDS = ['kind', 'message', 'firstName', 'email', 'consent', 'language'] as const;

function firstName(value: unknown): { value: string | null; problem?: string } {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { value: null, problem: 'invalid' };
  const line = cleanText(value).replace(/\s+/g, ' ');
  if (line === '') return { value: null };
  if (characters(line) > RESPONSE_LIMITS.firstName) return { value: null, problem: 'tooLong' };
  return { value: line };
}

function consentGiven(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '' || value === false || value === 'no') return false;
  if (value === true || value === 'yes' || value === 'on' || value === 'true') return true;
  return null;
}

/** Checks a response; throws VALIDATION naming every bad field. `defaultLanguage` is the page's. */
export function parseResponse(fields: ResponseFields, defaultLanguage: RequestLanguage): ResponseInput {
  const problems: Record<string, string> = {};
  let kind: ResponseKind | null = null;
  if (fields.kind === undefined || fields.kind === null || fields.kind === '') problems.kind = 'missing';
  else if (typeof fields.kind !== 'string' || !(RESPONSE_KINDS as readonly string[]).includes(fields.kind)) problems.kind = 'unknown';
  else kind = fields.kind as ResponseKind;

  const needsMessage = kind !== null && MESSAGE_REQUIRED.includes(kind);
  const message = checkText(fields.message, RESPONSE_LIMITS.message, needsMessage);
  if (message.problem) problems.message = message.problem === 'missing' ? `missing.${kind}` : message.problem;
  const name = firstName(fields.firstName);
  if (name.problem) problems.firstName = name.problem;
  const email = checkEmail(fields.email);
  if (email.problem) problems.email = email.problem;
  const consent = consentGiven(fields.consent);
  if (consent === null) problems.consent = 'invalid';
  // Consent is asked for because an email was given: without the box ticked we would have an address
  // and no permission to write to it.
  else if (email.value && !consent) problems.consent = 'missing';

  let language: RequestLanguage = defaultLanguage;
  if (fields.language !== undefined && fields.language !== null && fields.language !== '') {
    if (typeof fields.language === 'string' && (REQUEST_LANGUAGES as readonly string[]).includes(fields.language)) language = fields.language as RequestLanguage;
    else problems.language = 'unknown';
  }
  if (Object.keys(problems).length > 0) throw invalidFields(problems, describeResponseProblems(problems));
  return { kind: kind!, firstName: name.value, email: email.value, message: message.value, language, consent: Boolean(email.value && consent) };
}

const SENTENCES: Record<string, (field: string) => string> = {
  missing: (f) => (f === 'consent' ? 'consent must be true when an email is given' : `${f} is required`),
  'missing.question': () => 'message is required for a question',
  'missing.prayer': () => 'message is required when asking for prayer',
  tooLong: (f) => `${f} is too long (${f === 'message' ? RESPONSE_LIMITS.message : RESPONSE_LIMITS.firstName} characters at most)`,
  unknown: (f) => `${f} must be one of ${(f === 'kind' ? RESPONSE_KINDS : REQUEST_LANGUAGES).join(', ')}`,
  invalid: (f) => (f === 'email' ? 'email is not a valid email address' : f === 'consent' ? 'consent must be true or false' : `${f} must be text`),
};

/** "kind is required; consent must be true when an email is given": the API message, naming every field. */
export function describeResponseProblems(problems: FieldProblems): string {
  return Object.entries(problems)
    .map(([field, code]) => (SENTENCES[code] ?? ((f: string) => `${f} is not valid`))(field))
    .join('; ');
}
