/** Row shapes of every table, as Kysely sees them. Times are ISO-8601 UTC strings in both dialects. */
import type { Generated } from 'kysely';

export interface TranslationTable {
  code: string;
  name: string;
  language: string;
  versification: string;
  licence: string;
  module: string;
  installed_at: string;
}

export interface VerseTable {
  id: number;
  translation: string;
  book: string;
  chapter: number;
  verse: number;
  ordinal: number;
  text: string;
  /** JSON of segments, headings, notes and breaks. PostgreSQL also has a `search` tsvector column, used only in SQL. */
  rendered: string;
}

export interface TopicTable {
  name: string;
  normalized: string;
  source: string;
  link_to: string | null;
  /** JSON sections. */
  sections: string;
  /** JSON cross-links. */
  see_also: string;
  reference_count: number;
}

export interface Tables {
  translations: TranslationTable;
  verses: VerseTable;
  topics: TopicTable;
}

/** Keeps generated columns importable for later tables. */
export type { Generated };
