import type { PageContext } from '../page-context.js';

/** One link of a section's navigation: a path inside the site (the locale prefix is added) and its label. */
export interface SectionLink {
  readonly path: string;
  readonly label: string;
}

/** A section's own navigation (admin, writing, ministry pages), marking the page the viewer is on. */
export function SectionNav({ ctx, label, links, class: className }: { ctx: PageContext; label: string; links: readonly SectionLink[]; class?: string }) {
  return (
    <nav class={className ? `account-nav ${className}` : 'account-nav'} aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.path}>
            <a href={ctx.href(link.path)} aria-current={ctx.path === link.path ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
