// The readers' side of articles: the list, a page per topic, the article itself (every Scripture
// reference a link with a verse popover) and the Atom feed; the sitemap (src/web/sitemap.routes.ts)
// takes the service's `sitemapEntries()`. Routes only translate: the service decides what is visible.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { articlePolicy } from './article.policy.js';
import { ArticleService } from './article.service.js';
import { articleMessages } from './articles.messages.js';
import { ArticleListPage } from './views/article-list.page.js';
import { ArticlePage } from './views/article.page.js';
import { articlePath } from './views/format.js';
import { rememberedTranslation, rememberTranslation } from '../../scripture/http/translation-cookie.js';

export interface ArticleRouteOptions {
  readonly articles: ArticleService;
  readonly scripture: Pick<ScriptureServices, 'translations'>;
  /** The site's public address (BASE_URL), for feeds and OpenGraph. */
  readonly baseUrl: string;
}

const PUBLIC = { access: articlePolicy.access('read') };
const FEED_ENTRIES = 30;

function pageNumber(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

/** The locale prefix links in a page need (`/es`, or nothing for English). */
function linkPrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export const articleRoutes: FastifyPluginAsync<ArticleRouteOptions> = async (app, { articles, scripture, baseUrl }) => {
  const site = baseUrl.replace(/\/+$/, '');
  const absolute = (locale: Locale, path: string) => `${site}${localePath(locale, path)}`;

  async function list(request: FastifyRequest, tag?: string) {
    const query = request.query as Record<string, unknown>;
    const [result, tags] = await Promise.all([articles.listPublished(request.actor, { tag, page: pageNumber(query.page) }), articles.tags(request.actor)]);
    const found = !tag || tags.some((t) => t.tag === tag);
    return { found, page: (
      <ArticleListPage
        ctx={request.pageContext()}
        articles={result.articles}
        tags={tags}
        tag={tag}
        page={result.page}
        pages={result.pages}
        feedUrl={absolute(request.locale, '/articles/feed.xml')}
      />
    ) };
  }

  app.get('/articles', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => reply.page((await list(request)).page));

  app.get<{ Params: { tag: string } }>('/articles/tags/:tag', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const tag = request.params.tag.normalize('NFC').toLowerCase().slice(0, 60);
    // A topic no published article has: the page says so, with a 404 so that it is not indexed.
    const { found, page } = await list(request, tag);
    return reply.code(found ? 200 : 404).page(page);
  });

  app.get<{ Params: { slug: string }; Querystring: { translation?: string } }>('/articles/:slug', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const article = await articles.getBySlug(request.actor, request.params.slug);
    const asked = typeof request.query.translation === 'string' ? request.query.translation.slice(0, 20) : undefined;
    const chosen = asked ?? rememberedTranslation(request);
    const rendered = await articles.render(article, { prefix: linkPrefix(request.locale), translation: chosen });
    // A translation chosen here, and installed (the rendering used it), is remembered for the next article.
    if (asked && rendered.reading.translation.toUpperCase() === asked.toUpperCase()) rememberTranslation(request, reply, rendered.reading.translation);
    const translations = await scripture.translations.list({ locale: request.locale });
    const canEdit = articlePolicy.can(request.actor, 'edit');
    // Drafts and scheduled articles are seen only by authors; never cached, never indexed.
    if (article.state !== 'published') reply.header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex');
    return reply.page(
      <ArticlePage
        ctx={request.pageContext()}
        article={article}
        html={rendered.html}
        description={ArticleService.description(article)}
        translation={rendered.reading.translation}
        translations={translations}
        url={absolute(request.locale, articlePath(article.slug))}
        siteName={translator(request.locale)('site.name')}
        canEdit={canEdit}
      />,
    );
  });

  app.get('/articles/feed.xml', { schema: { hide: true }, config: PUBLIC }, async (request, reply) => {
    const locale = request.locale;
    const m = articleMessages(locale);
    const siteName = translator(locale)('site.name');
    const recent = await articles.recentWithBodies(request.actor, FEED_ENTRIES);
    const entries = await Promise.all(
      recent.map(async (a) => {
        const rendered = await articles.render(a, { prefix: site + linkPrefix(locale) });
        const url = absolute(locale, articlePath(a.slug));
        return [
          `  <entry xml:lang="${a.language}">`,
          `    <title>${escapeXml(a.title)}</title>`,
          `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
          `    <id>urn:uuid:${a.id}</id>`,
          `    <published>${a.publishAt}</published>`,
          `    <updated>${a.updatedAt > (a.publishAt ?? '') ? a.updatedAt : a.publishAt}</updated>`,
          `    <summary>${escapeXml(ArticleService.description(a))}</summary>`,
          ...a.tags.map((t) => `    <category term="${escapeXml(t)}"/>`),
          `    <content type="html">${escapeXml(rendered.html)}</content>`,
          '  </entry>',
        ].join('\n');
      }),
    );
    const updated = recent.map((a) => (a.updatedAt > (a.publishAt ?? '') ? a.updatedAt : a.publishAt!)).sort().at(-1) ?? new Date(0).toISOString();
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
      `  <title>${escapeXml(`${siteName} — ${m('articles.title')}`)}</title>`,
      `  <subtitle>${escapeXml(m('articles.lead'))}</subtitle>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(locale, '/articles/feed.xml'))}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(locale, '/articles'))}"/>`,
      `  <id>${escapeXml(absolute(locale, '/articles'))}</id>`,
      `  <updated>${updated}</updated>`,
      `  <author><name>${escapeXml(siteName)}</name></author>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });
};
