import type { AnyMessageKey as MessageKey } from '../../platform/i18n/catalogues.js';
import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** Errors with their own words (and a way on) in every language, instead of the generic message. */
const EXPLAINED: Partial<Record<string, { title: MessageKey; body: MessageKey; link?: { key: MessageKey; path: (ctx: PageContext, back?: string) => string } }>> = {
  CSRF: { title: 'error.csrf.title', body: 'error.csrf.body', link: { key: 'error.csrf.reload', path: (ctx, back) => back ?? ctx.href(ctx.path) } },
  UNAUTHENTICATED: { title: 'error.unauthenticated.title', body: 'error.unauthenticated.body', link: { key: 'error.unauthenticated.link', path: (ctx) => ctx.href('/login') } },
  FORBIDDEN: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  COVENANT_REQUIRED: { title: 'error.covenant.title', body: 'error.covenant.body', link: { key: 'error.covenant.link', path: (ctx) => ctx.href('/covenant') } },
  RATE_LIMITED: { title: 'error.rateLimited.title', body: 'error.rateLimited.body' },
};

/**
 * The page shown for a missing page or a failure: says what happened and offers a way on. `back` is the
 * page the person came from (same site only), where a reload is worth trying.
 */
export function ErrorPage({ ctx, status, message, code, back }: { ctx: PageContext; status: number; message?: string; code?: string; back?: string }) {
  const { t } = ctx;
  const explained = code ? EXPLAINED[code] : undefined;
  const title = explained ? t(explained.title) : status === 404 ? t('error.notFound.title') : status >= 500 ? t('error.server.title') : t('error.generic.title');
  const body = explained ? t(explained.body) : status === 404 ? t('error.notFound.body') : status >= 500 ? t('error.server.body') : message ?? '';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      {explained?.link && (
        <p>
          <a href={explained.link.path(ctx, back)}>{t(explained.link.key)}</a>
        </p>
      )}
      <p>
        <a href={ctx.href('/')}>{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
