import type { PageContext } from '../../../web/page-context.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import { RowLinks, Table } from '../../../web/views/table.js';
import type { ArticleState, ArticleView } from '../article.presenter.js';
import { articleMessages } from '../articles.messages.js';
import { ArticlesAdminNav } from './admin-nav.js';
import { articlePath, formatMoment } from './format.js';

/** An article's state as a coloured tag (published, scheduled, draft). */
export function StateTag({ state, ctx }: { state: ArticleState; ctx: PageContext }) {
  const m = articleMessages(ctx.locale);
  return <span class={`tag${state === 'published' ? ' tag--answered' : state === 'draft' ? ' tag--grey' : ''}`}>{m(`admin.articles.state.${state}`)}</span>;
}

/** `/write/articles`: every article with its status, newest change first. */
export function AdminArticlesPage({ ctx, articles, notice }: { ctx: PageContext; articles: readonly ArticleView[]; notice?: string }) {
  const m = articleMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('admin.articles.title')}>
      <ArticlesAdminNav ctx={ctx} />
      {notice && <NotificationBanner title={notice} />}
      <h1>{m('admin.articles.title')}</h1>
      <p>{m('admin.articles.lead')}</p>
      <p>
        <a class="button" href={ctx.href('/write/articles/new')}>
          {m('admin.articles.new')}
        </a>
      </p>
      {articles.length === 0 ? (
        <p>{m('admin.articles.none')}</p>
      ) : (
        <Table captionHidden caption={m('admin.articles.title')} columns={[m('admin.articles.col.title'), m('admin.articles.col.state'), m('admin.articles.col.updated'), m('admin.articles.col.actions')]}>
          {articles.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.title}</th>
              <td>
                <StateTag state={a.state} ctx={ctx} />
              </td>
              <td>{formatMoment(a.updatedAt, ctx.locale)}</td>
              <td>
                <RowLinks
                  links={[
                    { href: ctx.href(`/write/articles/${a.id}`), label: m('admin.articles.editLink'), ariaLabel: m('admin.articles.editLinkFor', { title: a.title }) },
                    { href: ctx.href(articlePath(a.slug)), label: m('admin.articles.viewLink'), ariaLabel: m('admin.articles.viewLinkFor', { title: a.title }) },
                  ]}
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Layout>
  );
}
