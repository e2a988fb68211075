// PostgreSQL full-text search: a tsvector column on verses with a GIN index. English uses the built-in
// english configuration (stemming); Spanish uses 'simple' over accent-folded text, which needs no
// extension. The importer fills the column; highlights come from ts_headline over the same text.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { foldAccents } from '../text-fold.js';
import { ID_BLOCK } from '../verse.repository.js';
import { MARK_END, MARK_START, readMarkers } from './highlight.markers.js';
import type { SearchLanguage, SearchRepository, SearchRow } from './search.repository.js';
import type { SearchNode } from './search.query.js';

const CONFIG: Record<SearchLanguage, string> = { en: 'english', es: 'simple' };
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
// Rows per UPDATE when the text is folded in the application.
const BATCH = 5000;

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

  async index(db: Kysely<Tables>, translation: string, language: SearchLanguage): Promise<void> {
    if (language === 'en') {
      await sql`update verses set search = to_tsvector('english', text) where translation = ${translation}`.execute(db);
      return;
    }
    const rows = await db.selectFrom('verses').select(['id', 'text']).where('translation', '=', translation).execute();
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      const ids = part.map((r) => r.id);
      const texts = part.map((r) => foldAccents(r.text));
      await sql`update verses as v set search = to_tsvector('simple', d.t)
        from unnest(${ids}::int[], ${texts}::text[]) as d(id, t) where v.id = d.id`.execute(db);
    }
  }

  async remove(): Promise<void> {
    // The tsvector lives on the verse row and goes with it.
  }

  async search(translation: string, language: SearchLanguage, query: SearchNode, limit: number, offset: number) {
    const q = toTsquery(query, language);
    const page = await sql<{ id: number; text: string; total: number }>`
      with q as (select ${q} as q)
      select v.id, v.text, count(*) over () as total
      from verses v, q where v.translation = ${translation} and v.search @@ q.q
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
