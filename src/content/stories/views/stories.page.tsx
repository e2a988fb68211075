import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { STORY_KINDS, STORY_LANGUAGES, type StoryKind, type StoryLanguage } from '../story.js';
import type { StoryView } from '../story.presenter.js';
import { StoryMeta } from './story-meta.js';
import { StoryText } from './story-text.js';

interface StoriesPageProps {
  ctx: PageContext;
  stories: readonly StoryView[];
  /** The filters in force: a language (null: all) and a kind (null: all). */
  language: StoryLanguage | null;
  kind: StoryKind | null;
  /** The cursor this page starts after, and the next (older) page's. */
  before?: string;
  next: string | null;
}

/** The query string of a list page with these filters. */
function listQuery(language: StoryLanguage | null, kind: StoryKind | null, before?: string): string {
  const params = new URLSearchParams({ language: language ?? 'all', ...(kind ? { kind } : {}), ...(before ? { before } : {}) });
  return `?${params}`;
}

/** `/stories`: published stories and answered prayers, newest first, filtered by language and kind. Works without JavaScript. */
export function StoriesPage({ ctx, stories, language, kind, before, next }: StoriesPageProps) {
  const { t } = ctx;
  const filtered = language !== ctx.locale || kind !== null;
  return (
    <Layout ctx={ctx} title={t('stories.title')} description={t('stories.lead')}>
      <h1>{t('stories.title')}</h1>
      <p class="lead">{t('stories.lead')}</p>
      <p class="muted">{t('stories.privacy')}</p>
      <p>
        <a class="button" href={ctx.href('/stories/new')}>
          {t('stories.share')}
        </a>
      </p>
      <form method="get" action={ctx.href('/stories')} class="stack-form story-filter" aria-labelledby="story-filter-title">
        <h2 id="story-filter-title">{t('stories.filter.title')}</h2>
        <div class="form-group">
          <label class="label" for="language">
            {t('stories.filter.language')}
          </label>
          <select class="select" id="language" name="language">
            <option value="all" selected={language === null}>
              {t('stories.filter.all')}
            </option>
            {STORY_LANGUAGES.map((l) => (
              <option key={l} value={l} selected={language === l}>
                {t(`request.language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="label" for="kind">
            {t('stories.filter.kind')}
          </label>
          <select class="select" id="kind" name="kind">
            <option value="all" selected={kind === null}>
              {t('stories.filter.all')}
            </option>
            {STORY_KINDS.map((k) => (
              <option key={k} value={k} selected={kind === k}>
                {t(`stories.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t('stories.filter.submit')}
        </button>
      </form>
      {stories.length === 0 ? (
        <p>{before ? t('stories.emptyOlder') : filtered ? t('stories.emptyFiltered') : t('stories.empty')}</p>
      ) : (
        <ol class="wall-list story-list">
          {stories.map((s) => (
            <li class="wall-card" id={`story-${s.id}`} key={s.id}>
              <article aria-labelledby={`story-${s.id}-title`}>
                <h2 class="wall-card__name" id={`story-${s.id}-title`}>
                  <a href={ctx.href(`/stories/${s.id}`)}>{s.title ? <span lang={s.language}>{s.title}</span> : t('stories.from', { name: s.firstName })}</a>
                </h2>
                {s.title && <p class="wall-card__for">{t('stories.from', { name: s.firstName })}</p>}
                <StoryMeta ctx={ctx} story={s} />
                <StoryText story={s} />
              </article>
            </li>
          ))}
        </ol>
      )}
      {(next || before) && (
        <nav aria-label={t('stories.pages')}>
          <ul class="pagination">
            {before && (
              <li>
                <a href={`${ctx.href('/stories')}${listQuery(language, kind)}`}>{t('stories.newest')}</a>
              </li>
            )}
            {next && (
              <li>
                <a href={`${ctx.href('/stories')}${listQuery(language, kind, next)}`} rel="next">
                  {t('stories.older')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      <p>
        <a href={ctx.href('/stories/feed.xml')} type="application/atom+xml">
          {t('stories.feed')}
        </a>
      </p>
    </Layout>
  );
}
