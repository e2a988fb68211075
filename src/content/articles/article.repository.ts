// Articles, their tags and revisions in SQL. The only file of this area that speaks Kysely; it is the
// same for SQLite and PostgreSQL (times are ISO text, so "published by now" is a string comparison).
import type { Kysely } from 'kysely';
import type { ArticleRevisionTable, ArticleTable, Tables } from '../../platform/db/tables.js';

/** The columns an author changes with an edit. */
export type ArticleContent = Pick<ArticleTable, 'slug' | 'title' | 'summary' | 'tags' | 'translation' | 'language' | 'body' | 'publish_at' | 'respond'>;

/** A revision as listed (without its body). */
export type RevisionSummaryRow = Pick<ArticleRevisionTable, 'number' | 'title' | 'reason' | 'created_at'> & { author: string | null };

export class ArticleRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Runs `fn` in one transaction with a repository bound to it. */
  transaction<T>(fn: (repo: ArticleRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new ArticleRepository(trx)));
  }

  async insert(row: ArticleTable, tags: readonly string[]): Promise<void> {
    await this.db.insertInto('articles').values(row).execute();
    await this.replaceTags(row.id, tags);
  }

  async update(id: string, changes: Partial<Omit<ArticleTable, 'id' | 'created_at' | 'created_by'>>): Promise<void> {
    await this.db.updateTable('articles').set(changes).where('id', '=', id).execute();
  }

  async replaceTags(id: string, tags: readonly string[]): Promise<void> {
    await this.db.deleteFrom('article_tags').where('article_id', '=', id).execute();
    if (tags.length) await this.db.insertInto('article_tags').values(tags.map((tag) => ({ article_id: id, tag }))).execute();
  }

  async insertRevision(row: ArticleRevisionTable): Promise<void> {
    await this.db.insertInto('article_revisions').values(row).execute();
  }

  findById(id: string): Promise<ArticleTable | undefined> {
    return this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findBySlug(slug: string): Promise<ArticleTable | undefined> {
    return this.db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  /** Published articles whose publish time has come, newest first, optionally with one tag. */
  async listPublished(query: { now: string; tag?: string; limit: number; offset: number }): Promise<{ rows: ArticleTable[]; total: number }> {
    let base = this.db.selectFrom('articles').where('status', '=', 'published').where('publish_at', '<=', query.now);
    if (query.tag) {
      const tag = query.tag;
      base = base.where((eb) => eb.exists(eb.selectFrom('article_tags').select('article_tags.tag').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag', '=', tag)));
    }
    const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll('articles').orderBy('publish_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
    return { rows, total: Number(n) };
  }

  /** Every article, newest change first (the authors' list). */
  async listAll(query: { limit: number; offset: number }): Promise<{ rows: ArticleTable[]; total: number }> {
    const { n } = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await this.db.selectFrom('articles').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
    return { rows, total: Number(n) };
  }

  /** Tags of published articles with how many articles carry each, most used first. */
  async publishedTags(now: string): Promise<Array<{ tag: string; count: number }>> {
    const rows = await this.db
      .selectFrom('article_tags')
      .innerJoin('articles', 'articles.id', 'article_tags.article_id')
      .where('articles.status', '=', 'published')
      .where('articles.publish_at', '<=', now)
      .select(['article_tags.tag', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('article_tags.tag')
      .orderBy('count', 'desc')
      .orderBy('article_tags.tag')
      .execute();
    return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  }

  async revisions(articleId: string): Promise<RevisionSummaryRow[]> {
    return this.db
      .selectFrom('article_revisions')
      .leftJoin('users', 'users.id', 'article_revisions.created_by')
      .where('article_revisions.article_id', '=', articleId)
      .select(['article_revisions.number', 'article_revisions.title', 'article_revisions.reason', 'article_revisions.created_at', 'users.name as author'])
      .orderBy('article_revisions.number', 'desc')
      .execute();
  }

  findRevision(articleId: string, number: number): Promise<ArticleRevisionTable | undefined> {
    return this.db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).where('number', '=', number).executeTakeFirst();
  }
}
