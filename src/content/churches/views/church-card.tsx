import type { PageContext } from '../../../web/page-context.js';
import type { ChurchView } from '../church.presenter.js';
import type { ChurchTranslate } from '../churches.messages.js';
import { countryName } from '../countries.js';
import { formatDistance, languageName, traditionLabel } from './format.js';

/** The address as one would write it on an envelope, in lines. */
export function addressLines(church: ChurchView, ctx: PageContext): string[] {
  const place = church.postalCode ? `${church.postalCode} ${church.city}` : church.city;
  return [church.street, place, countryName(church.country, ctx.locale)];
}

/** An external website link: never passes our page's authority on, never gives the new page a handle on ours. */
export function WebsiteLink({ church }: { church: ChurchView }) {
  if (!church.website) return null;
  const shown = church.website.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <a href={church.website} rel="nofollow noopener noreferrer">
      {shown}
    </a>
  );
}

/** The address lines, a line break between each. */
export function AddressLines({ ctx, church }: { ctx: PageContext; church: ChurchView }) {
  return (
    <>
      {addressLines(church, ctx).map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}

/** The service times, one a line. */
export function ServiceTimes({ church }: { church: ChurchView }) {
  return (
    <ul class="church-card__services">
      {church.serviceTimes.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** The summary-list rows a card and a church's page end alike: languages, tradition, and the website when there is one. */
export function LanguagesTraditionWebsite({ ctx, m, church }: { ctx: PageContext; m: ChurchTranslate; church: ChurchView }) {
  return (
    <>
      <dt>{m('churches.languages')}</dt>
      <dd>{church.languages.map((l) => languageName(l, ctx.locale)).join(', ')}</dd>
      <dt>{m('churches.tradition')}</dt>
      <dd>{traditionLabel(m, church)}</dd>
      {church.website && (
        <>
          <dt>{m('churches.website')}</dt>
          <dd>
            <WebsiteLink church={church} />
          </dd>
        </>
      )}
    </>
  );
}

/** One listing in a list of results: name (linking to its page), distance, address, services, languages, tradition, website. */
export function ChurchCard({ ctx, m, church, distanceKm, headingLevel = 2 }: { ctx: PageContext; m: ChurchTranslate; church: ChurchView; distanceKm?: number | null; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="church-card" aria-labelledby={`church-${church.id}`}>
      <Heading class="church-card__name" id={`church-${church.id}`}>
        <a href={ctx.href(`/churches/${church.id}`)}>{church.name}</a>
      </Heading>
      {distanceKm !== undefined && distanceKm !== null && <p class="church-card__distance">{m('churches.distance', { distance: formatDistance(distanceKm, ctx.locale) })}</p>}
      <dl class="summary-list">
        <dt>{m('churches.address')}</dt>
        <dd>
          <AddressLines ctx={ctx} church={church} />
        </dd>
        {church.serviceTimes.length > 0 && (
          <>
            <dt>{m('churches.services')}</dt>
            <dd>
              <ServiceTimes church={church} />
            </dd>
          </>
        )}
        <LanguagesTraditionWebsite ctx={ctx} m={m} church={church} />
      </dl>
    </article>
  );
}
