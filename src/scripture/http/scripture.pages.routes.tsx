import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { ErrorPage } from '../../web/views/error.page.js';
import type { ScriptureServices } from '../scripture.services.types.js';
import type { TranslationInfo } from '../translation.types.js';
import { rememberTranslation } from './translation-cookie.js';
import { BibleIndexPage } from '../views/bible-index.page.js';
import { chapterPath, versePath } from '../views/bible.paths.js';
import { ChapterPage } from '../views/chapter.page.js';
import { SearchPage } from '../views/search.page.js';
import { TopicPage } from '../views/topic.page.js';
import { TopicsPage } from '../views/topics.page.js';

type Query = Record<string, string | undefined>;

// Scripture is public: anyone may read, search and look references up.
const PUBLIC = { access: 'public' as const };

function text(value: unknown, max = 500): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The Scripture pages: the Bible reader, passage box, search and Nave's topics, in English and Spanish. */
export const scripturePageRoutes: FastifyPluginAsync<{ scripture: ScriptureServices }> = async (app, { scripture }) => {
  const actorOf = (request: FastifyRequest) => ({ locale: request.locale });

  /** The index page, or its error variant when a reference could not be opened. */
  async function renderIndex(request: FastifyRequest, reply: FastifyReply, code?: string, failed?: { value: string; message: string; status: number }) {
    const translations = await scripture.translations.list(actorOf(request));
    let translation: TranslationInfo | undefined;
    if (translations.length) translation = await scripture.translations.resolve(actorOf(request), { code });
    reply.status(failed?.status ?? 200);
    return reply.page(<BibleIndexPage ctx={request.pageContext()} translation={translation} translations={translations} failed={failed} />);
  }

  app.get('/bible', { schema: { hide: true }, config: PUBLIC }, (request, reply) => renderIndex(request, reply));

  app.get<{ Params: { translation: string } }>('/bible/:translation', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const found = await scripture.translations.resolve(actorOf(request), { code: request.params.translation });
    if (found.code !== request.params.translation) return reply.redirect(request.pageContext().href(`/bible/${found.code}`), 301);
    return renderIndex(request, reply, found.code);
  });

  app.get<{ Querystring: Query }>('/bible/go', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const ref = text(request.query.ref).trim();
    const code = text(request.query.translation, 20) || undefined;
    if (!ref) return renderIndex(request, reply, code, { value: '', message: request.locale === 'es' ? 'Escribe una cita, por ejemplo Juan 3:16' : 'Enter a reference, for example John 3:16', status: 400 });
    try {
      const result = await scripture.passages.lookup(actorOf(request), { reference: ref, translation: code });
      const first = result.passages[0]?.verses[0];
      if (!first) throw new AppError('UNKNOWN_REFERENCE', `${result.reference} is not in ${result.translation.code}`);
      const wholeChapter = /^[^.]+\.\d+$/.test(result.passages[0].osis);
      const path = wholeChapter
        ? chapterPath(result.translation.code, first.book, first.chapter)
        : versePath(result.translation.code, first.book, first.chapter, first.verse);
      return reply.redirect(request.pageContext().href(path), 303);
    } catch (err) {
      if (err instanceof AppError && ['INVALID_REFERENCE', 'UNKNOWN_REFERENCE', 'PASSAGE_TOO_LONG'].includes(err.code)) {
        return renderIndex(request, reply, code, { value: ref, message: err.message, status: err.status });
      }
      throw err;
    }
  });

  app.get<{ Params: { translation: string; book: string; chapter: string }; Querystring: Query }>(
    '/bible/:translation/:book/:chapter',
    { schema: { hide: true }, config: PUBLIC },
    async (request, reply) => {
      const { translation, book, chapter: chapterText } = request.params;
      const ctx = request.pageContext();
      if (!/^\d{1,3}$/.test(chapterText) || Number(chapterText) < 1) {
        const message = request.locale === 'es' ? `«${chapterText}» no es un número de capítulo` : `"${chapterText}" is not a chapter number`;
        return renderIndex(request, reply, translation, { value: `${book} ${chapterText}`, message, status: 400 });
      }
      let result;
      try {
        result = await scripture.passages.chapter(actorOf(request), { book, chapter: Number(chapterText), translation });
      } catch (err) {
        if (err instanceof AppError && (err.code === 'INVALID_REFERENCE' || err.code === 'UNKNOWN_REFERENCE')) {
          return renderIndex(request, reply, translation, { value: `${book} ${chapterText}`, message: err.message, status: 404 });
        }
        throw err;
      }
      if (result.book !== book || result.translation.code !== translation) {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        return reply.redirect(ctx.href(chapterPath(result.translation.code, result.book, result.chapter)) + query, 301);
      }
      const translations = await scripture.translations.list(actorOf(request));
      rememberTranslation(request, reply, result.translation.code);
      return reply.page(<ChapterPage ctx={ctx} chapter={result} translations={translations} jesus={request.query.jesus === '1'} />);
    },
  );

  app.get<{ Querystring: Query }>('/search', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const ctx = request.pageContext();
    const translations = await scripture.translations.list(actorOf(request));
    const query = text(request.query.q, 2000);
    const translation = text(request.query.translation, 20) || undefined;
    if (!query.trim()) return reply.page(<SearchPage ctx={ctx} translations={translations} translation={translation} query="" />);
    const page = Number(request.query.page ?? '1');
    try {
      const result = await scripture.search.search(actorOf(request), {
        query,
        translation,
        page: Number.isInteger(page) && page > 0 ? page : 1,
      });
      return reply.page(<SearchPage ctx={ctx} translations={translations} query={query} result={result} />);
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_SEARCH') {
        reply.status(400);
        return reply.page(<SearchPage ctx={ctx} translations={translations} translation={translation} query={query.slice(0, 500)} error={err.message} />);
      }
      throw err;
    }
  });

  app.get<{ Querystring: Query }>('/topics', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const query = text(request.query.q, 200);
    const list = await scripture.topics.list(actorOf(request), { query: query || undefined, limit: 500 });
    return reply.page(<TopicsPage ctx={request.pageContext()} query={query} list={list} />);
  });

  app.get<{ Params: { name: string }; Querystring: Query }>('/topics/:name', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const ctx = request.pageContext();
    try {
      const topic = await scripture.topics.get(actorOf(request), { name: request.params.name, translation: text(request.query.translation, 20) || undefined });
      return reply.page(<TopicPage ctx={ctx} topic={topic} />);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNKNOWN_TOPIC') {
        const suggestions = (err.details?.suggestions as string[] | undefined) ?? [];
        reply.status(404);
        return reply.page(
          <TopicsPage
            ctx={ctx}
            query={request.params.name}
            notFound={ctx.t('topic.notFound', { name: request.params.name })}
            list={{ topics: suggestions.map((name) => ({ name, referenceCount: -1 })), total: suggestions.length }}
          />,
        );
      }
      if (err instanceof AppError && err.code === 'UNKNOWN_TRANSLATION') {
        reply.status(404);
        return reply.page(<ErrorPage ctx={ctx} status={404} message={err.message} />);
      }
      throw err;
    }
  });
};
