import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import { h } from 'preact';
import type { Assets } from './assets.js';
import { createPageContext, type PageContext } from './page-context.js';
import { renderDocument } from './render.js';
import { ErrorPage } from './views/error.page.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The view context for rendering a page in this request's locale. */
    pageContext(): PageContext;
  }
  interface FastifyReply {
    /** Sends a rendered page as HTML. */
    page(element: VNode<any>): FastifyReply; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}

/** Lets routes render pages, and serves the hashed stylesheet and scripts under /assets/. */
export const pagesPlugin = fp<{ assets: Assets }>(async (app, { assets }) => {
  app.decorateRequest('pageContext', function (this: FastifyRequest) {
    return createPageContext(this.locale, this.pagePath, assets, { actor: this.actor, csrfToken: () => this.csrfToken() });
  });
  app.decorateReply('page', function (this: FastifyReply, element: VNode<any>) // eslint-disable-line @typescript-eslint/no-explicit-any
  {
    return this.type('text/html; charset=utf-8').send(renderDocument(element));
  });

  app.get('/assets/*', { schema: { hide: true }, config: { access: 'public', authenticate: false } }, async (request, reply) => {
    const asset = assets.get(request.url.split('?')[0]);
    if (!asset) return reply.callNotFound();
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type(asset.contentType)
      .send(asset.body);
  });
});

/** Renders the HTML error page for the errors plugin. */
export function renderErrorPage(assets: Assets) {
  return (request: FastifyRequest, _reply: FastifyReply, status: number, message: string, code?: string): string =>
    renderDocument(
      h(ErrorPage, {
        ctx: createPageContext(request.locale ?? 'en', request.pagePath ?? '/', assets, {
          actor: request.actor,
          csrfToken: typeof request.csrfToken === 'function' ? () => request.csrfToken() : undefined,
        }),
        status,
        message,
        code,
        back: sameSiteReferrer(request),
      }),
    );
}

/** The path of the page a request came from, when it came from this site (for "go back and reload"). */
function sameSiteReferrer(request: FastifyRequest): string | undefined {
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return url.host === request.headers.host ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}
