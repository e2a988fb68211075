import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { PageHead } from '../../../web/views/page-head.js';
import type { ArticleView } from '../article.presenter.js';
import { articleMessages } from '../articles.messages.js';
import { articlePath, formatDay, tagPath } from './format.js';

interface ArticleListProps {
  ctx: PageContext;
  articles: readonly ArticleView[];
  tags: ReadonlyArray<{ tag: string; count: number }>;
  /** The topic page's tag, or undefined for all articles. */
  tag?: string;
  page: number;
  pages: number;
  /** Absolute address of the Atom feed. */
  feedUrl: string;
}

/** `/articles` and `/articles/tags/:tag`: published articles, newest first, and the topics. */
export function ArticleListPage({ ctx, articles, tags, tag, page, pages, feedUrl }: ArticleListProps) {
  const m = articleMessages(ctx.locale);
  const title = tag ? m('articles.topicTitle', { tag }) : m('articles.title');
  const base = tag ? tagPath(tag) : '/articles';
  const pageHref = (n: number) => ctx.href(n === 1 ? base : `${base}?page=${n}`);
  return (
    <PageHead.Provider value={<link rel="alternate" type="application/atom+xml" title={m('articles.feed')} href={feedUrl} />}>
      <Layout ctx={ctx} title={title} description={m('articles.lead')}>
        <h1>{title}</h1>
        {tag ? (
          <p>
            <a href={ctx.href('/articles')}>{m('articles.allArticles')}</a>
          </p>
        ) : (
          <p class="lead">{m('articles.lead')}</p>
        )}
        {articles.length === 0 ? (
          <p>{tag ? m('articles.emptyTag') : m('articles.empty')}</p>
        ) : (
          <ol class="article-list">
            {articles.map((a) => (
              <li class="article-list__item" key={a.id} lang={a.language === ctx.locale ? undefined : a.language}>
                <h2 class="article-list__title">
                  <a href={ctx.href(articlePath(a.slug))}>{a.title}</a>
                </h2>
                {a.publishAt && (
                  <p class="article-list__meta muted">
                    <time dateTime={a.publishAt}>{m('articles.published', { date: formatDay(a.publishAt, ctx.locale) })}</time>
                  </p>
                )}
                {a.summary && <p>{a.summary}</p>}
              </li>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav aria-label={m('articles.pagination')}>
            <ul class="pagination">
              {page > 1 && (
                <li>
                  <a href={pageHref(page - 1)} rel="prev">
                    {m('articles.newer')}
                  </a>
                </li>
              )}
              {page < pages && (
                <li>
                  <a href={pageHref(page + 1)} rel="next">
                    {m('articles.older')}
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
        {tags.length > 0 && (
          <section aria-labelledby="topics-title">
            <h2 id="topics-title">{m('articles.topics')}</h2>
            <ul class="tag-cloud">
              {tags.map((t) => (
                <li key={t.tag}>
                  <a class="tag" href={ctx.href(tagPath(t.tag))} aria-current={t.tag === tag ? 'page' : undefined}>
                    {m('articles.topicCount', { tag: t.tag, count: t.count })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          <a href={feedUrl} type="application/atom+xml">
            {m('articles.feed')}
          </a>
        </p>
      </Layout>
    </PageHead.Provider>
  );
}
