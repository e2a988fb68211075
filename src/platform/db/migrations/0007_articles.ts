import type { Kysely } from 'kysely';

/**
 * Articles: Markdown with Scripture that links and checks itself. The article row holds the current
 * text; every save also writes a numbered revision, so nothing an author wrote is lost. Tags live in
 * their own table so that "articles tagged X" is one indexed query in both dialects (no JSON functions).
 * Times are ISO-8601 UTC text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    // JSON array of tags, in the author's order (article_tags is the index of the same list).
    .addColumn('tags', 'text', (c) => c.notNull())
    // Translation code the references link to (WEB, KJV, RV1909); null: the reader's language's default.
    .addColumn('translation', 'text')
    // Language of the article's text (en | es): book names recognised, lang attribute of the body.
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // draft | published. A published article with publish_at in the future is scheduled, not listed.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    // The revision number of the current text.
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('articles_listing').on('articles').columns(['status', 'publish_at']).execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag'])
    .execute();
  await db.schema.createIndex('article_tags_tag').on('article_tags').columns(['tag', 'article_id']).execute();

  await db.schema
    .createTable('article_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('translation', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    // created | edited | imported | restored
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('article_revisions_number', ['article_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_revisions').execute();
  await db.schema.dropTable('article_tags').execute();
  await db.schema.dropTable('articles').execute();
}
