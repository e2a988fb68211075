import { Fragment } from 'preact';
import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { PageHead } from '../../../web/views/page-head.js';
import type { TranslationInfo } from '../../../scripture/translation.types.js';
import type { ArticleDetail } from '../article.presenter.js';
import { articleMessages } from '../articles.messages.js';
import { articlePath, formatDay, tagPath } from './format.js';
import { offersResponse } from '../../responses/response-block.js';
import { ResponseBlock } from '../../responses/views/response-block.js';

interface ArticlePageProps {
  ctx: PageContext;
  article: ArticleDetail;
  /** The sanitized body HTML, references linked. */
  html: string;
  description: string;
  /** The translation the links open, and the others a reader may choose. */
  translation: string;
  translations: readonly TranslationInfo[];
  /** Absolute address of this page, for OpenGraph and the canonical link. */
  url: string;
  siteName: string;
  /** The signed-in person may edit (shows the edit link and the draft banner). */
  canEdit: boolean;
}

/** OpenGraph and Twitter card tags, so that a shared link shows the title and summary. */
function ShareTags({ article, description, url, siteName, locale }: { article: ArticleDetail; description: string; url: string; siteName: string; locale: string }) {
  return (
    <>
      <link rel="canonical" href={url} />
      <meta property="og:type" content="article" />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={locale === 'es' ? 'es_ES' : 'en_US'} />
      {article.publishAt && <meta property="article:published_time" content={article.publishAt} />}
      <meta property="article:modified_time" content={article.updatedAt} />
      {article.tags.map((t) => (
        <meta property="article:tag" content={t} key={t} />
      ))}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={article.title} />
      <meta name="twitter:description" content={description} />
    </>
  );
}

/** `/articles/:slug`: the article, every Scripture reference a link with a verse popover. */
export function ArticlePage({ ctx, article, html, description, translation, translations, url, siteName, canEdit }: ArticlePageProps) {
  const m = articleMessages(ctx.locale);
  const current = translations.find((t) => t.code === translation);
  const self = articlePath(article.slug);
  return (
    <PageHead.Provider value={<ShareTags article={article} description={description} url={url} siteName={siteName} locale={ctx.locale} />}>
      <Layout ctx={ctx} title={article.title} description={description} scripts={['scripture-popover']}>
        {article.state !== 'published' && (
          <div class="notice" role="status">
            {article.state === 'draft' ? m('articles.draftBanner') : m('articles.scheduledBanner', { date: formatDay(article.publishAt!, ctx.locale) })}
          </div>
        )}
        <article class="article" lang={article.language === ctx.locale ? undefined : article.language}>
          <header class="article__header">
            <h1>{article.title}</h1>
            {article.summary && <p class="lead">{article.summary}</p>}
            {article.publishAt && (
              <p class="article__meta muted">
                <time dateTime={article.publishAt}>{m('articles.published', { date: formatDay(article.publishAt, ctx.locale) })}</time>
              </p>
            )}
          </header>
          <div class="article__body" dangerouslySetInnerHTML={{ __html: html }} />
        </article>
        {offersResponse(article) && <ResponseBlock ctx={ctx} slug={article.slug} />}
        <footer class="article__footer">
          {article.tags.length > 0 && (
            <nav aria-label={m('articles.tags')}>
              <ul class="tag-cloud">
                {article.tags.map((t) => (
                  <li key={t}>
                    <a class="tag" href={ctx.href(tagPath(t))}>
                      {t}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p class="muted">{m('articles.readIn', { translation: current?.name ?? translation })}</p>
          {translations.length > 1 && (
            <nav aria-label={m('articles.translations')}>
              <p>
                {m('articles.readInOther')}{' '}
                {translations.map((t, i) => (
                  <Fragment key={t.code}>
                    {i > 0 && ' · '}
                    <a href={`${ctx.href(self)}?translation=${encodeURIComponent(t.code)}`} aria-current={t.code === translation ? 'true' : undefined} lang={t.language} title={t.name}>
                      {t.code}
                    </a>
                  </Fragment>
                ))}
              </p>
            </nav>
          )}
          {canEdit && (
            <p>
              <a href={ctx.href(`/write/articles/${encodeURIComponent(article.id)}`)}>{m('articles.edit')}</a>
            </p>
          )}
        </footer>
      </Layout>
    </PageHead.Provider>
  );
}
