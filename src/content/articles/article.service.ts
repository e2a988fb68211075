// The articles service: writing (create, edit with revisions, import a file), publishing and
// scheduling, reading (lists, tags, one article rendered with linked Scripture), the author's preview
// with its Scripture check. Takes an actor first; the HTML pages, feeds and the CLI all come through here.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Clock } from '../../accounts/clock.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { ArticleTable, Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields, type FieldProblems } from '../../platform/field-errors.js';
import type { ReferenceLanguage } from '../../scripture/reference/index.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { LruCache } from '../../scripture/sword/lru.cache.js';
import type { TranslationInfo } from '../../scripture/translation.types.js';
import type { VersificationName } from '../../scripture/versification/index.js';
import { normalizeArticleInput, type ArticleInput, type ArticleLanguage, type RawArticleInput } from './article.input.js';
import { articlePolicy } from './article.policy.js';
import {
  presentArticle,
  presentArticleDetail,
  presentRevision,
  presentRevisionSummary,
  type ArticleDetail,
  type ArticleView,
  type RevisionDetail,
  type RevisionSummary,
} from './article.presenter.js';
import { ArticleRepository } from './article.repository.js';
import { describeFieldProblem } from './article.problems.js';
import { parseArticleSource } from './front-matter.parse.js';
import { markdownExcerpt, renderArticleBody } from './markdown.render.js';
import { checkArticleScripture, type CheckReport } from './scripture.check.js';
import { articlePath, tagPath } from './views/format.js';
import { SITEMAP_AREA_LIMIT, type SitemapEntry } from '../../web/sitemap.js';

export const ARTICLES_PER_PAGE = 20;

type Scripture = Pick<ScriptureServices, 'passages' | 'search' | 'translations'>;

/** The translation an article's references open, and how its references are numbered. */
export interface Reading {
  readonly translation: string;
  readonly versification: VersificationName;
  readonly language: ReferenceLanguage;
}

/** An article rendered for a reader. */
export interface RenderedArticle {
  readonly html: string;
  readonly reading: Reading;
  /** References linked, in text order. */
  readonly links: ReadonlyArray<{ text: string; osis: string }>;
}

/** The author's preview: the body as readers will see it (invalid references marked) and the check. */
export interface ArticlePreview {
  readonly html: string;
  readonly report: CheckReport;
  /** Field problems (the same codes a save would give), so the preview can say them early. */
  readonly problems: FieldProblems;
}

export interface ArticleServiceOptions {
  readonly db: Kysely<Tables>;
  readonly clock: Clock;
  readonly audit: AuditService;
  readonly scripture: Scripture;
}

export class ArticleService {
  private readonly repo: ArticleRepository;
  /** Rendered bodies by article, revision, translation and link prefix: rendering takes ~15 ms, a hit none. */
  private readonly rendered = new LruCache<string, RenderedArticle>(2_000_000, (r) => r.html.length);

  constructor(private readonly deps: ArticleServiceOptions) {
    this.repo = new ArticleRepository(deps.db);
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }

  // ---- writing -----------------------------------------------------------------------------------

  /** Checks fields, including that the translation is installed; throws VALIDATION with field codes. */
  private async checked(raw: RawArticleInput): Promise<ArticleInput & { language: ArticleLanguage }> {
    const { input, problems } = normalizeArticleInput(raw);
    const fields: Record<string, string> = { ...problems };
    const installed = await this.deps.scripture.translations.list({});
    let language = input.language;
    if (input.translation && !fields.translation && installed.length) {
      const found = installed.find((t) => t.code.toUpperCase() === input.translation);
      if (!found) fields.translation = 'unknown';
      else if (!language && (found.language === 'en' || found.language === 'es')) language = found.language;
    }
    if (Object.keys(fields).length) throw invalidFields(fields);
    return { ...input, language: language ?? 'en' };
  }

  /** A new draft (or, with `publish`, published at its date or now). */
  async create(actor: Actor, raw: RawArticleInput, options: { publish?: boolean; reason?: 'created' | 'imported' } = {}): Promise<ArticleView> {
    articlePolicy.authorize(actor, 'create');
    const input = await this.checked(raw);
    if (await this.repo.findBySlug(input.slug)) throw invalidFields({ slug: 'taken' });
    const now = this.now();
    const by = actor.kind === 'user' ? actor.id : null;
    const row: ArticleTable = {
      id: randomUUID(),
      ...authoredColumns(input),
      status: options.publish ? 'published' : 'draft',
      publish_at: input.publishAt ?? (options.publish ? now : null),
      revision: 1,
      created_at: now,
      updated_at: now,
      created_by: by,
      updated_by: by,
    };
    await this.repo.transaction(async (repo) => {
      await repo.insert(row, input.tags);
      await repo.insertRevision(revisionRow(row, options.reason ?? 'created', now, by));
    });
    await this.deps.audit.record(actor, { action: options.publish ? 'article.published' : 'article.created', subject: { type: 'article', id: row.id }, details: { slug: row.slug } });
    return presentArticle(row, now);
  }

  /**
   * Saves a new revision. `expectedRevision` is the revision the editor was opened on: when someone
   * saved in between, CONFLICT, rather than silently overwriting their words.
   */
  async update(actor: Actor, id: string, raw: RawArticleInput, options: { expectedRevision?: number; reason?: 'edited' | 'imported' | 'restored'; publish?: boolean } = {}): Promise<ArticleView> {
    articlePolicy.authorize(actor, 'edit');
    const input = await this.checked(raw);
    const now = this.now();
    const by = actor.kind === 'user' ? actor.id : null;
    const saved = await this.repo.transaction(async (repo) => {
      const current = await repo.findById(id);
      if (!current) throw new AppError('NOT_FOUND', 'There is no such article.');
      if (options.expectedRevision !== undefined && options.expectedRevision !== current.revision) {
        throw new AppError('CONFLICT', 'Someone saved this article after you opened it. Your text is below: compare it with the latest revision, then save again.', { revision: current.revision });
      }
      if (input.slug !== current.slug) {
        const other = await repo.findBySlug(input.slug);
        if (other && other.id !== id) throw invalidFields({ slug: 'taken' });
      }
      const next: ArticleTable = {
        ...current,
        ...authoredColumns(input),
        publish_at: input.publishAt ?? (current.status === 'published' || options.publish ? (current.publish_at ?? now) : null),
        status: options.publish ? 'published' : current.status,
        revision: current.revision + 1,
        updated_at: now,
        updated_by: by,
      };
      const { id: _id, created_at: _c, created_by: _b, ...changes } = next;
      await repo.update(id, changes);
      await repo.replaceTags(id, input.tags);
      await repo.insertRevision(revisionRow(next, options.reason ?? 'edited', now, by));
      return { next, publishedNow: options.publish === true && current.status !== 'published' };
    });
    if (saved.publishedNow) await this.deps.audit.record(actor, { action: 'article.published', subject: { type: 'article', id }, details: { slug: saved.next.slug } });
    return presentArticle(saved.next, now);
  }

  /**
   * Imports a Markdown file (front matter and body) or a plain-text article. An article with the same
   * slug gets a new revision; otherwise a new article is made. Problems in the file are one VALIDATION
   * error whose message lists them all.
   */
  async importSource(actor: Actor, source: string, options: { publish?: boolean } = {}): Promise<{ article: ArticleView; created: boolean }> {
    articlePolicy.authorize(actor, 'create');
    const parsed = parseArticleSource(source);
    if (parsed.problems.length) throw new AppError('VALIDATION', parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('\n'));
    const raw: RawArticleInput = { ...parsed.fields, body: parsed.body };
    try {
      const { input } = normalizeArticleInput(raw);
      const existing = input.slug ? await this.repo.findBySlug(input.slug) : undefined;
      if (existing) return { article: await this.update(actor, existing.id, raw, { reason: 'imported', publish: options.publish }), created: false };
      return { article: await this.create(actor, raw, { publish: options.publish, reason: 'imported' }), created: true };
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION' && err.details?.fields) {
        const fields = err.details.fields as FieldProblems;
        throw new AppError('VALIDATION', Object.entries(fields).map(([f, code]) => `${f}: ${describeFieldProblem('en', f, code)}`).join('\n'), { fields });
      }
      throw err;
    }
  }

  async publish(actor: Actor, id: string): Promise<ArticleView> {
    articlePolicy.authorize(actor, 'publish');
    const current = await this.mustFind(id);
    const now = this.now();
    const changes = { status: 'published', publish_at: current.publish_at ?? now, updated_at: now };
    await this.repo.update(id, changes);
    await this.deps.audit.record(actor, { action: 'article.published', subject: { type: 'article', id }, details: { slug: current.slug, publishAt: changes.publish_at } });
    return presentArticle({ ...current, ...changes }, now);
  }

  async unpublish(actor: Actor, id: string): Promise<ArticleView> {
    articlePolicy.authorize(actor, 'publish');
    const current = await this.mustFind(id);
    const now = this.now();
    const changes = { status: 'draft', updated_at: now };
    await this.repo.update(id, changes);
    await this.deps.audit.record(actor, { action: 'article.unpublished', subject: { type: 'article', id }, details: { slug: current.slug } });
    return presentArticle({ ...current, ...changes }, now);
  }

  private async mustFind(id: string): Promise<ArticleTable> {
    const row = await this.repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'There is no such article.');
    return row;
  }

  // ---- the authors' side -------------------------------------------------------------------------

  async listForAuthors(actor: Actor, query: { page?: number } = {}): Promise<{ articles: ArticleView[]; total: number; page: number; pages: number }> {
    articlePolicy.authorize(actor, 'list');
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const { rows, total } = await this.repo.listAll({ limit: ARTICLES_PER_PAGE, offset: (page - 1) * ARTICLES_PER_PAGE });
    const now = this.now();
    return { articles: rows.map((r) => presentArticle(r, now)), total, page, pages: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)) };
  }

  async getForEdit(actor: Actor, id: string): Promise<ArticleDetail> {
    articlePolicy.authorize(actor, 'edit');
    return presentArticleDetail(await this.mustFind(id), this.now());
  }

  async revisions(actor: Actor, id: string): Promise<RevisionSummary[]> {
    articlePolicy.authorize(actor, 'edit');
    await this.mustFind(id);
    return (await this.repo.revisions(id)).map(presentRevisionSummary);
  }

  async revision(actor: Actor, id: string, number: number): Promise<RevisionDetail> {
    articlePolicy.authorize(actor, 'edit');
    const row = await this.repo.findRevision(id, number);
    if (!row) throw new AppError('NOT_FOUND', 'There is no such revision.');
    return presentRevision(row);
  }

  /** The body as readers will see it, with invalid references marked, and the Scripture check. */
  async preview(actor: Actor, raw: RawArticleInput, locale: 'en' | 'es' = 'en'): Promise<ArticlePreview> {
    articlePolicy.authorize(actor, 'preview');
    const { input, problems } = normalizeArticleInput(raw);
    const body = input.body.length > 0 && !problems.body ? input.body : '';
    const reading = await this.reading({ translation: input.translation, language: input.language ?? 'en' });
    const rendered = renderArticleBody(body, { ...reading, prefix: locale === 'es' ? '/es' : '', markInvalid: true });
    const report = await checkArticleScripture(this.deps.scripture, body, { language: reading.language, versification: reading.versification });
    return { html: rendered.html, report, problems };
  }

  /** `intercede article check`: the file's own problems and the Scripture check, lines as in the file. */
  async checkSource(actor: Actor, source: string): Promise<CheckReport> {
    const parsed = parseArticleSource(source);
    const { input, problems } = normalizeArticleInput({ ...parsed.fields, body: parsed.body });
    const fieldProblems = Object.entries(problems)
      .filter(([field]) => field !== 'body')
      .map(([field, code]) => ({ line: 1, message: `${field}: ${describeFieldProblem('en', field, code)}` }));
    const reading = await this.reading({ translation: input.translation, language: input.language ?? 'en' });
    return checkArticleScripture(this.deps.scripture, parsed.body, {
      language: reading.language,
      versification: reading.versification,
      fileLine: parsed.fileLine,
      sourceProblems: [...parsed.problems, ...fieldProblems],
    });
  }

  // ---- reading -----------------------------------------------------------------------------------

  /** Published articles whose time has come, newest first; `tag` narrows to one tag. */
  async listPublished(actor: Actor, query: { tag?: string; page?: number; limit?: number } = {}): Promise<{ articles: ArticleView[]; total: number; page: number; pages: number }> {
    articlePolicy.authorize(actor, 'read');
    const limit = Math.min(100, Math.max(1, query.limit ?? ARTICLES_PER_PAGE));
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const now = this.now();
    const { rows, total } = await this.repo.listPublished({ now, tag: query.tag, limit, offset: (page - 1) * limit });
    return { articles: rows.map((r) => presentArticle(r, now)), total, page, pages: Math.max(1, Math.ceil(total / limit)) };
  }

  async tags(actor: Actor): Promise<Array<{ tag: string; count: number }>> {
    articlePolicy.authorize(actor, 'read');
    return this.repo.publishedTags(this.now());
  }

  /** One article by slug: published and due for everyone; drafts and scheduled ones for authors only (NOT_FOUND otherwise). */
  async getBySlug(actor: Actor, slug: string): Promise<ArticleDetail> {
    articlePolicy.authorize(actor, 'read');
    const row = await this.repo.findBySlug(slug);
    const now = this.now();
    if (!row) throw new AppError('NOT_FOUND', 'There is no article at this address.');
    const article = presentArticleDetail(row, now);
    if (article.state !== 'published' && !articlePolicy.can(actor, 'readDraft')) throw new AppError('NOT_FOUND', 'There is no article at this address.');
    return article;
  }

  /** Which translation an article's links open: the reader's choice, else the article's, else its language's default. */
  async reading(article: { translation: string | null; language: ArticleLanguage }, chosen?: string): Promise<Reading> {
    const installed = await this.deps.scripture.translations.list({});
    const pick = (code: string | null | undefined): TranslationInfo | undefined => (code ? installed.find((t) => t.code.toUpperCase() === code.toUpperCase()) : undefined);
    const found =
      pick(chosen) ??
      pick(article.translation) ??
      (installed.length ? await this.deps.scripture.translations.resolve({ locale: article.language }, {}) : undefined);
    const language: ReferenceLanguage = article.language;
    if (found) return { translation: found.code, versification: found.versification, language };
    const code = article.translation ?? (article.language === 'es' ? 'RV1909' : 'WEB');
    return { translation: code, versification: code === 'WEB' ? 'NRSVA' : 'KJV', language };
  }

  /** The article's body as HTML with every reference linked; `prefix` goes before link paths (locale, site address). */
  async render(article: ArticleDetail, options: { prefix?: string; translation?: string } = {}): Promise<RenderedArticle> {
    const reading = await this.reading(article, options.translation);
    const key = `${article.id}:${article.revision}:${reading.translation}:${options.prefix ?? ''}`;
    const hit = this.rendered.get(key);
    if (hit) return hit;
    const body = renderArticleBody(article.body, { ...reading, prefix: options.prefix });
    const result: RenderedArticle = { html: body.html, reading, links: body.links.map(({ text, osis }) => ({ text, osis })) };
    this.rendered.set(key, result);
    return result;
  }

  /** A summary for lists and OpenGraph: the author's, else the start of the text. */
  static description(article: Pick<ArticleDetail, 'summary' | 'body'>): string {
    return article.summary || markdownExcerpt(article.body);
  }

  /** The sitemap's share: every published article (when it last changed) and every topic page. */
  async sitemapEntries(actor: Actor): Promise<SitemapEntry[]> {
    const [recent, tags] = await Promise.all([this.recentWithBodies(actor, SITEMAP_AREA_LIMIT), this.tags(actor)]);
    return [
      ...recent.map((a) => ({ path: articlePath(a.slug), lastmod: a.updatedAt > (a.publishAt ?? '') ? a.updatedAt : a.publishAt! })),
      ...tags.map((t) => ({ path: tagPath(t.tag) })),
    ];
  }

  /** Published articles for the feed and sitemap, with their bodies, newest first. */
  async recentWithBodies(actor: Actor, limit: number): Promise<ArticleDetail[]> {
    articlePolicy.authorize(actor, 'read');
    const now = this.now();
    const { rows } = await this.repo.listPublished({ now, limit, offset: 0 });
    return rows.map((r) => presentArticleDetail(r, now));
  }
}

/** The columns an author's input decides, the same for a new article and a new revision. */
function authoredColumns(input: ArticleInput & { language: ArticleLanguage }): Pick<ArticleTable, 'slug' | 'title' | 'summary' | 'tags' | 'translation' | 'language' | 'body' | 'respond'> {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    tags: JSON.stringify(input.tags),
    translation: input.translation,
    language: input.language,
    body: input.body,
    respond: input.respond,
  };
}

function revisionRow(row: ArticleTable, reason: string, now: string, by: string | null) {
  return {
    id: randomUUID(),
    article_id: row.id,
    number: row.revision,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    tags: row.tags,
    translation: row.translation,
    language: row.language,
    body: row.body,
    publish_at: row.publish_at,
    respond: row.respond,
    reason,
    created_at: now,
    created_by: by,
  };
}
