import type { PageContext } from '../../../web/page-context.js';
import type { CrisisResource } from '../../safety/index.js';

/**
 * Crisis resources, first on the page when someone wrote crisis language: a heading that says to reach
 * out now, then each resource's name and how to contact it. `role="alert"` so screen readers announce it.
 */
export function CrisisPanel({ ctx, resources, pastoral = true }: { ctx: PageContext; resources: readonly CrisisResource[]; pastoral?: boolean }) {
  const { t } = ctx;
  if (resources.length === 0) return null;
  return (
    <section class="crisis-panel" role="alert" aria-labelledby="crisis-title">
      <h2 class="crisis-panel__title" id="crisis-title">
        {t('crisis.title')}
      </h2>
      <p>{t('crisis.lead')}</p>
      <ul class="crisis-panel__list" aria-label={t('crisis.listLabel')}>
        {resources.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>
            <br />
            {r.contact}
          </li>
        ))}
      </ul>
      {pastoral && <p>{t('crisis.pastors')}</p>}
    </section>
  );
}
