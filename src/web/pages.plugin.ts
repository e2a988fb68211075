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
    return createPageContext(this.locale, this.pagePath, assets);
  });
  app.decorateReply('page', function (this: FastifyReply, element: VNode<any>) // eslint-disable-line @typescript-eslint/no-explicit-any
  {
    return this.type('text/html; charset=utf-8').send(renderDocument(element));
  });

  app.get('/assets/*', { schema: { hide: true } }, async (request, reply) => {
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
  return (request: FastifyRequest, _reply: FastifyReply, status: number, message: string): string =>
    renderDocument(h(ErrorPage, { ctx: createPageContext(request.locale ?? 'en', request.pagePath ?? '/', assets), status, message }));
}
