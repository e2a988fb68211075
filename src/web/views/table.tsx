import type { ComponentChildren } from 'preact';

/**
 * A captioned data table inside its own keyboard-focusable region, so that a table wider than a phone
 * scrolls on its own while the page reflows (WCAG 1.4.10); the region is named by the caption.
 */
export function Table({ caption, columns, children }: { caption: string; columns: readonly ComponentChildren[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
