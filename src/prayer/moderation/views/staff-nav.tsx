import type { PageContext } from '../../../web/page-context.js';
import { STAFF_PATHS, staffPagesFor } from '../staff-pages.js';
import { ChurchesStaffLink } from '../../../content/churches/views/staff-link.js';

/** The ministry pages' own navigation: moderation, pastoral care, coverage, settings — those the viewer may open. */
export function StaffNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const pages = staffPagesFor(ctx.viewer?.roles ?? []);
  if (pages.length < 2) return null;
  return (
    <nav class="account-nav staff-nav" aria-label={t('staff.nav.label')}>
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a href={ctx.href(STAFF_PATHS[page])} aria-current={ctx.path === STAFF_PATHS[page] ? 'page' : undefined}>
              {t(`staff.nav.${page}`)}
            </a>
          </li>
        ))}
        <ChurchesStaffLink ctx={ctx} />
      </ul>
    </nav>
  );
}
