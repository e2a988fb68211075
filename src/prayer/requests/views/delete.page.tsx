import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { Layout } from '../../../web/views/layout.js';

/** `/r/:token/delete`: asks once more before removing the request for good. */
export function DeleteRequestPage({ ctx, token }: { ctx: PageContext; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('mine.delete.confirmTitle')}>
      <h1>{t('mine.delete.confirmTitle')}</h1>
      <p>{t('mine.delete.confirmBody')}</p>
      <form method="post" action={ctx.href(`/r/${token}/delete`)}>
        <CsrfField token={ctx.csrfToken()} />
        <div class="button-group">
          <button class="button button--warning" type="submit">
            {t('mine.delete.confirm')}
          </button>
          <a href={ctx.href(`/r/${token}`)}>{t('mine.delete.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

/** `/pray/deleted`: the request is gone; the way back to asking for prayer stays open. */
export function RequestDeletedPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('mine.deleted.title')}>
      <div class="confirmation-panel">
        <h1 class="confirmation-panel__title">{t('mine.deleted.title')}</h1>
      </div>
      <p>{t('mine.deleted.body')}</p>
      <p>{t('mine.deleted.again')}</p>
      <p>
        <a href={ctx.href('/pray')}>{t('mine.notFound.pray')}</a>
      </p>
    </Layout>
  );
}

/** A private link that leads nowhere (unknown, mistyped or deleted): one page for all, so none is told apart. */
export function LinkNotFoundPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('mine.notFound.title')}>
      <h1>{t('mine.notFound.title')}</h1>
      <p>{t('mine.notFound.body')}</p>
      <p>
        <a href={ctx.href('/pray')}>{t('mine.notFound.pray')}</a>
      </p>
    </Layout>
  );
}
