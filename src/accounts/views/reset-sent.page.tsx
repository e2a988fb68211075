import type { PageContext } from '../../web/page-context.js';
import { Layout } from '../../web/views/layout.js';

/** After `/reset`: the same words whether or not an account exists. */
export function ResetSentPage({ ctx, email }: { ctx: PageContext; email: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reset.sent.title')}>
      <h1>{t('reset.sent.title')}</h1>
      <p>{t('reset.sent.body', { email })}</p>
      <p>{t('reset.sent.expiry')}</p>
      <p>{t('reset.sent.spam')}</p>
      <p>
        <a href={ctx.href('/reset')}>{t('reset.sent.again')}</a>
      </p>
    </Layout>
  );
}
