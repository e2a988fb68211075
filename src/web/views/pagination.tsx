import type { PageContext } from '../page-context.js';

/** Previous and next links around "Page N of M"; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pages, href }: { ctx: PageContext; page: number; pages: number; href: (page: number) => string }) {
  const { t } = ctx;
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')}>
      <ul class="pagination">
        {page > 1 && (
          <li>
            <a href={href(page - 1)}>{t('pagination.previous')}</a>
          </li>
        )}
        <li>{t('pagination.status', { page, pages })}</li>
        {page < pages && (
          <li>
            <a href={href(page + 1)}>{t('pagination.next')}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
