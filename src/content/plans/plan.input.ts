// Checking what an author sends for a plan: the fields, and every day's references through the
// Scripture engine. A bad day is named with its number, what was written and why it is no passage.
import { AppError } from '../../platform/errors.js';
import { isLocale, type Locale } from '../../platform/i18n/locale.js';
import { parseReference } from '../../scripture/reference/index.js';
import { isBuiltinSlug } from './builtin-plans.js';
import { PLAN_SLUG } from './plan.js';

/** What an author sends, as typed: the days one a line. */
export interface RawPlanInput {
  readonly title?: unknown;
  readonly slug?: unknown;
  readonly description?: unknown;
  readonly language?: unknown;
  /** One day a line, or a list of days (the JSON file the CLI imports). */
  readonly days?: unknown;
}

/** A checked plan, ready to store. */
export interface PlanInput {
  readonly title: string;
  readonly slug: string;
  readonly description: string;
  readonly language: Locale;
  readonly days: ReadonlyArray<{ readonly source: string; readonly osis: string }>;
}

/** A day that is not a passage. */
export interface DayProblem {
  readonly day: number;
  readonly text: string;
  readonly reason: string;
}

/** Slugs the plan pages' own addresses use (`/plans/s/…`, `/plans/d/…`, `/plans/unsubscribe/…`). */
const RESERVED_SLUGS = new Set(['s', 'd', 'unsubscribe']);

export const PLAN_LIMITS = { title: 200, slug: 80, description: 2000, days: 366, day: 300 } as const;

/** Fields in the order the editor shows them (for the error summary). */
export const PLAN_FIELDS = ['title', 'slug', 'description', 'language', 'days'] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}

/** A slug made from a title: "Hope in Romans!" → "hope-in-romans". */
export function slugFrom(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, PLAN_LIMITS.slug)
    .replace(/-+$/, '');
}

/** The days as lines: a string is split at line breaks, a list is taken as it is; blank lines are no days. */
function dayLines(value: unknown): string[] {
  const lines = typeof value === 'string' ? value.split(/\r\n|\r|\n/) : Array.isArray(value) ? value.map((d) => (Array.isArray(d) ? d.map(String).join('; ') : String(d))) : [];
  return lines.map((l) => l.normalize('NFC').trim()).filter((l) => l.length > 0);
}

/** The message a day problem prints as (English; pages word it in the reader's language). */
export function describeDayProblem(p: DayProblem): string {
  return `Day ${p.day} (“${p.text}”): ${p.reason}`;
}

/**
 * Checks a plan. Throws VALIDATION with `details.fields` (problem codes by field) and, when days are
 * wrong, `details.days` (every bad day with its reason), so a page can show them all at once.
 */
export function checkPlanInput(raw: RawPlanInput): PlanInput {
  const fields: Record<string, string> = {};
  const title = text(raw.title);
  if (!title) fields.title = 'missing';
  else if (title.length > PLAN_LIMITS.title) fields.title = 'tooLong';
  let slug = text(raw.slug).toLowerCase();
  if (!slug) slug = slugFrom(title);
  if (slug.length > PLAN_LIMITS.slug) fields.slug = 'tooLong';
  else if (title && !PLAN_SLUG.test(slug)) fields.slug = 'invalid';
  else if (isBuiltinSlug(slug) || RESERVED_SLUGS.has(slug)) fields.slug = 'taken';
  const description = text(raw.description);
  if (description.length > PLAN_LIMITS.description) fields.description = 'tooLong';
  const language = text(raw.language) || 'en';
  if (!isLocale(language)) fields.language = 'invalid';
  const lines = dayLines(raw.days);
  const days: Array<{ source: string; osis: string }> = [];
  const problems: DayProblem[] = [];
  if (lines.length === 0) fields.days = 'missing';
  else if (lines.length > PLAN_LIMITS.days) fields.days = 'tooMany';
  else {
    lines.forEach((line, i) => {
      const day = i + 1;
      if (line.length > PLAN_LIMITS.day) return problems.push({ day, text: `${line.slice(0, 40)}…`, reason: 'too long for one day' });
      const parsed = parseReference(line);
      if (!parsed.ok) return problems.push({ day, text: line, reason: parsed.reason });
      days.push({ source: line, osis: parsed.osis });
    });
    if (problems.length) fields.days = 'invalidDay';
  }
  if (Object.keys(fields).length) {
    const message = problems.length ? problems.map(describeDayProblem).join('; ') : 'Some fields are not valid.';
    throw new AppError('VALIDATION', message, { fields, ...(problems.length ? { days: problems } : {}) });
  }
  return { title, slug, description, language: language as Locale, days };
}

/** The day problems of a VALIDATION error from checkPlanInput. */
export function dayProblemsOf(err: unknown): DayProblem[] {
  if (!(err instanceof AppError) || err.code !== 'VALIDATION') return [];
  const days = err.details?.days;
  return Array.isArray(days) ? (days as DayProblem[]) : [];
}
