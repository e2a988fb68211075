import type { PageContext } from '../../../web/page-context.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import { Table } from '../../../web/views/table.js';
import type { PastoralRowView } from '../pastoral.presenter.js';
import type { PastoralFilter } from '../pastoral.repository.js';
import { STAFF_PATHS } from '../staff-pages.js';
import { followUpText } from './follow-up-text.js';
import { day } from './queue-parts.js';
import { StaffNav } from './staff-nav.js';

interface PastoralPageProps {
  ctx: PageContext;
  rows: PastoralRowView[];
  total: number;
  filter: PastoralFilter;
  saved?: boolean;
}

/** `/pastoral`: urgent and pastoral requests, crisis ones first, without their text. */
export function PastoralPage({ ctx, rows, total, filter, saved }: PastoralPageProps) {
  const { t } = ctx;
  const base = ctx.href(STAFF_PATHS.pastoral);
  return (
    <Layout ctx={ctx} title={t('pastoral.title')}>
      <StaffNav ctx={ctx} />
      {saved && <NotificationBanner title={t('pastoral.followUp.saved')} />}
      <h1>{t('pastoral.title')}</h1>
      <p class="lead">{t('pastoral.lead')}</p>
      <nav aria-label={t('pastoral.filter.label')}>
        <ul class="pagination">
          <li>
            <a href={base} aria-current={filter === 'attention' ? 'page' : undefined}>
              {t('pastoral.filter.attention')}
            </a>
          </li>
          <li>
            <a href={`${base}?show=all`} aria-current={filter === 'all' ? 'page' : undefined}>
              {t('pastoral.filter.all')}
            </a>
          </li>
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{filter === 'all' ? t('pastoral.noneAll') : t('pastoral.none')}</p>
      ) : (
        <Table
          caption={t('pastoral.caption', { count: total })}
          columns={[t('pastoral.col.request'), t('pastoral.col.crisis'), t('pastoral.col.received'), t('pastoral.col.prayers'), t('pastoral.col.contact'), t('pastoral.col.followUp')]}
        >
          {rows.map((r) => (
            <tr key={r.id} class={r.urgent ? 'row--urgent' : undefined}>
              <td>
                <a href={ctx.href(`${STAFF_PATHS.pastoral}/requests/${r.id}`)}>{t('pastoral.open', { category: t(`request.category.${r.category}`) })}</a>
                <br />
                {r.urgent && <strong class="tag">{t('moderation.urgent')}</strong>}
                <span class="muted">
                  {t(`request.status.${r.status}`)} · {t(`request.language.${r.language}`)}
                </span>
              </td>
              <td>{r.crisisKinds.length > 0 ? r.crisisKinds.map((k) => t(`pastoral.crisis.${k}`)).join(', ') : t('pastoral.crisis.none')}</td>
              <td>{day(ctx, r.createdAt)}</td>
              <td>{r.prayerCount}</td>
              <td>{r.contactable ? t('pastoral.contact.yes') : t('pastoral.contact.no')}</td>
              <td>{followUpText(ctx, r.followUp)}</td>
            </tr>
          ))}
        </Table>
      )}
    </Layout>
  );
}
