import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { ChurchView } from '../church.presenter.js';
import { churchMessages } from '../churches.messages.js';
import { addressLines, WebsiteLink } from './church-card.js';
import { languageName, mapUrl, traditionLabel } from './format.js';

/** `/churches/:id`: one listing in full. Moderators may open one not (or no longer) published. */
export function ChurchPage({ ctx, church, canReview }: { ctx: PageContext; church: ChurchView; canReview: boolean }) {
  const m = churchMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={church.name} description={`${church.name}, ${church.city}`}>
      {church.status !== 'published' && (
        <div class="notice" role="note">
          <p>{m('churches.notPublished')}</p>
          {canReview && (
            <p>
              <a href={ctx.href('/moderation/churches')}>{m('churches.reviewLink')}</a>
            </p>
          )}
        </div>
      )}
      <h1>{church.name}</h1>
      <dl class="summary-list">
        <dt>{m('churches.address')}</dt>
        <dd>
          <address>
            {addressLines(church, ctx).map((line, i) => (
              <span key={i}>
                {i > 0 && <br />}
                {line}
              </span>
            ))}
          </address>
        </dd>
        <dt>{m('churches.services')}</dt>
        <dd>
          {church.serviceTimes.length > 0 ? (
            <ul class="church-card__services">
              {church.serviceTimes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : (
            m('churches.detail.services.none')
          )}
        </dd>
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
        {church.latitude !== null && church.longitude !== null && (
          <>
            <dt>{m('churches.map')}</dt>
            <dd>
              <a href={mapUrl(church.latitude, church.longitude)} rel="nofollow noopener noreferrer">
                {m('churches.openMap')}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={ctx.href('/churches')}>{m('churches.back')}</a>
      </p>
    </Layout>
  );
}
