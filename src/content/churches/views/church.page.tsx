import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { ChurchView } from '../church.presenter.js';
import { churchMessages } from '../churches.messages.js';
import { AddressLines, LanguagesTraditionWebsite, ServiceTimes } from './church-card.js';
import { mapUrl } from './format.js';

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
            <AddressLines ctx={ctx} church={church} />
          </address>
        </dd>
        <dt>{m('churches.services')}</dt>
        <dd>
          {church.serviceTimes.length > 0 ? (
            <ServiceTimes church={church} />
          ) : (
            m('churches.detail.services.none')
          )}
        </dd>
        <LanguagesTraditionWebsite ctx={ctx} m={m} church={church} />
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
