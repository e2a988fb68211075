import { Layout } from '../../web/views/layout.js';
import type { PageContext } from '../../web/page-context.js';
import type { TopicLink, TopicReference, TopicView } from '../topics/topic.types.js';
import { topicPath } from './bible.paths.js';

function SeeAlso({ ctx, links }: { ctx: PageContext; links: readonly TopicLink[] }) {
  if (!links.length) return null;
  return (
    <p class="see-also">
      {ctx.t('topic.seeAlso')}:{' '}
      {links.map((link, i) => (
        <>
          {i ? '; ' : ''}
          {link.exists ? (
            <a href={ctx.href(topicPath(link.topic))}>{link.subtopic ? `${link.topic}, ${link.subtopic}` : link.topic}</a>
          ) : (
            <span>
              {link.topic} {ctx.t('topic.missing')}
            </span>
          )}
        </>
      ))}
    </p>
  );
}

function References({ ctx, refs, translation }: { ctx: PageContext; refs: readonly TopicReference[]; translation: string }) {
  if (!refs.length) return null;
  return (
    <dl class="topic-refs">
      {refs.map((r) => (
        <>
          <dt>
            <a data-osis={r.osis} href={`${ctx.href('/bible/go')}?ref=${encodeURIComponent(r.osis)}&translation=${encodeURIComponent(translation)}`}>
              {r.reference}
            </a>
          </dt>
          <dd>{r.text ? `${r.text}${r.truncated ? ' …' : ''}` : ''}</dd>
        </>
      ))}
    </dl>
  );
}

/** `/topics/:name`: a topic's sections with their verses in the reader's translation, and cross-links. */
export function TopicPage({ ctx, topic }: { ctx: PageContext; topic: TopicView }) {
  return (
    <Layout ctx={ctx} title={topic.name}>
      <h1>{topic.name}</h1>
      <p class="muted">{ctx.t('topic.source', { translation: topic.translation })}</p>
      {topic.sections.map((section, i) => (
        <section aria-labelledby={section.heading ? `s${i}` : undefined}>
          {section.heading ? <h2 id={`s${i}`}>{section.heading}</h2> : null}
          <References ctx={ctx} refs={section.references} translation={topic.translation} />
          {section.lines.map((line) => (
            <div class="topic-line">
              {line.label ? <h3>{line.label}</h3> : null}
              <References ctx={ctx} refs={line.references} translation={topic.translation} />
              <SeeAlso ctx={ctx} links={line.seeAlso} />
            </div>
          ))}
          <SeeAlso ctx={ctx} links={section.seeAlso} />
        </section>
      ))}
      <SeeAlso ctx={ctx} links={topic.seeAlso} />
    </Layout>
  );
}
