import type { PageContext } from '../../../web/page-context.js';
import { SectionNav } from '../../../web/views/section-nav.js';
import { articleMessages } from '../articles.messages.js';
import { planMessages } from '../../plans/plans.messages.js';

/** The articles admin's own navigation. */
export function ArticlesAdminNav({ ctx }: { ctx: PageContext }) {
  const m = articleMessages(ctx.locale);
  const links = [
    { path: '/write/articles', label: m('admin.articles.title') },
    { path: '/write/articles/new', label: m('admin.articles.new') },
    { path: '/write/plans', label: planMessages(ctx.locale)('write.title') },
  ];
  return <SectionNav ctx={ctx} label={m('admin.articles.navLabel')} links={links} />;
}
