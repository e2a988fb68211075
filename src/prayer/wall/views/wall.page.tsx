import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { Layout } from '../../../web/views/layout.js';
import type { WallRequestView } from '../wall.presenter.js';

/** What happened to a visitor's "I prayed", shown beside the request they prayed for. */
export type WallNotice = 'prayed' | 'again' | 'paused';

interface WallPageProps {
  ctx: PageContext;
  requests: readonly WallRequestView[];
  /** The cursor this page starts after (kept in the forms so a visitor comes back to the same page). */
  before?: string;
  /** The cursor of the next, older page. */
  next: string | null;
  /** The request a visitor just prayed for, and how it went. */
  notice?: { requestId: string; kind: WallNotice };
}

const day = (ctx: PageContext, iso: string) => new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
const plural = (ctx: PageContext, count: number) => (new Intl.PluralRules(ctx.locale).select(count) === 'one' ? 'one' : 'other');

function Counts({ ctx, r }: { ctx: PageContext; r: WallRequestView }) {
  const { t } = ctx;
  if (r.teamPrayerCount === 0 && r.visitorPrayerCount === 0) return <p class="wall-card__counts">{t('wall.prayed.none')}</p>;
  return (
    <p class="wall-card__counts">
      {r.teamPrayerCount > 0 && t(`wall.prayed.team.${plural(ctx, r.teamPrayerCount)}`, { count: r.teamPrayerCount })}
      {r.teamPrayerCount > 0 && r.visitorPrayerCount > 0 && ' '}
      {r.visitorPrayerCount > 0 && t(`wall.prayed.visitors.${plural(ctx, r.visitorPrayerCount)}`, { count: r.visitorPrayerCount })}
    </p>
  );
}

function Card({ ctx, r, before, notice }: { ctx: PageContext; r: WallRequestView; before?: string; notice?: WallNotice }) {
  const { t } = ctx;
  const id = `wall-${r.id}`;
  const noticeText = notice === 'prayed' ? t('wall.thanks') : notice === 'again' ? t('wall.thanksAgain') : notice === 'paused' ? t('wall.paused') : undefined;
  return (
    <li class={`wall-card${r.status === 'answered' ? ' wall-card--answered' : ''}`} id={id}>
      <article aria-labelledby={`${id}-name`}>
        <h2 class="wall-card__name" id={`${id}-name`}>
          {t('wall.requestFrom', { name: r.firstName })}
        </h2>
        <p class="wall-card__meta">
          {r.status === 'answered' && <strong class="tag tag--answered">{t('wall.answered')}</strong>} {t('wall.about', { category: t(`request.category.${r.category}`) })} ·{' '}
          {t('wall.shared', { date: day(ctx, r.createdAt) })}
        </p>
        {r.forWhom && (
          <p class="wall-card__for">
            {t('wall.forWhom')} <span lang={r.language}>{r.forWhom}</span>
          </p>
        )}
        <p class="request-text" lang={r.language}>
          {r.text}
        </p>
        {r.status === 'answered' && r.answeredAt && !r.testimony && <p class="muted">{t('wall.answeredOn', { date: day(ctx, r.answeredAt) })}</p>}
        {r.testimony && (
          <div class="wall-card__testimony">
            <h3>{t('wall.testimony')}</h3>
            <p class="request-text" lang={r.language}>
              {r.testimony.text}
            </p>
          </div>
        )}
        <Counts ctx={ctx} r={r} />
        {noticeText && (
          <p class="wall-card__notice" role="status">
            {noticeText}
          </p>
        )}
        <form method="post" action={ctx.href(`/wall/${r.id}/prayers`)} class="wall-card__form">
          <CsrfField token={ctx.csrfToken()} />
          {before && <input type="hidden" name="before" value={before} />}
          <button type="submit" class="button button--secondary">
            {t('wall.button')}
            <span class="visually-hidden"> {t('wall.buttonFor', { name: r.firstName })}</span>
          </button>
        </form>
      </article>
    </li>
  );
}

/** `/wall`: approved public requests, newest first, with "I prayed" for visitors. Works without JavaScript. */
export function WallPage({ ctx, requests, before, next, notice }: WallPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('wall.title')} description={t('wall.lead')}>
      <h1>{t('wall.title')}</h1>
      <p class="lead">{t('wall.lead')}</p>
      <p class="muted">{t('wall.privacy')}</p>
      <p>
        <a href={ctx.href('/pray')}>{t('wall.ask')}</a>
      </p>
      {requests.length === 0 ? (
        <p>{before ? t('wall.emptyOlder') : t('wall.empty')}</p>
      ) : (
        <ol class="wall-list">
          {requests.map((r) => (
            <Card key={r.id} ctx={ctx} r={r} before={before} notice={notice?.requestId === r.id ? notice.kind : undefined} />
          ))}
        </ol>
      )}
      {(next || before) && (
        <nav aria-label={t('wall.pages')}>
          <ul class="pagination">
            {before && (
              <li>
                <a href={ctx.href('/wall')}>{t('wall.newest')}</a>
              </li>
            )}
            {next && (
              <li>
                <a href={`${ctx.href('/wall')}?before=${encodeURIComponent(next)}`} rel="next">
                  {t('wall.older')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </Layout>
  );
}
