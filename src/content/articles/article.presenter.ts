// What callers see of an article: never the row itself.
import type { ArticleRevisionTable, ArticleTable } from '../../platform/db/tables.js';
import { parseRespond, type ArticleLanguage, type ArticleRespond } from './article.input.js';
import type { RevisionSummaryRow } from './article.repository.js';

/** Where an article stands for readers. */
export type ArticleState = 'draft' | 'scheduled' | 'published';

export interface ArticleView {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** The translation its references open, or null for the reader's language's default. */
  readonly translation: string | null;
  readonly language: ArticleLanguage;
  readonly state: ArticleState;
  /** When it is (or was, or will be) published; null for a draft never given a date. */
  readonly publishAt: string | null;
  /** Whether the response block ends it: auto (when it asks for a response or ends with a prayer), yes, no. */
  readonly respond: ArticleRespond;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

/** An article with its Markdown. */
export interface ArticleDetail extends ArticleView {
  readonly body: string;
}

export interface RevisionSummary {
  readonly number: number;
  readonly title: string;
  readonly reason: string;
  readonly createdAt: string;
  /** Name of who saved it, when the account still exists. */
  readonly author: string | null;
}

export interface RevisionDetail extends RevisionSummary {
  readonly slug: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly translation: string | null;
  readonly language: ArticleLanguage;
  readonly publishAt: string | null;
  readonly respond: ArticleRespond;
  readonly body: string;
}

/** Draft, scheduled (published with a date still to come) or published, as of `now`. */
export function articleState(row: Pick<ArticleTable, 'status' | 'publish_at'>, now: string): ArticleState {
  if (row.status !== 'published') return 'draft';
  return row.publish_at && row.publish_at > now ? 'scheduled' : 'published';
}

function tagsOf(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

// Stored values are only ever auto | yes | no; anything else reads as the default.
function respondOf(value: string): ArticleRespond {
  return parseRespond(value) ?? 'auto';
}

export function presentArticle(row: ArticleTable, now: string): ArticleView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    tags: tagsOf(row.tags),
    translation: row.translation,
    language: row.language === 'es' ? 'es' : 'en',
    state: articleState(row, now),
    publishAt: row.publish_at,
    respond: respondOf(row.respond),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export function presentArticleDetail(row: ArticleTable, now: string): ArticleDetail {
  return { ...presentArticle(row, now), body: row.body };
}

export function presentRevisionSummary(row: RevisionSummaryRow): RevisionSummary {
  return { number: row.number, title: row.title, reason: row.reason, createdAt: row.created_at, author: row.author };
}

export function presentRevision(row: ArticleRevisionTable, author: string | null = null): RevisionDetail {
  return {
    number: row.number,
    title: row.title,
    reason: row.reason,
    createdAt: row.created_at,
    author,
    slug: row.slug,
    summary: row.summary,
    tags: tagsOf(row.tags),
    translation: row.translation,
    language: row.language === 'es' ? 'es' : 'en',
    publishAt: row.publish_at,
    respond: respondOf(row.respond),
    body: row.body,
  };
}
