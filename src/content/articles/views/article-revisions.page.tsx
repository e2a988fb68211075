import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { Table } from '../../../web/views/table.js';
import type { ArticleView, RevisionDetail, RevisionSummary } from '../article.presenter.js';
import { articleMessages, type ArticleMessageKey } from '../articles.messages.js';
import { ArticlesAdminNav } from './admin-nav.js';
import { formatMoment } from './format.js';

function reasonKey(reason: string): ArticleMessageKey {
  return reason === 'imported' || reason === 'restored' || reason === 'created' ? `admin.articles.revision.reason.${reason}` : 'admin.articles.revision.reason.edited';
}

/** `/write/articles/:id/revisions`: every saved version, newest first. */
export function ArticleRevisionsPage({ ctx, article, revisions }: { ctx: PageContext; article: ArticleView; revisions: readonly RevisionSummary[] }) {
  const m = articleMessages(ctx.locale);
  const title = m('admin.articles.revisionsTitle', { title: article.title });
  return (
    <Layout ctx={ctx} title={title}>
      <ArticlesAdminNav ctx={ctx} />
      <h1>{title}</h1>
      <p>
        <a href={ctx.href(`/write/articles/${article.id}`)}>{m('admin.articles.backToEditor')}</a>
      </p>
      <Table
        caption={title}
        captionHidden
        columns={[m('admin.articles.revision.number'), m('admin.articles.revision.saved'), m('admin.articles.revision.by'), m('admin.articles.revision.reason')]}
      >
        {revisions.map((r) => (
          <tr key={r.number}>
            <th scope="row">
              <a href={ctx.href(`/write/articles/${article.id}/revisions/${r.number}`)} aria-label={m('admin.articles.revision.view', { number: r.number })}>
                {r.number}
              </a>
              {r.number === article.revision && <span class="muted"> ({m('admin.articles.revision.current')})</span>}
            </th>
            <td>{formatMoment(r.createdAt, ctx.locale)}</td>
            <td>{r.author ?? '—'}</td>
            <td>{m(reasonKey(r.reason))}</td>
          </tr>
        ))}
      </Table>
    </Layout>
  );
}

/** `/write/articles/:id/revisions/:n`: one revision's text as readers would see it, and a way back into the editor. */
export function ArticleRevisionPage({ ctx, article, revision, html }: { ctx: PageContext; article: ArticleView; revision: RevisionDetail; html: string }) {
  const m = articleMessages(ctx.locale);
  const title = m('admin.articles.revisionTitle', { number: revision.number, title: revision.title });
  return (
    <Layout ctx={ctx} title={title} scripts={['scripture-popover']}>
      <ArticlesAdminNav ctx={ctx} />
      <h1>{title}</h1>
      <p class="muted">
        {formatMoment(revision.createdAt, ctx.locale)} · {m(reasonKey(revision.reason))}
      </p>
      <p>
        <a class="button button--secondary" href={ctx.href(`/write/articles/${article.id}?from=${revision.number}`)}>
          {m('admin.articles.revision.restore')}
        </a>
      </p>
      <p class="hint">{m('admin.articles.revision.restoreHint')}</p>
      <p>
        <a href={ctx.href(`/write/articles/${article.id}/revisions`)}>{m('admin.articles.revisions')}</a>
      </p>
      <div class="article__body" lang={revision.language === ctx.locale ? undefined : revision.language}>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </Layout>
  );
}
