// What the search service takes and returns.
import type { ScriptureActor } from '../scripture.actor.js';

/** Longest query accepted, in characters; longer is INVALID_SEARCH (400). */
export const MAX_SEARCH_QUERY = 500;
/** Largest page size. */
export const MAX_SEARCH_LIMIT = 100;
/** Page size when none is given. */
export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * A search. The query language: words (English stemmed: intercede, intercession and interceding find
 * each other; Spanish accent-insensitive), "quoted phrases", AND (implicit between terms), OR, NOT or a
 * leading `-`, parentheses, and a trailing `*` for a prefix (`interce*`).
 */
export interface SearchInput {
  readonly query: string;
  /** Translation code; default: the actor's language's default. */
  readonly translation?: string;
  /** Hits per page, 1…100 (default 20). */
  readonly limit?: number;
  /** 1-based page (default 1). */
  readonly page?: number;
}

/** A matched range of a hit's text, in UTF-16 code units. */
export interface HighlightRange {
  readonly start: number;
  readonly end: number;
}

/** One verse that matched. */
export interface SearchHit {
  /** `John.3.16` in the translation's numbering. */
  readonly osis: string;
  readonly book: string;
  readonly chapter: number;
  readonly verse: number;
  /** "John 3:16" / "Juan 3:16". */
  readonly reference: string;
  readonly text: string;
  /** Matched words in `text`, in order, not overlapping. */
  readonly highlights: readonly HighlightRange[];
}

/** One page of results, best first. */
export interface SearchResult {
  readonly translation: string;
  readonly query: string;
  /** Matching verses in the whole translation. */
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  readonly hits: readonly SearchHit[];
}

/** Full-text search over one translation. */
export interface SearchService {
  /** Ranked, highlighted, paged hits. Throws INVALID_SEARCH (empty, too long, nothing to find) or UNKNOWN_TRANSLATION. */
  search(actor: ScriptureActor, input: SearchInput): Promise<SearchResult>;
}
