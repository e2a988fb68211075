import type { PageContext } from '../../../web/page-context.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';

/** What the intercessor just did, said back to them at the top of the next page. */
export type DoneCode = 'prayed' | 'held' | 'skipped' | 'flagged' | 'committed' | 'closed' | 'withdrawn';

/** Reads `?done=` from a query; unknown values are ignored. */
export function parseDone(value: unknown): DoneCode | undefined {
  const codes: readonly DoneCode[] = ['prayed', 'held', 'skipped', 'flagged', 'committed', 'closed', 'withdrawn'];
  return typeof value === 'string' && (codes as readonly string[]).includes(value) ? (value as DoneCode) : undefined;
}

/** The banner for a done code (`days` for a commitment). */
export function SessionNotice({ ctx, done, days }: { ctx: PageContext; done?: DoneCode; days?: number }) {
  const { t } = ctx;
  switch (done) {
    case 'prayed':
      return (
        <NotificationBanner title={t('intercede.done.prayed')}>
          <p>{t('intercede.done.prayedBody')}</p>
        </NotificationBanner>
      );
    case 'held':
      return (
        <NotificationBanner title={t('intercede.done.prayed')}>
          <p>{t('intercede.done.held')}</p>
        </NotificationBanner>
      );
    case 'skipped':
      return <NotificationBanner title={t('intercede.done.skipped')} />;
    case 'flagged':
      return <NotificationBanner title={t('intercede.done.flagged')} />;
    case 'committed': {
      const n = days ?? 1;
      const key = new Intl.PluralRules(ctx.locale).select(n) === 'one' ? 'intercede.done.committedOne' : 'intercede.done.committedOther';
      return <NotificationBanner title={t(key, { days: n })} />;
    }
    case 'closed':
      return <NotificationBanner title={t('intercede.done.closed')} />;
    case 'withdrawn':
      return <NotificationBanner title={t('intercede.done.withdrawn')} />;
    default:
      return null;
  }
}
