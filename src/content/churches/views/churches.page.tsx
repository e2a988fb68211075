import type { PageContext } from '../../../web/page-context.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import type { FormErrors } from '../../../web/views/forms/form-errors.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import type { ChurchView } from '../church.presenter.js';
import { churchMessages } from '../churches.messages.js';
import { countryChoices } from '../countries.js';
import { ChurchCard } from './church-card.js';
import { ChurchPagination } from './church-pagination.js';
import { Select } from '../../../web/views/forms/select.js';

/** The search as asked (kept in the form and the page links). */
export interface ChurchSearchValues {
  q: string;
  country: string;
  lat: string;
  lng: string;
}

interface ChurchesPageProps {
  ctx: PageContext;
  values: ChurchSearchValues;
  errors?: FormErrors;
  /** Null when the search could not run (errors). */
  results: {
    items: ReadonlyArray<{ church: ChurchView; distanceKm: number | null }>;
    page: number;
    hasMore: boolean;
    total: number | null;
    near: boolean;
  } | null;
}

/** `/churches`: search by name, city or postal code and country; with a location, nearest first. */
export function ChurchesPage({ ctx, values, errors, results }: ChurchesPageProps) {
  const m = churchMessages(ctx.locale);
  const searched = Boolean(values.q || values.country || results?.near);
  const link = (page: number, withPosition = true) => {
    const params = new URLSearchParams();
    if (values.q) params.set('q', values.q);
    if (values.country) params.set('country', values.country);
    if (withPosition && values.lat && values.lng) {
      params.set('lat', values.lat);
      params.set('lng', values.lng);
    }
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return ctx.href('/churches') + (query ? `?${query}` : '');
  };
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, m('churches.title'), errors)} description={m('churches.lead')} scripts={['church-near-me']}>
      <ErrorSummary t={ctx.t} errors={errors} ids={{ location: 'q' }} />
      <h1>{m('churches.title')}</h1>
      <p class="lead">{m('churches.lead')}</p>
      <form method="get" action={ctx.href('/churches')} class="stack-form church-search" role="search" id="church-search">
        <TextInput t={ctx.t} name="q" type="search" label={m('churches.search.label')} hint={m('churches.search.hint')} error={errors?.q} value={values.q} width={30} />
        <Select t={ctx.t} name="country" label={m('churches.country.label')} error={errors?.country} value={values.country} empty={m('churches.country.any')} options={countryChoices(ctx.locale)} />
        {results?.near && values.lat && values.lng && (
          <>
            <input type="hidden" name="lat" value={values.lat} />
            <input type="hidden" name="lng" value={values.lng} />
          </>
        )}
        <div class="button-group">
          <button class="button" type="submit">
            {m('churches.search.submit')}
          </button>
          {/* Shown by the church-near-me script only: without JavaScript there is no location to ask for. */}
          <button class="button button--secondary" type="button" id="near-me" hidden aria-describedby="near-me-hint" data-locating={m('churches.nearMe.locating')} data-denied={m('churches.nearMe.denied')}>
            {m('churches.nearMe')}
          </button>
        </div>
        <p class="hint" id="near-me-hint" hidden>
          {m('churches.nearMe.hint')}
        </p>
        <p class="church-search__status" id="near-me-status" role="status" />
      </form>
      <p>
        <a href={ctx.href('/churches/new')}>{m('churches.addLink')}</a>
      </p>
      {results && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{m('churches.results')}</h2>
          {results.near && (
            <p>
              {m('churches.near.sorted')} <a href={link(1, false)}>{m('churches.near.clear')}</a>
            </p>
          )}
          {results.near && <p class="hint">{m('churches.near.noPosition')}</p>}
          {results.total !== null && results.items.length > 0 && <p>{results.total === 1 ? m('churches.countOne') : m('churches.count', { count: results.total })}</p>}
          {results.items.length === 0 ? (
            <p>{searched || results.page > 1 ? m('churches.none') : m('churches.empty')}</p>
          ) : (
            <ol class="church-list">
              {results.items.map(({ church, distanceKm }) => (
                <li key={church.id}>
                  <ChurchCard ctx={ctx} m={m} church={church} distanceKm={distanceKm} headingLevel={3} />
                </li>
              ))}
            </ol>
          )}
          {(results.page > 1 || results.hasMore) && <ChurchPagination m={m} page={results.page} hasMore={results.hasMore} href={(page) => link(page)} current={m('churches.pageOf', { page: results.page })} />}
        </section>
      )}
    </Layout>
  );
}
