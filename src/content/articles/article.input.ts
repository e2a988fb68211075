// What an article is made of, checked the same way whether it comes from the editor, an imported file
// or the API: each wrong field gets a short problem code (`{ slug: 'invalid' }`) that pages and the CLI
// turn into words.
import type { FieldProblems } from '../../platform/field-errors.js';

export const ARTICLE_LANGUAGES = ['en', 'es'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** Whether an article ends with the response block: `auto` when it asks for a response or ends with a prayer. */
export const ARTICLE_RESPONDS = ['auto', 'yes', 'no'] as const;
export type ArticleRespond = (typeof ARTICLE_RESPONDS)[number];

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 500;
export const MAX_SLUG = 80;
export const MAX_TAGS = 12;
export const MAX_TAG = 40;
/** About 30,000 words: far beyond an article, well below what would slow rendering down. */
export const MAX_BODY = 200_000;

/** A checked article, ready to store. */
export interface ArticleInput {
  readonly title: string;
  readonly slug: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** Upper-case translation code, or null for the reader's language's default. */
  readonly translation: string | null;
  /** Null: decided from the translation's language (else English). */
  readonly language: ArticleLanguage | null;
  /** ISO-8601 UTC, or null: "when published". */
  readonly publishAt: string | null;
  /** Whether the response block ends the article. */
  readonly respond: ArticleRespond;
  readonly body: string;
}

/** Fields as a form or a file gives them. */
export interface RawArticleInput {
  readonly title?: string;
  readonly slug?: string;
  readonly summary?: string;
  /** A list, or one comma-separated string. */
  readonly tags?: string | readonly string[];
  readonly translation?: string;
  readonly language?: string;
  readonly publishAt?: string;
  /** auto | yes | no, or a spelling `parseRespond` accepts; empty: auto. */
  readonly respond?: string;
  readonly body?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A URL-safe slug from a title: accents dropped, words joined by hyphens, at most MAX_SLUG characters. */
export function slugify(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= MAX_SLUG) return base;
  const cut = base.slice(0, MAX_SLUG + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** A tag as stored and put in addresses: lower case, words joined by hyphens ("High Priest" → "high-priest"). */
export function normalizeTag(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A publish date as authors write it: `2025-03-01` (midnight UTC), `2025-03-01T09:30` (UTC, what a
 * datetime-local field sends) or with an offset (`2025-03-01T09:30+01:00`). Null when it is not one.
 */
export function parsePublishDate(text: string): string | null {
  const value = text.trim();
  const day = DATE.exec(value);
  const full = day ? null : DATE_TIME.exec(value);
  const parts = day ?? full;
  if (!parts) return null;
  const [y, m, d] = parts.slice(1, 4).map(Number);
  // Checked by hand: Date would roll 2025-02-30 over into March.
  if (y < 1970 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  if (day) return new Date(Date.UTC(y, m - 1, d)).toISOString();
  const [hh, mm, ss] = [Number(full![4]), Number(full![5]), Number(full![6] ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return null;
  const zone = full![7] ? (full![7].toUpperCase() === 'Z' ? 'Z' : full![7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : 'Z';
  const date = new Date(`${full![1]}-${full![2]}-${full![3]}T${full![4]}:${full![5]}:${String(ss).padStart(2, '0')}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// The spellings authors write in front matter (YAML's true/false, Spanish sí/siempre/nunca) and what they mean.
const RESPOND_WORDS = new Map<string, ArticleRespond>([
  ...['auto', 'automatic', 'automático', 'automatico'].map((w) => [w, 'auto'] as const),
  ...['yes', 'true', 'always', 'sí', 'si', 'siempre'].map((w) => [w, 'yes'] as const),
  ...['no', 'false', 'never', 'nunca'].map((w) => [w, 'no'] as const),
]);

/** `respond` as written ("yes", "False", "sí") to its stored value; null when it is none of the accepted words. */
export function parseRespond(text: string): ArticleRespond | null {
  return RESPOND_WORDS.get(text.normalize('NFC').trim().toLowerCase()) ?? null;
}

function tagList(tags: RawArticleInput['tags']): string[] {
  if (tags === undefined) return [];
  const list = typeof tags === 'string' ? tags.split(',') : [...tags];
  const out: string[] = [];
  for (const t of list) {
    const tag = normalizeTag(t);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Checks and normalises an article's fields. Translation codes are only upper-cased here; whether one
 * is installed is the service's question (it needs the database).
 */
export function normalizeArticleInput(raw: RawArticleInput): { input: ArticleInput; problems: FieldProblems } {
  const problems: Record<string, string> = {};
  const title = (raw.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) problems.title = 'missing';
  else if (title.length > MAX_TITLE) problems.title = 'tooLong';

  let slug = (raw.slug ?? '').trim().toLowerCase();
  if (!slug && title) slug = slugify(title);
  if (!slug) {
    if (title) problems.slug = 'invalid';
  } else if (slug.length > MAX_SLUG) problems.slug = 'tooLong';
  else if (!SLUG.test(slug)) problems.slug = 'invalid';

  const summary = (raw.summary ?? '').replace(/\s+/g, ' ').trim();
  if (summary.length > MAX_SUMMARY) problems.summary = 'tooLong';

  const tags = tagList(raw.tags);
  if (tags.length > MAX_TAGS) problems.tags = 'tooMany';
  else if (tags.some((t) => t.length > MAX_TAG || !TAG.test(t))) problems.tags = 'invalid';

  const translationText = (raw.translation ?? '').trim().toUpperCase();
  const translation = translationText === '' ? null : translationText;
  if (translation && !/^[A-Z0-9]{2,20}$/.test(translation)) problems.translation = 'unknown';

  const languageText = (raw.language ?? '').trim().toLowerCase();
  let language: ArticleLanguage | null = null;
  if (languageText) {
    if ((ARTICLE_LANGUAGES as readonly string[]).includes(languageText)) language = languageText as ArticleLanguage;
    else problems.language = 'invalid';
  }

  const publishText = (raw.publishAt ?? '').trim();
  const publishAt = publishText ? parsePublishDate(publishText) : null;
  if (publishText && !publishAt) problems.publishAt = 'invalid';

  const respondText = (raw.respond ?? '').trim();
  const respond = respondText ? parseRespond(respondText) : 'auto';
  if (!respond) problems.respond = 'invalid';

  const body = (raw.body ?? '').replace(/\r\n?/g, '\n');
  if (!body.trim()) problems.body = 'missing';
  else if (body.length > MAX_BODY) problems.body = 'tooLong';

  return { input: { title, slug, summary, tags, translation, language, publishAt, respond: respond ?? 'auto', body }, problems };
}
