import type { ChurchTranslate } from '../churches.messages.js';

/** Newer and older links of a list of listings, with "Page N" between them when `current` is given. */
export function ChurchPagination({ m, page, hasMore, href, current }: { m: ChurchTranslate; page: number; hasMore: boolean; href: (page: number) => string; current?: string }) {
  return (
    <nav aria-label={m('churches.pagination')}>
      <ul class="pagination">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {m('churches.newer')}
            </a>
          </li>
        )}
        {current !== undefined && <li aria-current="page">{current}</li>}
        {hasMore && (
          <li>
            <a href={href(page + 1)} rel="next">
              {m('churches.older')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
