import { Fragment, type ComponentChildren } from 'preact';

/**
 * A captioned data table inside its own keyboard-focusable region, so that a table wider than a phone
 * scrolls on its own while the page reflows (WCAG 1.4.10); the region is named by the caption, which
 * `captionHidden` keeps for screen readers only (where the page heading already says what the table is).
 */
export function Table({ caption, captionHidden, columns, children }: { caption: string; captionHidden?: boolean; columns: readonly ComponentChildren[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption class={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
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

/** A row's links (edit, view…) side by side, separated by a middle dot; each names its row for screen readers in `ariaLabel`. */
export function RowLinks({ links }: { links: ReadonlyArray<{ href: string; label: string; ariaLabel?: string }> }) {
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={link.href}>
          {i > 0 && ' · '}
          <a href={link.href} aria-label={link.ariaLabel}>
            {link.label}
          </a>
        </Fragment>
      ))}
    </>
  );
}
