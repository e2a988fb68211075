import type { PageContext } from '../../../web/page-context.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Select } from '../../../web/views/forms/select.js';
import { Layout } from '../../../web/views/layout.js';
import { Table } from '../../../web/views/table.js';
import { day } from '../../../prayer/moderation/views/queue-parts.js';
import { StaffNav } from '../../../prayer/moderation/views/staff-nav.js';
import type { ResponseFilter, ResponseWithJourney } from '../response.repository.js';
import { RESPONSE_PATHS } from '../response.paths.js';
import { RESPONSE_KINDS } from '../response.types.js';
import { JourneyStatus, FollowedUp } from './response-parts.js';

interface PastoralResponsesPageProps {
  ctx: PageContext;
  items: readonly ResponseWithJourney[];
  total: number;
  filter: ResponseFilter;
  /** Steps in the journey as configured now, for "2 of 5 sent". */
  journeyLength: number;
  saved?: boolean;
}

/** `/pastoral/responses`: responses newest first, with their messages; contact details one response at a time. */
export function PastoralResponsesPage({ ctx, items, total, filter, journeyLength, saved }: PastoralResponsesPageProps) {
  const { t } = ctx;
  const followed = filter.followedUp === undefined ? '' : filter.followedUp ? 'yes' : 'no';
  return (
    <Layout ctx={ctx} title={t('pastoralResponses.title')}>
      <StaffNav ctx={ctx} />
      {saved && <NotificationBanner title={t('pastoralResponses.followUp.saved')} />}
      <h1>{t('pastoralResponses.title')}</h1>
      <p class="lead">{t('pastoralResponses.lead')}</p>
      <form method="get" action={ctx.href(RESPONSE_PATHS.pastoral)} class="stack-form">
        <Select
          t={t}
          name="kind"
          label={t('pastoralResponses.filter.kind')}
          options={[{ value: '', label: t('pastoralResponses.filter.kindAll') }, ...RESPONSE_KINDS.map((k) => ({ value: k, label: t(`respond.kind.${k}`) }))]}
          value={filter.kind ?? ''}
        />
        <Select
          t={t}
          name="followed"
          label={t('pastoralResponses.filter.followed')}
          options={[
            { value: '', label: t('pastoralResponses.filter.followedAll') },
            { value: 'no', label: t('pastoralResponses.filter.followedNo') },
            { value: 'yes', label: t('pastoralResponses.filter.followedYes') },
          ]}
          value={followed}
        />
        <button class="button button--secondary" type="submit">
          {t('pastoralResponses.filter.submit')}
        </button>
      </form>
      {items.length === 0 ? (
        <p>{t('pastoralResponses.none')}</p>
      ) : (
        <Table
          caption={t('pastoralResponses.caption', { count: total })}
          columns={[t('pastoralResponses.col.response'), t('pastoralResponses.col.message'), t('pastoralResponses.col.received'), t('pastoralResponses.col.journey'), t('pastoralResponses.col.followUp')]}
        >
          {items.map((r) => (
            <tr key={r.id} class={r.crisisKinds.length > 0 ? 'row--urgent' : undefined}>
              <td>
                <a href={ctx.href(RESPONSE_PATHS.pastoralResponse(r.id))}>{t('pastoralResponses.open', { kind: t(`respond.kind.${r.kind}`) })}</a>
                {r.crisisKinds.length > 0 && (
                  <>
                    <br />
                    <strong class="tag">{t('pastoralResponses.crisis')}</strong>
                  </>
                )}
                {r.articleTitle && (
                  <>
                    <br />
                    <span class="muted">{t('pastoralResponses.article', { title: r.articleTitle })}</span>
                  </>
                )}
              </td>
              <td lang={r.language === ctx.locale ? undefined : r.language}>
                {r.purgedAt ? <span class="muted">{t('pastoralResponses.purged')}</span> : r.message ? <span class="pre-line">{r.message}</span> : <span class="muted">{t('pastoralResponses.noMessage')}</span>}
              </td>
              <td>{day(ctx, r.createdAt)}</td>
              <td>
                <JourneyStatus ctx={ctx} response={r} journeyLength={journeyLength} />
              </td>
              <td>
                <FollowedUp ctx={ctx} response={r} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Layout>
  );
}
