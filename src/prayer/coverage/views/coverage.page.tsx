import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { Table } from '../../../web/views/table.js';
import { StaffNav } from '../../moderation/views/staff-nav.js';
import type { CoverageView, FirstPrayerView } from '../coverage.presenter.js';
import { formatDuration } from './duration.js';
import { PrayersChart } from './prayers-chart.js';

const when = (ctx: PageContext, iso: string) =>
  new Intl.DateTimeFormat(ctx.locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(iso));

function FirstPrayerRow({ ctx, label, s }: { ctx: PageContext; label: string; s: FirstPrayerView }) {
  const d = (v: number | null) => (v === null ? ctx.t('coverage.first.none') : formatDuration(ctx.locale, v));
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{s.requests}</td>
      <td>{d(s.p50Seconds)}</td>
      <td>{d(s.p95Seconds)}</td>
      <td>{d(s.maxSeconds)}</td>
    </tr>
  );
}

/** `/coverage`: waiting requests, time to first prayer, prayers per day (an SVG chart with its table), active intercessors. */
export function CoveragePage({ ctx, report }: { ctx: PageContext; report: CoverageView }) {
  const { t, locale } = ctx;
  const target = formatDuration(locale, report.coverageTargetHours * 3600);
  const over = report.waiting.overTarget > 0;
  return (
    <Layout ctx={ctx} title={t('coverage.title')}>
      <StaffNav ctx={ctx} />
      <h1>{t('coverage.title')}</h1>
      <p class="lead">{t('coverage.lead', { time: when(ctx, report.generatedAt) })}</p>
      <p>{t('coverage.target', { hours: target })}</p>

      <h2>{t('coverage.waiting.title')}</h2>
      <dl class="stat-list">
        <div class="stat">
          <dt>{t('coverage.waiting.count')}</dt>
          <dd>{report.waiting.count}</dd>
        </div>
        <div class="stat">
          <dt>{t('coverage.waiting.oldest')}</dt>
          <dd>{report.waiting.oldestWaitSeconds === null ? t('coverage.waiting.none') : formatDuration(locale, report.waiting.oldestWaitSeconds)}</dd>
        </div>
        <div class={`stat${over ? ' stat--alert' : ''}`}>
          <dt>{t('coverage.waiting.overTarget')}</dt>
          <dd>{report.waiting.overTarget}</dd>
        </div>
        <div class="stat">
          <dt>{t('coverage.active')}</dt>
          <dd>{report.activeIntercessors}</dd>
        </div>
      </dl>

      <h2>{t('coverage.first.title')}</h2>
      <Table
        caption={t('coverage.first.caption')}
        columns={[t('coverage.first.period'), t('coverage.first.requests'), t('coverage.first.p50'), t('coverage.first.p95'), t('coverage.first.max')]}
      >
        <FirstPrayerRow ctx={ctx} label={t('coverage.first.last7')} s={report.timeToFirstPrayer.last7Days} />
        <FirstPrayerRow ctx={ctx} label={t('coverage.first.last30')} s={report.timeToFirstPrayer.last30Days} />
      </Table>

      <h2>{t('coverage.perDay.title')}</h2>
      <PrayersChart ctx={ctx} days={report.prayersPerDay.map((d) => ({ day: d.date, team: d.team, visitor: d.visitors }))} />

      <h2 id="overdue">{t('coverage.overdue.title')}</h2>
      <p>{t('coverage.overdue.lead', { hours: target })}</p>
      {report.overdue.length === 0 ? (
        <p>{t('coverage.overdue.none')}</p>
      ) : (
        <>
          <Table
            caption={t('coverage.overdue.caption')}
            columns={[t('coverage.overdue.request'), t('coverage.overdue.received'), t('coverage.overdue.waited'), t('coverage.overdue.readBy'), t('coverage.overdue.alerted')]}
          >
            {report.overdue.map((r) => (
              <tr key={r.id} class="row--overdue">
                <th scope="row">
                  <strong class="tag tag--alert">{t('coverage.overdue.marker')}</strong> {t(`request.category.${r.category}`)} · {t(`request.language.${r.language}`)}
                  {r.urgent && (
                    <>
                      {' '}
                      <strong class="tag">{t('moderation.urgent')}</strong>
                    </>
                  )}
                </th>
                <td>{when(ctx, r.submittedAt)}</td>
                <td>{formatDuration(locale, r.waitSeconds)}</td>
                <td>{t(`request.visibility.${r.visibility}`)}</td>
                <td>{r.alerted ? t('coverage.yes') : t('coverage.no')}</td>
              </tr>
            ))}
          </Table>
          {report.waiting.overTarget > report.overdue.length && <p class="muted">{t('coverage.showing', { shown: report.overdue.length, total: report.waiting.overTarget })}</p>}
        </>
      )}
    </Layout>
  );
}
