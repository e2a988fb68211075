// SQLite full-text search: an FTS5 table per search language whose rowids are verse ids, so a
// translation is one rowid range (FTS5 seeks it) and bm25 ranks within it.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { ID_BLOCK, VerseRepository, type VerseRow } from '../verse.repository.js';
import { MARK_END, MARK_START, readMarkers } from './highlight.markers.js';
import type { SearchLanguage, SearchRepository, SearchRow } from './search.repository.js';
import type { SearchNode } from './search.query.js';

const TABLES: Record<SearchLanguage, RawBuilder<unknown>> = {
  en: sql.raw('verse_search_en'),
  es: sql.raw('verse_search_es'),
};

function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** Compiles a query tree to FTS5's MATCH syntax. */
export function toFts5(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      if (node.prefix) return `${quote(node.word)} *`;
      return node.forms && node.forms.length > 1 ? `(${node.forms.map(quote).join(' OR ')})` : quote(node.word);
    case 'phrase':
      return quote(node.words.join(' '));
    case 'and': {
      const pos = node.items.length === 1 ? toFts5(node.items[0]) : `(${node.items.map(toFts5).join(' AND ')})`;
      return node.not.length ? `(${pos}${node.not.map((n) => ` NOT ${toFts5(n)}`).join('')})` : pos;
    }
    case 'or':
      return `(${node.items.map(toFts5).join(' OR ')})`;
  }
}

/** Search on SQLite with FTS5. */
export class SqliteSearchRepository implements SearchRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  async writeVerses(db: Kysely<Tables>, rows: readonly VerseRow[], language: SearchLanguage, onBatch?: (written: number) => void): Promise<void> {
    if (rows.length === 0) return;
    await new VerseRepository(db).insert(rows, onBatch);
    const translation = rows[0].translation;
    await sql`insert into ${TABLES[language]} (rowid, text) select id, text from verses where translation = ${translation} and text <> ''`.execute(db);
  }

  async optimize(): Promise<void> {
    for (const table of Object.values(TABLES)) await sql`insert into ${table} (${table}) values ('optimize')`.execute(this.db);
    await sql`analyze`.execute(this.db);
  }

  async remove(db: Kysely<Tables>, translation: string): Promise<void> {
    // Both tables: the translation may have been indexed under another language before.
    for (const table of Object.values(TABLES)) {
      await sql`delete from ${table} where rowid in (select id from verses where translation = ${translation})`.execute(db);
    }
  }

  async search(translation: string, language: SearchLanguage, query: SearchNode, limit: number, offset: number) {
    const table = TABLES[language];
    const match = toFts5(query);
    // Scalar subqueries give FTS5 the translation's rowid range as constants.
    const range = sql`rowid between (select id from verses where translation = ${translation} order by ordinal limit 1)
      and (select id from verses where translation = ${translation} order by ordinal desc limit 1)`;
    const page = await sql<{ id: number; marked: string }>`
      select rowid as id, highlight(${table}, 0, ${MARK_START}, ${MARK_END}) as marked
      from ${table} where ${table} match ${match} and ${range}
      order by rank limit ${limit} offset ${offset}`.execute(this.db);
    let total = page.rows.length + offset;
    if (page.rows.length === limit || (offset > 0 && page.rows.length === 0)) {
      const counted = await sql<{ n: number }>`select count(*) as n from ${table} where ${table} match ${match} and ${range}`.execute(this.db);
      total = Number(counted.rows[0]?.n ?? 0);
    }
    const rows: SearchRow[] = page.rows.map((r) => ({ ordinal: r.id % ID_BLOCK, ...readMarkers(r.marked) }));
    return { total, rows };
  }
}
