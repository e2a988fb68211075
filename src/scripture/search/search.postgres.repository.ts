// PostgreSQL full-text search: a tsvector column on verses with a GIN index. English uses the built-in
// english configuration (stemming); Spanish uses 'simple' over accent-folded text, which needs no
// extension. The column is filled as verses are written; highlights come from ts_headline over the same text.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { foldAccents } from '../text-fold.js';
import { ID_BLOCK, type VerseRow } from '../verse.repository.js';
import { MARK_END, MARK_START, readMarkers } from './highlight.markers.js';
import type { SearchLanguage, SearchRepository, SearchRow } from './search.repository.js';
import type { SearchNode } from './search.query.js';

const CONFIG: Record<SearchLanguage, string> = { en: 'english', es: 'simple' };
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
// Rows per INSERT (arrays, so no parameter limit applies).
const BATCH = 2000;

/** Compiles a query tree to a tsquery expression (words bound as parameters, never spliced). */
export function toTsquery(node: SearchNode, language: SearchLanguage): RawBuilder<unknown> {
  const cfg = sql`${CONFIG[language]}::regconfig`;
  switch (node.kind) {
    case 'term': {
      // Words hold only letters, digits and marks (search.query.ts), so ':*' cannot inject syntax.
      if (node.prefix) return sql`to_tsquery(${cfg}, ${`${node.word}:*`})`;
      const forms = node.forms && node.forms.length > 1 ? node.forms : [node.word];
      return sql`(${sql.join(forms.map((f) => sql`plainto_tsquery(${cfg}, ${f})`), sql` || `)})`;
    }
    case 'phrase':
      return sql`phraseto_tsquery(${cfg}, ${node.words.join(' ')})`;
    case 'and': {
      const parts = [...node.items.map((n) => toTsquery(n, language)), ...node.not.map((n) => sql`!!(${toTsquery(n, language)})`)];
      return sql`(${sql.join(parts, sql` && `)})`;
    }
    case 'or':
      return sql`(${sql.join(node.items.map((n) => toTsquery(n, language)), sql` || `)})`;
  }
}

/** Search on PostgreSQL with tsvector and GIN. */
export class PostgresSearchRepository implements SearchRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  async writeVerses(db: Kysely<Tables>, rows: readonly VerseRow[], language: SearchLanguage, onBatch?: (written: number) => void): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      const col = <K extends keyof VerseRow>(k: K) => part.map((r) => r[k]);
      const docs = language === 'es' ? part.map((r) => foldAccents(r.text)) : col('text');
      // One statement per batch: arrays in, the tsvector computed beside each row (no second pass).
      await sql`insert into verses (id, translation, book, chapter, verse, ordinal, text, rendered, search)
        select u.id, u.translation, u.book, u.chapter, u.verse, u.ordinal, u.text, u.rendered, to_tsvector(${CONFIG[language]}::regconfig, u.doc)
        from unnest(${col('id')}::int[], ${col('translation')}::text[], ${col('book')}::text[], ${col('chapter')}::int[],
          ${col('verse')}::int[], ${col('ordinal')}::int[], ${col('text')}::text[], ${col('rendered')}::text[], ${docs}::text[])
          as u(id, translation, book, chapter, verse, ordinal, text, rendered, doc)`.execute(db);
      onBatch?.(Math.min(rows.length, i + BATCH));
    }
  }

  async optimize(): Promise<void> {
    // A reinstall leaves a translation's old rows dead and new ones in the GIN pending list; vacuuming
    // now (outside the install transaction) halves the first searches' time instead of waiting for autovacuum.
    await sql`vacuum (analyze) verses`.execute(this.db);
  }

  async remove(): Promise<void> {
    // The tsvector lives on the verse row and goes with it.
  }

  async search(translation: string, language: SearchLanguage, query: SearchNode, limit: number, offset: number) {
    const q = toTsquery(query, language);
    const page = await sql<{ id: number; text: string; total: number }>`
      with q as (select ${q} as q)
      select v.id, v.text, count(*) over () as total
      from verses v, q
      -- "|| ''" keeps the planner from AND-ing the GIN bitmap with a scan of the translation's whole index
      -- range, which costs more than filtering the few matching rows.
      where v.search @@ q.q and (v.translation || '') = ${translation}
      order by ts_rank(v.search, q.q) desc, v.ordinal
      limit ${limit} offset ${offset}`.execute(this.db);
    let total = Number(page.rows[0]?.total ?? 0);
    if (page.rows.length === 0 && offset > 0) {
      const counted = await sql<{ n: number }>`
        select count(*) as n from verses v where v.translation = ${translation} and v.search @@ ${q}`.execute(this.db);
      total = Number(counted.rows[0]?.n ?? 0);
    }
    if (page.rows.length === 0) return { total, rows: [] };
    const docs = page.rows.map((r) => (language === 'es' ? foldAccents(r.text) : r.text));
    const marked = await sql<{ marked: string }>`
      select ts_headline(${CONFIG[language]}::regconfig, d, ${q}, ${HEADLINE}) as marked
      from unnest(${docs}::text[]) with ordinality as u(d, n) order by n`.execute(this.db);
    const rows: SearchRow[] = page.rows.map((r, i) => ({
      ordinal: Number(r.id) % ID_BLOCK,
      text: r.text,
      highlights: readMarkers(marked.rows[i]?.marked ?? r.text).highlights,
    }));
    return { total, rows };
  }
}
