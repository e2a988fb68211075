import { sql, type Kysely } from 'kysely';
import type { Tables, TopicTable } from '../../platform/db/tables.js';

// Rows per INSERT: under both dialects' bound-parameter limits (7 columns a row).
const BATCH = 500;

/** Topical dictionaries (Nave's). */
export class TopicRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Replaces every topic of a source (inside the install transaction). */
  async replaceSource(source: string, rows: readonly TopicTable[]): Promise<void> {
    await this.db.deleteFrom('topics').where('source', '=', source).execute();
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.db.insertInto('topics').values(rows.slice(i, i + BATCH)).execute();
    }
  }

  /** The topic with that normalized name. */
  async get(normalized: string): Promise<TopicTable | undefined> {
    return this.db.selectFrom('topics').selectAll().where('normalized', '=', normalized).orderBy('name').limit(1).executeTakeFirst();
  }

  /** Which of these normalized names exist. */
  async existing(normalized: readonly string[]): Promise<Set<string>> {
    if (normalized.length === 0) return new Set();
    const rows = await this.db.selectFrom('topics').select('normalized').where('normalized', 'in', [...new Set(normalized)]).execute();
    return new Set(rows.map((r) => r.normalized));
  }

  /**
   * Topic names containing `normalized` (all when empty), those starting with it first, then by name;
   * with the total count.
   */
  async search(normalized: string, limit: number, offset: number): Promise<{ total: number; rows: { name: string; reference_count: number }[] }> {
    const contains = `%${normalized.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const starts = `${normalized.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    let base = this.db.selectFrom('topics');
    if (normalized) base = base.where(sql<boolean>`normalized like ${contains} escape '\\'`);
    const [{ n }] = await base.select((eb) => eb.fn.countAll<number>().as('n')).execute();
    const rows = await base
      .select(['name', 'reference_count'])
      .orderBy(sql`case when normalized like ${starts} escape '\\' then 0 else 1 end`)
      .orderBy('normalized')
      .limit(limit)
      .offset(offset)
      .execute();
    return { total: Number(n), rows };
  }
}
