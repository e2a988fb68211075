import type { PageContext } from '../page-context.js';
import { Layout } from './layout.js';

/** The home page: what Intercede is for, the two ways in (ask for prayer, pray for others), and the next steps a ministry offers. */
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
      <h2>{t('home.next.title')}</h2>
      <ul class="next-steps">
        <li>
          <a href={ctx.href('/plans/john-21')}>{t('home.next.read')}</a> {t('home.next.readMore')} <a href={ctx.href('/plans')}>{t('home.next.plans')}</a>
        </li>
        <li>
          <a href={ctx.href('/churches')}>{t('home.next.church')}</a>
        </li>
        <li>
          <a href={ctx.href('/stories/new')}>{t('home.next.share')}</a> {t('home.next.shareMore')} <a href={ctx.href('/stories')}>{t('home.next.stories')}</a>
        </li>
        <li>
          <a href={ctx.href('/articles')}>{t('home.next.articles')}</a>
        </li>
      </ul>
      <p class="notice" role="note">
        {t('home.crisis')}
      </p>
    </Layout>
  );
}
