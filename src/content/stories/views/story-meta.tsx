import type { PageContext } from '../../../web/page-context.js';
import type { StoryView } from '../story.presenter.js';
import { longDate, pluralOf } from './format.js';

/** Under a story's heading: its kind (or "An answered prayer"), the date, and for answered prayers how many prayed. */
export function StoryMeta({ ctx, story }: { ctx: PageContext; story: StoryView }) {
  const { t } = ctx;
  return (
    <>
      <p class="wall-card__meta">
        <strong class={`tag${story.source === 'answered_prayer' ? ' tag--answered' : ''}`}>
          {story.source === 'answered_prayer' ? t('stories.answeredPrayer') : t(`stories.kind.${story.kind}`)}
        </strong>{' '}
        · {t('stories.published', { date: longDate(ctx, story.publishedAt) })}
      </p>
      {story.prayerCount !== null && story.prayerCount > 0 && <p class="wall-card__counts">{t(`stories.prayed.${pluralOf(ctx, story.prayerCount)}`, { count: story.prayerCount })}</p>}
    </>
  );
}
