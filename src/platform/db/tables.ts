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

export interface Tables {
  translations: TranslationTable;
}

/** Keeps generated columns importable for later tables. */
export type { Generated };
