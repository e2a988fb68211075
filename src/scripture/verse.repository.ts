import { sql, type Kysely } from 'kysely';
import type { Tables, VerseTable } from '../platform/db/tables.js';

/** A verse row as the importer writes it and the verse cache reads it. */
export type VerseRow = VerseTable;

/** What the verse cache loads of a translation. */
export interface StoredVerse {
  readonly ordinal: number;
  readonly text: string;
  readonly rendered: string;
}

/** Ids are `block * ID_BLOCK + ordinal`: one block per translation, so its verses are one id range. */
export const ID_BLOCK = 65536;

// Rows per INSERT: well under both dialects' bound-parameter limits (8 columns a row).
const BATCH = 1000;

/** Verses of installed translations. */
export class VerseRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Every verse of a translation in ordinal order (empty when it is not installed). */
  async loadTranslation(code: string): Promise<StoredVerse[]> {
    return this.db
      .selectFrom('verses')
      .select(['ordinal', 'text', 'rendered'])
      .where('translation', '=', code)
      .orderBy('ordinal')
      .execute();
  }

  /** Deletes a translation's verses (run inside the install transaction). */
  async deleteTranslation(code: string): Promise<void> {
    await this.db.deleteFrom('verses').where('translation', '=', code).execute();
  }

  /** The smallest id block no other translation uses. */
  async freeBlock(code: string): Promise<number> {
    const rows = await this.db
      .selectFrom('verses')
      .select(sql<number>`min(id)`.as('first'))
      .where('translation', '<>', code)
      .groupBy('translation')
      .execute();
    const used = new Set(rows.map((r) => Math.floor(Number(r.first) / ID_BLOCK)));
    let block = 1;
    while (used.has(block)) block++;
    return block;
  }

  /** Inserts verse rows in batches. */
  async insert(rows: readonly VerseRow[], onBatch?: (written: number) => void): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.db.insertInto('verses').values(rows.slice(i, i + BATCH)).execute();
      onBatch?.(Math.min(rows.length, i + BATCH));
    }
  }
}
