import type { PageContext } from '../../../web/page-context.js';
import { respondPath } from '../response.paths.js';
import { ResponseForm } from './response-form.js';

/** The response block at the end of an article: "Will you respond?" and the form. */
export function ResponseBlock({ ctx, slug }: { ctx: PageContext; slug: string }) {
  const { t } = ctx;
  return (
    <section class="respond-block" aria-labelledby="respond-title">
      <h2 id="respond-title">{t('respond.title')}</h2>
      <p>{t('respond.lead')}</p>
      <ResponseForm ctx={ctx} action={ctx.href(respondPath(slug))} />
    </section>
  );
}
