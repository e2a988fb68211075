import { sql, type Kysely } from 'kysely';
import { kindOf } from '../dialect.js';

/**
 * Scripture: verses of each installed translation, Nave's topics, and full-text search over verses.
 * Search is the one part without a common SQL form: SQLite gets an FTS5 table per language (English
 * with Porter stemming, Spanish accent-insensitive), PostgreSQL a tsvector column with a GIN index that
 * the importer fills (english config, or 'simple' over accent-stripped text for Spanish).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('verses')
    // Assigned by the importer: one 65,536-wide block per translation plus the verse's ordinal, so a
    // translation's rows are one id range (FTS5 seeks rowid ranges).
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('translation', 'text', (c) => c.notNull().references('translations.code').onDelete('cascade'))
    .addColumn('book', 'text', (c) => c.notNull())
    .addColumn('chapter', 'integer', (c) => c.notNull())
    .addColumn('verse', 'integer', (c) => c.notNull())
    // Position of the verse in its versification (1-based over every verse of every book).
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // JSON: segments (words of Jesus), headings, notes and breaks; absent keys mean none.
    .addColumn('rendered', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verses_translation_ordinal').unique().on('verses').columns(['translation', 'ordinal']).execute();

  await db.schema
    .createTable('topics')
    .addColumn('name', 'text', (c) => c.primaryKey())
    // Upper-cased, accents and punctuation removed: what lookups and name search compare.
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // Set for names that are only a pointer to another topic (a dictionary @LINK).
    .addColumn('link_to', 'text')
    // JSON: sections with headings, lines, OSIS references (as the source numbers them) and cross-links.
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('see_also', 'text', (c) => c.notNull())
    .addColumn('reference_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('topics_normalized').on('topics').column('normalized').execute();

  if (kindOf(db) === 'postgres') {
    await sql`alter table verses add column search tsvector`.execute(db);
    await sql`create index verses_search on verses using gin (search)`.execute(db);
  } else {
    await sql`create virtual table verse_search_en using fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create virtual table verse_search_es using fts5(text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (kindOf(db) === 'sqlite') {
    await sql`drop table verse_search_es`.execute(db);
    await sql`drop table verse_search_en`.execute(db);
  }
  await db.schema.dropTable('topics').execute();
  await db.schema.dropTable('verses').execute();
}
