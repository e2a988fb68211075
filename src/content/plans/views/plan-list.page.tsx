import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { PlanSummary } from '../plan.service.js';
import { PLAN_PATHS } from '../plan.paths.js';
import { planMessages } from '../plans.messages.js';

/** "21 days" / "1 day". */
export function dayCount(ctx: PageContext, count: number): string {
  const m = planMessages(ctx.locale);
  return count === 1 ? m('plans.day1') : m('plans.days', { count });
}

/** `/plans`: the built-in plans first (John in 21 days leading), then authors' plans. */
export function PlanListPage({ ctx, plans }: { ctx: PageContext; plans: readonly PlanSummary[] }) {
  const m = planMessages(ctx.locale);
  const builtIn = plans.filter((p) => p.builtIn);
  const authored = plans.filter((p) => !p.builtIn);
  const item = (p: PlanSummary) => (
    <li key={p.slug} class="plan-card">
      <h3>
        <a href={ctx.href(PLAN_PATHS.plan(p.slug))}>{p.title}</a>
      </h3>
      <p>
        <span class="tag">{dayCount(ctx, p.dayCount)}</span>
        {p.language && <span class="tag tag--grey">{m('plans.language', { language: m(`language.${p.language}`) })}</span>}
      </p>
      {p.description && <p>{p.description}</p>}
    </li>
  );
  return (
    <Layout ctx={ctx} title={m('plans.title')} description={m('plans.lead')}>
      <h1>{m('plans.title')}</h1>
      <p class="lead">{m('plans.lead')}</p>
      <h2>{m('plans.builtIn')}</h2>
      <ul class="plan-list">{builtIn.map(item)}</ul>
      {authored.length > 0 && (
        <>
          <h2>{m('plans.more')}</h2>
          <ul class="plan-list">{authored.map(item)}</ul>
        </>
      )}
    </Layout>
  );
}
