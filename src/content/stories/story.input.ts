/**
 * Reading a shared story from the form or the API: every field checked with the same rules, and every
 * problem named at once (VALIDATION with `details.fields`), so the form can show each beside its field.
 */
import { invalidFields } from '../../platform/field-errors.js';
import { characters, checkEmail, checkText, cleanText } from '../../prayer/requests/request.input.js';
import { STORY_KINDS, STORY_LANGUAGES, STORY_LIMITS, type StoryKind, type StoryLanguage } from './story.js';

/** What arrives, untyped (form fields are strings, JSON may be anything). */
export interface StoryFields {
  readonly title?: unknown;
  readonly text?: unknown;
  readonly kind?: unknown;
  readonly firstName?: unknown;
  readonly email?: unknown;
  readonly language?: unknown;
  readonly consent?: unknown;
}

/** A story that passed every check. */
export interface StoryInput {
  readonly title: string | null;
  readonly text: string;
  readonly kind: StoryKind;
  readonly firstName: string | null;
  readonly email: string | null;
  readonly language: StoryLanguage;
}

/** The form's fields in page order (the error summary follows it). */
export const STORY_FIELDS = ['title', 'text', 'kind', 'firstName', 'email', 'language', 'consent'] as const;

type Checked<T> = { value: T | null; problem?: string };

function line(value: unknown, max: number): Checked<string> {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { value: null, problem: 'invalid' };
  const text = cleanText(value).replace(/\s+/g, ' ');
  if (text === '') return { value: null };
  if (characters(text) > max) return { value: null, problem: 'tooLong' };
  return { value: text };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): Checked<T> {
  if (value === undefined || value === null || value === '') return { value: null, problem: 'missing' };
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) return { value: null, problem: 'unknown' };
  return { value: value as T };
}

/** Consent is given by a ticked box ("yes") or JSON `true`; anything else is not consent. */
function consentGiven(value: unknown): boolean {
  return value === true || value === 'yes' || value === 'true';
}

/**
 * Checks a story; throws VALIDATION naming every bad field. The language defaults to the page's
 * (`defaultLanguage`) when none is chosen.
 */
export function parseStory(fields: StoryFields, defaultLanguage: StoryLanguage): StoryInput {
  const problems: Record<string, string> = {};
  const take = <T>(name: string, checked: Checked<T>): T | null => {
    if (checked.problem) problems[name] = checked.problem;
    return checked.value;
  };
  const title = take('title', line(fields.title, STORY_LIMITS.title));
  const text = take('text', checkText(fields.text, STORY_LIMITS.textMax, true));
  if (text !== null && characters(text) < STORY_LIMITS.textMin) problems.text = 'tooShort';
  const kind = take('kind', oneOf(fields.kind, STORY_KINDS));
  const firstName = take('firstName', line(fields.firstName, STORY_LIMITS.firstName));
  const email = take('email', checkEmail(fields.email));
  const language = fields.language === undefined || fields.language === '' ? defaultLanguage : take('language', oneOf(fields.language, STORY_LANGUAGES));
  if (!consentGiven(fields.consent)) problems.consent = 'missing';
  if (Object.keys(problems).length > 0) throw invalidFields(problems, describe(problems));
  return { title, text: text!, kind: kind!, firstName, email, language: language! };
}

/** One sentence naming each problem, for API callers (the form shows its own messages). */
function describe(problems: Record<string, string>): string {
  const parts = Object.entries(problems).map(([name, problem]) => {
    if (name === 'consent') return 'consent must be true: the story is published only with your permission';
    if (name === 'text' && problem === 'tooShort') return `text must be at least ${STORY_LIMITS.textMin} characters`;
    if (name === 'text' && problem === 'tooLong') return `text must be at most ${STORY_LIMITS.textMax} characters`;
    if (problem === 'missing') return `${name} is required`;
    if (problem === 'tooLong') return `${name} is too long`;
    if (problem === 'unknown') return name === 'kind' ? `kind must be one of ${STORY_KINDS.join(', ')}` : `${name} must be one of ${STORY_LANGUAGES.join(', ')}`;
    return name === 'email' ? 'email is not a valid email address' : `${name} must be text`;
  });
  return `${parts.join('; ')}.`;
}

/** Checks a moderator's public version of a story (same lengths as the writer's). */
export function parsePublicText(value: unknown): string | null {
  const checked = checkText(value, STORY_LIMITS.textMax, false);
  if (checked.problem) throw invalidFields({ publicText: checked.problem }, `publicText must be at most ${STORY_LIMITS.textMax} characters`);
  if (checked.value !== null && characters(checked.value) < STORY_LIMITS.textMin) throw invalidFields({ publicText: 'tooShort' }, `publicText must be at least ${STORY_LIMITS.textMin} characters`);
  return checked.value;
}

/** Checks the reason given for refusing or unpublishing (required for refusing). */
export function parseReason(value: unknown, required: boolean): string | null {
  const checked = checkText(value, STORY_LIMITS.reason, required);
  if (checked.problem) throw invalidFields({ reason: checked.problem }, checked.problem === 'missing' ? 'reason is required' : `reason must be at most ${STORY_LIMITS.reason} characters`);
  return checked.value;
}
