import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import type { PageContext } from '../../web/page-context.js';
import type { TopicList } from '../topics/topic.types.js';
import { topicPath } from './bible.paths.js';

/** `/topics`: find a topic of Nave's Topical Bible by name. */
export function TopicsPage({ ctx, query, list, notFound }: { ctx: PageContext; query: string; list: TopicList; notFound?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('topics.title')}>
      <h1>{t('topics.title')}</h1>
      <p class="lead">{t('topics.lead')}</p>
      <form method="get" action={ctx.href('/topics')} role="search" class="inline-form">
        <TextInput t={t} name="q" type="search" label={t('topics.searchLabel')} value={query} width={20} />
        <button type="submit" class="button">
          {t('topics.button')}
        </button>
      </form>
      {notFound ? (
        <div class="notice" role="alert">
          <p>{notFound}</p>
          {list.total ? <p>{t('topic.suggestions')}</p> : null}
        </div>
      ) : (
        <p>{list.total ? t('topics.count', { count: list.total }) : t('topics.none', { query })}</p>
      )}
      <ul class="topic-list">
        {list.topics.map((topic) => (
          <li>
            <a href={ctx.href(topicPath(topic.name))}>{topic.name}</a>
            {topic.referenceCount >= 0 ? <span class="muted"> ({t('topics.refs', { count: topic.referenceCount })})</span> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
