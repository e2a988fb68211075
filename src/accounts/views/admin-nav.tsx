import type { PageContext } from '../../web/page-context.js';
import { SectionNav } from '../../web/views/section-nav.js';

/** The admin section's own navigation: people, invitations, the audit log, outgoing mail, settings and follow-up journeys. */
export function AdminNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const links = [
    { path: '/admin', label: t('admin.nav.people') },
    { path: '/admin/invite', label: t('admin.nav.invite') },
    { path: '/admin/audit', label: t('admin.nav.audit') },
    { path: '/admin/outbox', label: t('admin.nav.outbox') },
    { path: '/admin/settings', label: t('admin.nav.settings') },
    { path: '/admin/journeys', label: t('admin.nav.journeys') },
  ];
  return <SectionNav ctx={ctx} label={t('admin.nav.label')} links={links} />;
}
