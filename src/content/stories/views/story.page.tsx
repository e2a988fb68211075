import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { StoryView } from '../story.presenter.js';
import { StoryMeta } from './story-meta.js';
import { StoryText } from './story-text.js';

/** `/stories/:id`: one published story or answered prayer. */
export function StoryPage({ ctx, story }: { ctx: PageContext; story: StoryView }) {
  const { t } = ctx;
  const heading = story.title ?? t('stories.from', { name: story.firstName });
  return (
    <Layout ctx={ctx} title={heading} description={t('stories.lead')}>
      <p>
        <a href={ctx.href('/stories')}>{t('stories.back')}</a>
      </p>
      <article aria-labelledby="story-title">
        <h1 id="story-title" lang={story.title ? story.language : undefined}>
          {heading}
        </h1>
        {story.title && <p class="lead">{t('stories.from', { name: story.firstName })}</p>}
        <StoryMeta ctx={ctx} story={story} />
        <StoryText story={story} />
      </article>
      <p>
        <a class="button button--secondary" href={ctx.href('/stories/new')}>
          {t('stories.share')}
        </a>
      </p>
    </Layout>
  );
}
