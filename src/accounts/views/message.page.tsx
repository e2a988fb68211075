import type { PageContext } from '../../web/page-context.js';
import { Layout } from '../../web/views/layout.js';

/** A plain page of a title, a few paragraphs and an optional link onwards. */
export function MessagePage({ ctx, title, paragraphs, link }: { ctx: PageContext; title: string; paragraphs: string[]; link?: { href: string; label: string } }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {link && (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
    </Layout>
  );
}
