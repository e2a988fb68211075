import type { PageContext } from '../../../web/page-context.js';
import { articleMessages } from '../articles.messages.js';
import { planMessages } from '../../plans/plans.messages.js';

/** The articles admin's own navigation. */
export function ArticlesAdminNav({ ctx }: { ctx: PageContext }) {
  const m = articleMessages(ctx.locale);
  const items = [
    { path: '/write/articles', label: m('admin.articles.title') },
    { path: '/write/articles/new', label: m('admin.articles.new') },
    { path: '/write/plans', label: planMessages(ctx.locale)('write.title') },
  ];
  return (
    <nav class="account-nav" aria-label={m('admin.articles.navLabel')}>
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
