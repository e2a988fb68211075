import type { ComponentChildren } from 'preact';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import type { PageContext } from '../../web/page-context.js';
import type { SearchHit, SearchResult } from '../search/search.types.js';
import type { TranslationInfo } from '../translation.types.js';
import { versePath } from './bible.paths.js';
import { TranslationSelect } from './translation-select.js';

interface SearchPageProps {
  ctx: PageContext;
  translations: TranslationInfo[];
  translation?: string;
  query: string;
  result?: SearchResult;
  error?: string;
}

/** A hit's text with its matched words in <mark>. */
function Highlighted({ hit }: { hit: SearchHit }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const h of hit.highlights) {
    if (h.start > at) parts.push(hit.text.slice(at, h.start));
    parts.push(<mark>{hit.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(hit.text.slice(at));
  return <>{parts}</>;
}

/** `/search`: the search form, then ranked, highlighted, paged verses. */
export function SearchPage({ ctx, translations, translation, query, result, error }: SearchPageProps) {
  const { t } = ctx;
  const selected = result?.translation ?? translation;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.limit)) : 0;
  const pageHref = (page: number) =>
    `${ctx.href('/search')}?q=${encodeURIComponent(query)}&translation=${encodeURIComponent(result?.translation ?? '')}&page=${page}`;
  return (
    <Layout ctx={ctx} title={query ? `${t('search.title')}: ${query}` : t('search.title')}>
      <ErrorSummary t={t} errors={error ? { q: error } : undefined} />
      <h1>{t('search.title')}</h1>
      <form method="get" action={ctx.href('/search')} role="search" class="stack-form">
        <TextInput t={t} name="q" type="search" label={t('search.label')} hint={t('search.hint')} error={error} value={query} width={30} />
        {translations.length > 1 ? (
          <TranslationSelect t={t} translations={translations} value={selected} />
        ) : null}
        <button type="submit" class="button">
          {t('search.button')}
        </button>
      </form>
      {result ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {result.total
              ? t('search.results', { count: result.total, query: result.query, translation: result.translation })
              : t('search.none', { query: result.query, translation: result.translation })}
          </h2>
          <ol class="hits" start={(result.page - 1) * result.limit + 1}>
            {result.hits.map((hit) => (
              <li>
                <a href={ctx.href(versePath(result.translation, hit.book, hit.chapter, hit.verse))}>{hit.reference}</a>
                <p>
                  <Highlighted hit={hit} />
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav class="pager" aria-label={t('search.page', { page: result.page, pages })}>
              {result.page > 1 ? (
                <a rel="prev" href={pageHref(result.page - 1)}>
                  {t('search.prevPage')}
                </a>
              ) : null}
              <span>{t('search.page', { page: result.page, pages })}</span>
              {result.page < pages ? (
                <a rel="next" href={pageHref(result.page + 1)}>
                  {t('search.nextPage')}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
