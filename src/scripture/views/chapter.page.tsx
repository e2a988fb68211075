import type { ComponentChildren } from 'preact';
import { Layout } from '../../web/views/layout.js';
import type { PageContext } from '../../web/page-context.js';
import type { ChapterLink, ChapterResult, VerseView } from '../passages/passage.types.js';
import type { TranslationInfo } from '../translation.types.js';
import { chapterPath } from './bible.paths.js';
import { PassageBox } from './passage-box.js';
import { TranslationSelect } from './translation-select.js';
import { leadingHeadings, opensParagraph, verseRuns } from './verse-runs.js';

interface ChapterPageProps {
  ctx: PageContext;
  chapter: ChapterResult;
  translations: TranslationInfo[];
  /** Mark the words of Jesus. */
  jesus: boolean;
}

/** Lays verses out in paragraphs, with headings from the text and verse numbers as anchors (#v16). */
export function ChapterText({ verses }: { verses: readonly VerseView[] }) {
  const blocks: ComponentChildren[] = [];
  let paragraph: ComponentChildren[] = [];
  const close = () => {
    if (paragraph.length) blocks.push(<p class="verses">{paragraph}</p>);
    paragraph = [];
  };
  for (const verse of verses) {
    const headings = leadingHeadings(verse);
    if (headings.length || opensParagraph(verse)) close();
    for (const h of headings) blocks.push(<h2 class={h.canonical ? 'heading heading--canonical' : 'heading'}>{h.text}</h2>);
    if (verse.linked) continue;
    paragraph.push(
      <sup class="vn" id={`v${verse.verse}`}>
        {verse.verse}
      </sup>,
    );
    for (const run of verseRuns(verse)) {
      if (run.kind === 'text') paragraph.push(run.jesus ? <span class="woj">{run.text}</span> : run.text);
      else if (run.kind === 'heading') {
        close();
        blocks.push(<h2 class="heading">{run.heading.text}</h2>);
      } else if (run.type === 'paragraph') close();
      else paragraph.push(<br />);
    }
    paragraph.push(' ');
  }
  close();
  return <>{blocks}</>;
}

function NavLink({ ctx, link, translation, rel, label }: { ctx: PageContext; link: ChapterLink | null; translation: string; rel: 'prev' | 'next'; label: string }) {
  if (!link) return null;
  return (
    <a class={`chapter-nav__${rel}`} rel={rel} href={ctx.href(chapterPath(translation, link.book, link.chapter))}>
      {label}
    </a>
  );
}

/** The Bible reader: one chapter, with chapter navigation, a translation switcher and a reference box. */
export function ChapterPage({ ctx, chapter, translations, jesus }: ChapterPageProps) {
  const { t } = ctx;
  const code = chapter.translation.code;
  const here = chapterPath(code, chapter.book, chapter.chapter);
  const nav = (
    <nav class="chapter-nav" aria-label={t('bible.chapterNav')}>
      <NavLink ctx={ctx} link={chapter.prev} translation={code} rel="prev" label={chapter.prev ? t('bible.prev', { reference: chapter.prev.reference }) : ''} />
      <NavLink ctx={ctx} link={chapter.next} translation={code} rel="next" label={chapter.next ? t('bible.next', { reference: chapter.next.reference }) : ''} />
    </nav>
  );
  return (
    <Layout ctx={ctx} title={`${chapter.reference} (${code})`}>
      <div class="reader-tools">
        <PassageBox ctx={ctx} translation={code} />
        <form class="inline-form" method="get" action={ctx.href('/bible/go')}>
          <input type="hidden" name="ref" value={chapter.osis} />
          <TranslationSelect t={t} translations={translations} value={code} />
          <button type="submit" class="button button--secondary">
            {t('bible.switchButton')}
          </button>
        </form>
      </div>
      <article class={jesus ? 'reader reader--jesus' : 'reader'} lang={chapter.translation.language}>
        <h1>{chapter.reference}</h1>
        <p class="reader__meta">
          {t('bible.chapterOf', { chapter: chapter.chapter, count: chapter.chapterCount })} ·{' '}
          <a href={`${ctx.href(here)}${jesus ? '' : '?jesus=1'}`}>{jesus ? t('bible.jesusOff') : t('bible.jesusOn')}</a>
        </p>
        {chapter.intro.map((h) => (
          <p class="reader__intro">{h.text}</p>
        ))}
        <ChapterText verses={chapter.verses} />
      </article>
      {nav}
      <p class="reader__licence">
        {t('bible.licence', { name: chapter.translation.name, code, licence: chapter.translation.licence })}
      </p>
    </Layout>
  );
}
