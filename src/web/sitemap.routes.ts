// `/sitemap.xml`: the site's public pages, each with its English and Spanish address. Fixed pages are
// listed when this server has them; the rest comes from each area's `sitemapEntries()`.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { escapeXml } from '../content/articles/article.routes.js';
import { localePath, type Locale } from '../platform/i18n/locale.js';
import type { SitemapEntry, SitemapSource } from './sitemap.js';

export interface SitemapRouteOptions {
  /** The site's public address (BASE_URL): sitemap addresses are absolute. */
  readonly baseUrl: string;
  /** The areas whose pages are listed, in this order. */
  readonly sources: readonly SitemapSource[];
}

/** Pages listed besides the areas' own, when this server has them. */
const STATIC_PAGES = ['/', '/articles', '/pray', '/wall', '/bible', '/search', '/topics', '/plans', '/churches', '/stories'];

function hasPage(app: FastifyInstance, url: string): boolean {
  return app.hasRoute({ method: 'GET', url });
}

/** Registers `GET /sitemap.xml`. */
export const sitemapRoutes: FastifyPluginAsync<SitemapRouteOptions> = async (app, { baseUrl, sources }) => {
  const site = baseUrl.replace(/\/+$/, '');
  const absolute = (locale: Locale, path: string) => `${site}${localePath(locale, path)}`;
  const url = ({ path, lastmod }: SitemapEntry) =>
    [
      '  <url>',
      `    <loc>${escapeXml(absolute('en', path))}</loc>`,
      ...(lastmod ? [`    <lastmod>${escapeXml(lastmod)}</lastmod>`] : []),
      `    <xhtml:link rel="alternate" hreflang="en" href="${escapeXml(absolute('en', path))}"/>`,
      `    <xhtml:link rel="alternate" hreflang="es" href="${escapeXml(absolute('es', path))}"/>`,
      '  </url>',
    ].join('\n');

  app.get('/sitemap.xml', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const areas = await Promise.all(sources.map((source) => source.sitemapEntries(request.actor)));
    const pages = STATIC_PAGES.filter((p) => hasPage(app, p)).map((path) => ({ path }));
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...[...pages, ...areas.flat()].map(url),
      '</urlset>',
      '',
    ].join('\n');
    return reply.type('application/xml; charset=utf-8').send(xml);
  });
};
