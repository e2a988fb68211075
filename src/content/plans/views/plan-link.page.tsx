import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { Layout } from '../../../web/views/layout.js';
import { PLAN_PATHS } from '../plan.paths.js';
import { planMessages } from '../plans.messages.js';

/** A private or emailed plan link that opens nothing (answered 404). */
export function PlanLinkInvalidPage({ ctx }: { ctx: PageContext }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('invalid.title')}>
      <h1>{m('invalid.title')}</h1>
      <p>{m('invalid.body')}</p>
      <p>
        <a href={ctx.href(PLAN_PATHS.list)}>{m('invalid.plans')}</a>
      </p>
    </Layout>
  );
}

/**
 * `/plans/unsubscribe/:token`: opening the link only shows a button (mail scanners open links);
 * the button, or the mail client's one-click POST, stops the emails.
 */
export function PlanStopPage({ ctx, plan, action }: { ctx: PageContext; plan: string; action: string }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('stop.title')}>
      <h1>{m('stop.title')}</h1>
      <p>{m('stop.lead', { plan })}</p>
      <form method="post" action={action}>
        <CsrfField token={ctx.csrfToken()} />
        <button type="submit" class="button button--warning">
          {m('stop.button')}
        </button>
      </form>
    </Layout>
  );
}

/** The daily emails are stopped. */
export function PlanStoppedPage({ ctx, plan }: { ctx: PageContext; plan: string }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('stop.title')}>
      <h1>{m('stop.title')}</h1>
      <p class="notice">{m('stop.done', { plan })}</p>
      <p>
        <a href={ctx.href(PLAN_PATHS.list)}>{m('invalid.plans')}</a>
      </p>
    </Layout>
  );
}

/** A stop link that is not valid. */
export function PlanStopInvalidPage({ ctx }: { ctx: PageContext }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('stop.title')}>
      <h1>{m('stop.title')}</h1>
      <p>{m('stop.invalid')}</p>
    </Layout>
  );
}

/** The reader deleted their plan. */
export function PlanDeletedPage({ ctx }: { ctx: PageContext }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('sub.deleted')}>
      <h1>{m('sub.deleted')}</h1>
      <p>{m('sub.deletedBody')}</p>
      <p>
        <a href={ctx.href(PLAN_PATHS.list)}>{m('invalid.plans')}</a>
      </p>
    </Layout>
  );
}
