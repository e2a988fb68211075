import type { PassageResult } from '../../../scripture/passages/passage.types.js';
import type { TranslationInfo } from '../../../scripture/translation.types.js';
import { ChapterText } from '../../../scripture/views/chapter.page.js';
import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import { Select } from '../../../web/views/forms/select.js';
import type { Plan } from '../plan.js';
import { PLAN_PATHS } from '../plan.paths.js';
import { planMessages } from '../plans.messages.js';

/** Whose day page this is: anyone's (no progress), a subscription's private link, or a daily email's signed link. */
export type DayMode =
  | { readonly kind: 'public' }
  | { readonly kind: 'subscription'; readonly token: string; readonly done: boolean; readonly progress: { done: number; total: number }; readonly today?: boolean }
  | { readonly kind: 'email'; readonly token: string; readonly done: boolean; readonly progress: { done: number; total: number }; readonly today?: boolean };

export interface DayPageProps {
  ctx: PageContext;
  plan: Plan;
  day: number;
  /** The reading as people write it ("John 1"). */
  reading: string;
  /** The text, or null when no translation has it (then `missing` says why). */
  passage: PassageResult | null;
  missing?: string;
  translations: readonly TranslationInfo[];
  /** The translation shown ('' when none). */
  translation: string;
  /** A translation the reader picked for this visit (?translation=), carried on to the next day. */
  chosen?: string;
  mode: DayMode;
  /** Shown at the top after a day was marked done. */
  banner?: { title: string; onwards?: { label: string; href: string } };
}

/** The path of another day in the same mode (email links lead on to the public pages). */
function dayHref(ctx: PageContext, plan: Plan, mode: DayMode, day: number): string {
  return ctx.href(mode.kind === 'subscription' ? PLAN_PATHS.subscriptionDay(mode.token, day) : PLAN_PATHS.day(plan.slug, day));
}

/** Where the day page itself lives (the translation switcher reloads it). */
function selfPath(plan: Plan, mode: DayMode, day: number): string {
  if (mode.kind === 'subscription') return PLAN_PATHS.subscriptionDay(mode.token, day);
  if (mode.kind === 'email') return PLAN_PATHS.emailDay(mode.token);
  return PLAN_PATHS.day(plan.slug, day);
}

/** One day of a plan: the passage in the chosen translation, "done" (with a subscription), and the next day. */
export function PlanDayPage({ ctx, plan, day, reading, passage, missing, translations, translation, chosen, mode, banner }: DayPageProps) {
  const m = planMessages(ctx.locale);
  const total = plan.days.length;
  const title = m('day.title', { day, total, reading });
  const doneAction = mode.kind === 'subscription' ? PLAN_PATHS.subscriptionDay(mode.token, day) + '/done' : mode.kind === 'email' ? PLAN_PATHS.emailDay(mode.token) + '/done' : null;
  return (
    <Layout ctx={ctx} title={title}>
      {banner && (
        <NotificationBanner title={banner.title}>
          {banner.onwards && (
            <p>
              <a href={banner.onwards.href}>{banner.onwards.label}</a>
            </p>
          )}
        </NotificationBanner>
      )}
      <p>
        {mode.kind === 'subscription' ? (
          <a href={ctx.href(PLAN_PATHS.subscription(mode.token))}>{m('day.backToPlan')}</a>
        ) : (
          <a href={ctx.href(PLAN_PATHS.plan(plan.slug))}>{plan.title}</a>
        )}
      </p>
      {translations.length > 1 && (
        <div class="reader-tools">
          <form class="inline-form" method="get" action={ctx.href(selfPath(plan, mode, day))}>
            <Select t={ctx.t} name="translation" label={m('day.translation')} value={translation} options={translations.map((t) => ({ value: t.code, label: `${t.code} — ${t.name}` }))} />
            <button type="submit" class="button button--secondary">
              {m('day.switch')}
            </button>
          </form>
        </div>
      )}
      <article class="reader" lang={passage?.translation.language}>
        <p class="reader__meta">
          {m('day.of', { day, total, plan: plan.title })}
          {mode.kind !== 'public' && mode.today && (
            <>
              {' '}
              <span class="tag">{m('day.today')}</span>
            </>
          )}
        </p>
        <h1>{m('day.heading', { day, reading: passage?.reference ?? reading })}</h1>
        {passage ? (
          passage.passages.map((p) => (
            <section key={p.osis} aria-label={passage.passages.length > 1 ? p.reference : undefined}>
              {passage.passages.length > 1 && <h2>{p.reference}</h2>}
              <ChapterText verses={p.verses} />
            </section>
          ))
        ) : (
          <p class="notice">{missing}</p>
        )}
      </article>
      {doneAction && mode.kind !== 'public' && (
        <div class="plan-done">
          <p>
            <strong>{m('sub.progressLabel')}:</strong> {m('sub.progress', { done: mode.progress.done, total: mode.progress.total })}{' '}
            <progress max={mode.progress.total} value={mode.progress.done} aria-label={m('sub.progressLabel')}>
              {mode.progress.done}/{mode.progress.total}
            </progress>
          </p>
          {mode.done ? (
            <>
              <p>{m('day.doneAlready')}</p>
              {mode.kind === 'subscription' && (
                <form method="post" action={ctx.href(PLAN_PATHS.subscriptionDay(mode.token, day) + '/undo')}>
                  <CsrfField token={ctx.csrfToken()} />
                  <button type="submit" class="button button--secondary">
                    {m('day.undo')}
                  </button>
                </form>
              )}
            </>
          ) : (
            <form method="post" action={ctx.href(doneAction)}>
              <CsrfField token={ctx.csrfToken()} />
              {chosen && <input type="hidden" name="translation" value={chosen} />}
              <button type="submit" class="button">
                {m('day.done')}
              </button>
            </form>
          )}
        </div>
      )}
      {mode.kind === 'public' && (
        <p>
          <a href={ctx.href(PLAN_PATHS.plan(plan.slug)) + '#start-title'}>{m('day.startToTrack')}</a>
        </p>
      )}
      <nav class="chapter-nav" aria-label={m('day.nav')}>
        {day > 1 && (
          <a class="chapter-nav__prev" rel="prev" href={dayHref(ctx, plan, mode, day - 1)}>
            {m('day.prev', { day: day - 1 })}
          </a>
        )}
        {day < total && (
          <a class="chapter-nav__next" rel="next" href={dayHref(ctx, plan, mode, day + 1)}>
            {m('day.next', { day: day + 1 })}
          </a>
        )}
      </nav>
      {passage && <p class="reader__licence">{m('day.licence', { name: passage.translation.name, code: passage.translation.code, licence: passage.translation.licence })}</p>}
    </Layout>
  );
}
