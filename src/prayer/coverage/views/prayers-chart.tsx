import type { PageContext } from '../../../web/page-context.js';
import { Table } from '../../../web/views/table.js';
import type { DayCount } from '../coverage.repository.js';

// Colours meet WCAG 1.4.11 (3:1) against the white page: the accent blue and a dark amber.
const TEAM = '#21506b';
const VISITOR = '#a85800';
const AXIS = '#4a5560';

const W = 640;
const H = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 30;

/** A round upper bound for the axis: 4, 5, 10, 20, 25, 50, 100 … at least `max`. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

const shortDay = (ctx: PageContext, day: string) => new Intl.DateTimeFormat(ctx.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const longDay = (ctx: PageContext, day: string) => new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * Prayers per day as a server-rendered bar chart: inline SVG with a title and a description that says
 * what it shows in words (role="img"), a legend in HTML, and the numbers in a table for anyone who
 * cannot see the chart. No script.
 */
export function PrayersChart({ ctx, days }: { ctx: PageContext; days: readonly DayCount[] }) {
  const { t } = ctx;
  const totals = days.map((d) => d.team + d.visitor);
  const sum = totals.reduce((a, b) => a + b, 0);
  const teamSum = days.reduce((a, d) => a + d.team, 0);
  const peak = Math.max(0, ...totals);
  const peakDay = days[totals.indexOf(peak)];
  const top = niceMax(peak);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  const first = days[0]?.day;
  const last = days[days.length - 1]?.day;
  const description =
    first && last
      ? sum === 0
        ? t('coverage.chart.descEmpty', { from: longDay(ctx, first), to: longDay(ctx, last) })
        : t('coverage.chart.desc', {
            from: longDay(ctx, first),
            to: longDay(ctx, last),
            total: sum,
            team: teamSum,
            visitors: sum - teamSum,
            peak,
            peakDay: peakDay ? longDay(ctx, peakDay.day) : '',
          })
      : '';
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="prayers-chart-title prayers-chart-desc" class="chart__svg" focusable="false">
        <title id="prayers-chart-title">{t('coverage.chart.title')}</title>
        <desc id="prayers-chart-desc">{description}</desc>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke={v === 0 ? AXIS : '#d8d4cb'} stroke-width="1" />
            <text x={LEFT - 6} y={y(v) + 4} text-anchor="end" font-size="12" fill={AXIS}>
              {new Intl.NumberFormat(ctx.locale).format(v)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          return (
            <g key={d.day}>
              <title>{t('coverage.chart.bar', { day: longDay(ctx, d.day), team: d.team, visitors: d.visitor })}</title>
              {d.team > 0 && <rect x={x} y={y(d.team)} width={barW} height={y(0) - y(d.team)} fill={TEAM} />}
              {d.visitor > 0 && <rect x={x} y={y(d.team + d.visitor)} width={barW} height={y(d.team) - y(d.team + d.visitor)} fill={VISITOR} />}
              {((i % 7 === 0 && days.length - 1 - i >= 4) || i === days.length - 1) && (
                <text x={x + barW / 2} y={H - 10} text-anchor="middle" font-size="12" fill={AXIS}>
                  {shortDay(ctx, d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart__legend">
          <li>
            <span class="chart__swatch chart__swatch--team" aria-hidden="true" /> {t('coverage.chart.team')}
          </li>
          <li>
            <span class="chart__swatch chart__swatch--visitor" aria-hidden="true" /> {t('coverage.chart.visitors')}
          </li>
        </ul>
      </figcaption>
      <details class="chart__data">
        <summary>{t('coverage.chart.table')}</summary>
        <Table caption={t('coverage.chart.title')} columns={[t('coverage.chart.day'), t('coverage.chart.team'), t('coverage.chart.visitors')]}>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{longDay(ctx, d.day)}</th>
              <td>{d.team}</td>
              <td>{d.visitor}</td>
            </tr>
          ))}
        </Table>
      </details>
    </figure>
  );
}
