// One interface for full-text search over verses; each dialect implements it in its own file
// (search.sqlite.repository.ts, search.postgres.repository.ts) and nothing else knows the difference.
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import type { VerseRow } from '../verse.repository.js';
import type { SearchNode } from './search.query.js';
import type { HighlightRange } from './search.types.js';

/** How a translation's text is indexed: English is stemmed, Spanish is accent-insensitive. */
export type SearchLanguage = 'en' | 'es';

/** The search language for a translation's language code (anything not Spanish is indexed as English). */
export function searchLanguage(language: string): SearchLanguage {
  return language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A matching verse: its ordinal in the translation, its text and the matched ranges. */
export interface SearchRow {
  readonly ordinal: number;
  readonly text: string;
  readonly highlights: readonly HighlightRange[];
}

/** Full-text search over one dialect. */
export interface SearchRepository {
  /**
   * Writes a translation's verses and indexes them, in `db` (the install transaction), after its old rows
   * were removed. Lives here because the fastest load differs per dialect (PostgreSQL computes the
   * tsvector in the same INSERT).
   */
  writeVerses(db: Kysely<Tables>, rows: readonly VerseRow[], language: SearchLanguage, onBatch?: (written: number) => void): Promise<void>;
  /** Drops a translation's index entries; call before deleting its verses. */
  remove(db: Kysely<Tables>, translation: string): Promise<void>;
  /** After an install committed: refresh statistics and merge index segments, so the first searches are fast. */
  optimize(): Promise<void>;
  /** One page of matches, best first, and how many there are in all. */
  search(
    translation: string,
    language: SearchLanguage,
    query: SearchNode,
    limit: number,
    offset: number,
  ): Promise<{ total: number; rows: SearchRow[] }>;
}
