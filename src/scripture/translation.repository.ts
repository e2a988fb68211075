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

  /** Inserts or replaces a translation's row (inside the install transaction). */
  async upsert(row: TranslationTable): Promise<void> {
    const { code: _code, ...rest } = row;
    await this.db.insertInto('translations').values(row).onConflict((oc) => oc.column('code').doUpdateSet(rest)).execute();
  }

  /** Install time of each translation, to notice installs made by another process. */
  async stamps(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('translations').select(['code', 'installed_at']).execute();
    return new Map(rows.map((r) => [r.code, r.installed_at]));
  }
}
