import type { PageContext } from '../../web/page-context.js';

/** The admin section's own navigation. */
export function AdminNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const items = [
    { path: '/admin', label: t('admin.nav.people') },
    { path: '/admin/invite', label: t('admin.nav.invite') },
    { path: '/admin/audit', label: t('admin.nav.audit') },
    { path: '/admin/journeys', label: t('admin.nav.journeys') },
  ];
  return (
    <nav class="account-nav" aria-label={t('admin.nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={ctx.href(item.path)} aria-current={ctx.path === item.path ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
