import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { CrisisPanel } from '../../../prayer/requests/views/crisis-panel.js';
import type { CrisisResource } from '../../../prayer/safety/index.js';

/** After sharing a story: thanks, what happens next, and — when it carried crisis language — the crisis lines first. */
export function StorySharedPage({ ctx, crisis }: { ctx: PageContext; crisis: readonly CrisisResource[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('stories.thanks.title')}>
      <CrisisPanel ctx={ctx} resources={crisis} pastoral />
      <h1>{t('stories.thanks.title')}</h1>
      <p class="lead">{t('stories.thanks.lead')}</p>
      {crisis.length > 0 && <p>{t('stories.thanks.held')}</p>}
      <p>{t('stories.thanks.email')}</p>
      <ul>
        <li>
          <a href={ctx.href('/stories')}>{t('stories.thanks.more')}</a>
        </li>
        <li>
          <a href={ctx.href('/pray')}>{t('stories.thanks.pray')}</a>
        </li>
      </ul>
    </Layout>
  );
}
