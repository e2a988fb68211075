import type { Kysely } from 'kysely';
import type { Tables, TranslationTable } from '../platform/db/tables.js';

/** Installed Bible translations. */
export class TranslationRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Codes of every installed translation, alphabetically. */
  async listCodes(): Promise<string[]> {
    const rows = await this.db.selectFrom('translations').select('code').orderBy('code').execute();
    return rows.map((r) => r.code);
  }

  /** Every installed translation with its metadata. */
  async list(): Promise<TranslationTable[]> {
    return this.db.selectFrom('translations').selectAll().orderBy('code').execute();
  }
}
