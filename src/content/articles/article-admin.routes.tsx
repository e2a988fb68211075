// The authors' pages: the list, the editor (new and edit) with a Preview that works without JavaScript
// and a debounced JSON preview for the editor script, publish/unpublish, and revisions. Every form
// carries the CSRF token; every route is for authors only (articlePolicy). They live under /write, not
// /admin: /admin is admin-only everywhere (the authorization matrix holds every /admin route to it),
// and an author need not be an admin — as moderation and pastoral pages live outside /admin too.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { field } from '../../web/views/forms/form-body.js';
import type { RawArticleInput } from './article.input.js';
import { articlePolicy } from './article.policy.js';
import { describeFieldProblems } from './article.problems.js';
import type { ArticleDetail, ArticleView } from './article.presenter.js';
import type { ArticleService } from './article.service.js';
import { articleMessages } from './articles.messages.js';
import { renderArticleBody } from './markdown.render.js';
import { AdminArticlesPage } from './views/admin-articles.page.js';
import { ArticleEditorPage, EMPTY_EDITOR, type EditorValues } from './views/article-editor.page.js';
import { ArticleRevisionPage, ArticleRevisionsPage } from './views/article-revisions.page.js';
import { CheckReportView } from './views/check-report.js';
import { formatDay, publishFieldValue } from './views/format.js';

export interface ArticleAdminRouteOptions {
  readonly articles: ArticleService;
  readonly scripture: Pick<ScriptureServices, 'translations'>;
}

/** A 200,000-character body, form-encoded, can triple in size; the default limit is 64 KiB. */
const EDITOR_BODY_LIMIT = 1024 * 1024;

function valuesOf(body: unknown): EditorValues {
  return {
    title: field(body, 'title'),
    slug: field(body, 'slug'),
    summary: field(body, 'summary'),
    tags: field(body, 'tags'),
    translation: field(body, 'translation'),
    language: field(body, 'language'),
    publishAt: field(body, 'publishAt'),
    respond: field(body, 'respond'),
    body: field(body, 'body'),
  };
}

function rawOf(values: EditorValues): RawArticleInput {
  return { ...values };
}

function valuesFrom(article: Pick<ArticleDetail, 'title' | 'slug' | 'summary' | 'tags' | 'translation' | 'language' | 'publishAt' | 'respond' | 'body'>): EditorValues {
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    tags: article.tags.join(', '),
    translation: article.translation ?? '',
    language: article.language,
    publishAt: publishFieldValue(article.publishAt),
    respond: article.respond,
    body: article.body,
  };
}

function linkPrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

export const articleAdminRoutes: FastifyPluginAsync<ArticleAdminRouteOptions> = async (app, { articles, scripture }) => {
  const access = (action: Parameters<typeof articlePolicy.access>[0]) => ({ access: articlePolicy.access(action) });

  async function editor(request: FastifyRequest, reply: FastifyReply, props: { article?: ArticleView; values: EditorValues; errors?: Record<string, string>; preview?: boolean; notice?: string; restoring?: number; status?: number }) {
    const ctx = request.pageContext();
    const translations = await scripture.translations.list({ locale: request.locale });
    const preview = props.preview ? await articles.preview(request.actor, rawOf(props.values), request.locale) : undefined;
    return reply.code(props.status ?? 200).page(
      <ArticleEditorPage ctx={ctx} article={props.article} values={props.values} errors={props.errors} translations={translations} preview={preview} notice={props.notice} restoring={props.restoring} />,
    );
  }

  /** A failed save: field errors beside the fields (400), or the conflict explained (409); the text is kept. */
  async function saveFailed(request: FastifyRequest, reply: FastifyReply, err: unknown, values: EditorValues, article?: ArticleView) {
    const problems = fieldProblemsOf(err);
    if (problems) return editor(request, reply, { article, values, errors: describeFieldProblems(request.locale, problems), preview: true, status: 400 });
    if (err instanceof AppError && err.code === 'CONFLICT') {
      return editor(request, reply, { article, values, errors: { body: articleMessages(request.locale)('admin.articles.conflict') }, preview: true, status: 409 });
    }
    throw err;
  }

  function noticeFor(locale: Locale, query: Record<string, unknown>, article?: ArticleView): string | undefined {
    const m = articleMessages(locale);
    if (query.created !== undefined) return m('admin.articles.created');
    if (query.published !== undefined && article) return article.state === 'scheduled' && article.publishAt ? m('admin.articles.scheduledNotice', { date: formatDay(article.publishAt, locale) }) : m('admin.articles.publishedNotice');
    if (query.unpublished !== undefined) return m('admin.articles.unpublishedNotice');
    if (typeof query.saved === 'string' && /^\d+$/.test(query.saved)) return m('admin.articles.saved', { number: Number(query.saved) });
    return undefined;
  }

  const to = (request: FastifyRequest, path: string) => localePath(request.locale, path);

  app.get('/write/articles', { schema: { hide: true }, config: access('list') }, async (request, reply) => {
    const { articles: list } = await articles.listForAuthors(request.actor, { page: 1 });
    return reply.page(<AdminArticlesPage ctx={request.pageContext()} articles={list} notice={noticeFor(request.locale, request.query as Record<string, unknown>)} />);
  });

  app.get('/write/articles/new', { schema: { hide: true }, config: access('create') }, async (request, reply) => editor(request, reply, { values: { ...EMPTY_EDITOR, language: request.locale } }));

  app.post('/write/articles/new', { schema: { hide: true }, config: access('create'), bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const values = valuesOf(request.body);
    const intent = field(request.body, 'intent');
    if (intent === 'preview') return editor(request, reply, { values, preview: true });
    try {
      const made = await articles.create(request.actor, rawOf(values), { publish: intent === 'publish' });
      return reply.redirect(`${to(request, `/write/articles/${made.id}`)}?${intent === 'publish' ? 'published' : 'created'}`, 303);
    } catch (err) {
      return saveFailed(request, reply, err, values);
    }
  });

  // The editor script's preview: the same preview and check as the Preview button, as HTML fragments.
  app.post('/write/articles/preview', { schema: { hide: true }, config: access('preview'), bodyLimit: EDITOR_BODY_LIMIT }, async (request) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = valuesOf(body);
    const preview = await articles.preview(request.actor, rawOf(values), request.locale);
    return {
      html: preview.html,
      check: renderToString(<CheckReportView report={preview.report} locale={request.locale} />),
      problems: preview.report.problems.length,
    };
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>('/write/articles/:id', { schema: { hide: true }, config: access('edit') }, async (request, reply) => {
    const article = await articles.getForEdit(request.actor, request.params.id);
    const from = request.query.from;
    if (from !== undefined && /^\d{1,6}$/.test(from)) {
      const revision = await articles.revision(request.actor, article.id, Number(from));
      return editor(request, reply, { article, values: valuesFrom(revision), preview: true, restoring: revision.number });
    }
    return editor(request, reply, { article, values: valuesFrom(article), preview: true, notice: noticeFor(request.locale, request.query, article) });
  });

  app.post<{ Params: { id: string } }>('/write/articles/:id', { schema: { hide: true }, config: access('edit'), bodyLimit: EDITOR_BODY_LIMIT }, async (request, reply) => {
    const article = await articles.getForEdit(request.actor, request.params.id);
    const values = valuesOf(request.body);
    const intent = field(request.body, 'intent');
    const restoredFrom = field(request.body, 'restoredFrom');
    const restoring = /^\d+$/.test(restoredFrom) ? Number(restoredFrom) : undefined;
    if (intent === 'preview') return editor(request, reply, { article, values, preview: true, restoring });
    const revisionText = field(request.body, 'revision');
    try {
      const saved = await articles.update(request.actor, article.id, rawOf(values), {
        expectedRevision: /^\d+$/.test(revisionText) ? Number(revisionText) : undefined,
        reason: restoring !== undefined ? 'restored' : 'edited',
        publish: intent === 'publish',
      });
      return reply.redirect(`${to(request, `/write/articles/${saved.id}`)}?${intent === 'publish' ? 'published' : `saved=${saved.revision}`}`, 303);
    } catch (err) {
      return saveFailed(request, reply, err, values, article);
    }
  });

  app.post<{ Params: { id: string } }>('/write/articles/:id/publish', { schema: { hide: true }, config: access('publish') }, async (request, reply) => {
    const done = await articles.publish(request.actor, request.params.id);
    return reply.redirect(`${to(request, `/write/articles/${done.id}`)}?published`, 303);
  });

  app.post<{ Params: { id: string } }>('/write/articles/:id/unpublish', { schema: { hide: true }, config: access('publish') }, async (request, reply) => {
    const done = await articles.unpublish(request.actor, request.params.id);
    return reply.redirect(`${to(request, `/write/articles/${done.id}`)}?unpublished`, 303);
  });

  app.get<{ Params: { id: string } }>('/write/articles/:id/revisions', { schema: { hide: true }, config: access('edit') }, async (request, reply) => {
    const article = await articles.getForEdit(request.actor, request.params.id);
    const revisions = await articles.revisions(request.actor, article.id);
    return reply.page(<ArticleRevisionsPage ctx={request.pageContext()} article={article} revisions={revisions} />);
  });

  app.get<{ Params: { id: string; number: string } }>('/write/articles/:id/revisions/:number', { schema: { hide: true }, config: access('edit') }, async (request, reply) => {
    const article = await articles.getForEdit(request.actor, request.params.id);
    if (!/^\d{1,6}$/.test(request.params.number)) throw new AppError('NOT_FOUND', 'There is no such revision.');
    const revision = await articles.revision(request.actor, article.id, Number(request.params.number));
    const reading = await articles.reading(revision);
    const { html } = renderArticleBody(revision.body, { ...reading, prefix: linkPrefix(request.locale), markInvalid: true });
    return reply.page(<ArticleRevisionPage ctx={request.pageContext()} article={article} revision={revision} html={html} />);
  });
};
