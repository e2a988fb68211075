import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';
import { isLocale, negotiateLocale, splitLocalePrefix, type Locale } from '../i18n/locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request is answered in. */
    locale: Locale;
    /** The requested path without any locale prefix or query. */
    pagePath: string;
  }
}

const PREFIX_LOCALE = Symbol('prefixLocale');
type TaggedMessage = IncomingMessage & { [PREFIX_LOCALE]?: Locale };

/** For Fastify's `rewriteUrl`: serves `/es/…` from the same routes as `/…`, remembering the locale. */
export function rewriteLocaleUrl(req: IncomingMessage): string {
  const { locale, url } = splitLocalePrefix(req.url ?? '/');
  if (locale) (req as TaggedMessage)[PREFIX_LOCALE] = locale;
  return url;
}

/** Sets `request.locale`: URL prefix, then `?lang=`, then Accept-Language. */
export const localePlugin = fp(async (app) => {
  app.decorateRequest('locale', 'en');
  app.decorateRequest('pagePath', '/');
  app.addHook('onRequest', async (request) => {
    const fromPath = (request.raw as TaggedMessage)[PREFIX_LOCALE];
    const query = request.query as Record<string, unknown> | undefined;
    const fromQuery = query && isLocale(query.lang) ? query.lang : undefined;
    request.locale = fromPath ?? fromQuery ?? negotiateLocale(request.headers['accept-language']);
    request.pagePath = request.url.split('?')[0] || '/';
  });
});
