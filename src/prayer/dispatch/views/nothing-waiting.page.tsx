import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { SessionNotice, type DoneCode } from './session-notice.js';

/** `/intercede` when nothing is waiting: a calm page, not an error. */
export function NothingWaitingPage({ ctx, done, days }: { ctx: PageContext; done?: DoneCode; days?: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('intercede.empty.title')}>
      <SessionNotice ctx={ctx} done={done} days={days} />
      <h1>{t('intercede.empty.title')}</h1>
      <p class="lead">{t('intercede.empty.body')}</p>
      <div class="actions">
        <a class="button" href={ctx.href('/intercede')}>
          {t('intercede.empty.again')}
        </a>
        <a class="button button--secondary" href={ctx.href('/intercede/commitments')}>
          {t('intercede.commitments.link')}
        </a>
      </div>
    </Layout>
  );
}
