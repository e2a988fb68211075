import type { PageContext } from '../../../web/page-context.js';
import { SectionNav } from '../../../web/views/section-nav.js';
import { STAFF_PATHS, staffPagesFor } from '../staff-pages.js';

/** The ministry pages' own navigation: moderation, pastoral care, coverage, settings — those the viewer may open. */
export function StaffNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const pages = staffPagesFor(ctx.viewer?.roles ?? []);
  if (pages.length < 2) return null;
  const links = pages.map((page) => ({ path: STAFF_PATHS[page], label: t(`staff.nav.${page}`) }));
  return <SectionNav ctx={ctx} label={t('staff.nav.label')} links={links} class="staff-nav" />;
}
