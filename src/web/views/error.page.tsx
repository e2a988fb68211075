import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** The page shown for a missing page or a failure: says what happened and offers a way home. */
export function ErrorPage({ ctx, status, message }: { ctx: PageContext; status: number; message?: string }) {
  const { t } = ctx;
  const title = status === 404 ? t('error.notFound.title') : status >= 500 ? t('error.server.title') : t('error.generic.title');
  const body = status === 404 ? t('error.notFound.body') : status >= 500 ? t('error.server.body') : message ?? '';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={ctx.href('/')}>{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
