import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';
import { planMessages } from '../../content/plans/plans.messages.js';

/** The home page: what Intercede is for, and the two ways in (ask for prayer, pray for others). */
export function HomePage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('site.name')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <div class="actions">
        <a class="button" href={ctx.href('/pray')}>
          {t('home.cta.pray')}
        </a>
        <a class="button button--secondary" href={ctx.href('/intercede')}>
          {t('home.cta.intercede')}
        </a>
      </div>
      <blockquote class="verse">
        <p>{t('home.verse.text')}</p>
        <cite>{t('home.verse.ref')}</cite>
      </blockquote>
      <h2>{t('home.how.title')}</h2>
      <ol class="steps">
        <li>{t('home.how.ask')}</li>
        <li>{t('home.how.pray')}</li>
        <li>{t('home.how.hear')}</li>
      </ol>
      <p class="notice" role="note">
        {t('home.crisis')}
      </p>
      <p>
        <a href={ctx.href('/plans')}>{planMessages(ctx.locale)('plans.homeLink')}</a>
      </p>
    </Layout>
  );
}
