import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { Layout } from '../../../web/views/layout.js';
import type { MyCommitmentView } from '../../commitments/commitment.presenter.js';
import { SessionNotice, type DoneCode } from './session-notice.js';

/** `/intercede/commitments`: the requests one promised to pray for daily, each with a way to pray now or end it. */
export function CommitmentsPage({ ctx, commitments, done }: { ctx: PageContext; commitments: readonly MyCommitmentView[]; done?: DoneCode }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('intercede.commitments.title')}>
      <SessionNotice ctx={ctx} done={done} />
      <h1>{t('intercede.commitments.title')}</h1>
      <p class="lead">{t('intercede.commitments.lead')}</p>
      {commitments.length === 0 ? (
        <p>{t('intercede.commitments.none')}</p>
      ) : (
        <ul class="commitments">
          {commitments.map((c) => {
            const name = c.request.firstName ?? t('request.anonymous');
            return (
              <li key={c.id} class="commitment">
                <h2 class="commitment__title">
                  {name} · {t(`request.category.${c.request.category}` as const)}
                </h2>
                <p class="muted">{t('intercede.commitments.day', { day: c.day, days: c.days })}</p>
                <blockquote class="commitment__text" lang={c.request.language}>
                  <p>{c.request.text}</p>
                </blockquote>
                <div class="button-group">
                  <a class="button" href={ctx.href(`/intercede/requests/${encodeURIComponent(c.request.id)}`)}>
                    {c.request.firstName ? t('intercede.commitments.pray', { name: c.request.firstName }) : t('intercede.commitments.prayUnnamed')}
                  </a>
                  <form method="post" action={ctx.href(`/intercede/commitments/${encodeURIComponent(c.id)}/withdraw`)} class="inline-form">
                    <CsrfField token={ctx.csrfToken()} />
                    <button class="button button--secondary" type="submit">
                      {t('intercede.commitments.withdraw')}
                      <span class="visually-hidden">: {name}</span>
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href={ctx.href('/intercede')}>{t('intercede.back')}</a>
      </p>
    </Layout>
  );
}
