import { Layout } from '../../web/views/layout.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import type { PageContext } from '../../web/page-context.js';
import { BOOKS, bookDisplayName, toVersificationBook } from '../books/index.js';
import type { TranslationInfo } from '../translation.types.js';
import { chapterCount, getVersification } from '../versification/index.js';
import { chapterPath } from './bible.paths.js';
import { PassageBox } from './passage-box.js';

interface BibleIndexProps {
  ctx: PageContext;
  translation: TranslationInfo | undefined;
  translations: TranslationInfo[];
  /** A reference that could not be opened, and why. */
  failed?: { value: string; message: string };
}

/** The Bible's front page: a reference box and every book of the translation with its chapters. */
export function BibleIndexPage({ ctx, translation, translations, failed }: BibleIndexProps) {
  const { t } = ctx;
  const lang = ctx.locale;
  const v = translation ? getVersification(translation.versification) : undefined;
  const groups = (['ot', 'nt', 'dc'] as const).map((testament) => ({
    testament,
    books: v
      ? BOOKS.filter((b) => b.testament === testament)
          // Books the versification files under another id or chapter (Psalm 151 inside Psalms) are reached from there.
          .map((b) => ({ osis: b.osis, stored: toVersificationBook(v.name, b.osis, 1) }))
          .filter((b) => b.stored.osis === b.osis || b.stored.chapter === 1)
          .map((b) => ({ ...b, chapters: chapterCount(v, b.stored.osis) }))
          .filter((b) => b.chapters > 0)
      : [],
  }));
  return (
    <Layout ctx={ctx} title={failed ? t('bible.errorTitle') : t('bible.title')}>
      {failed ? <ErrorSummary t={t} errors={{ ref: failed.message }} /> : null}
      <h1>{failed ? t('bible.errorTitle') : t('bible.title')}</h1>
      <p class="lead">{t('bible.lead')}</p>
      {translation ? (
        <>
          <PassageBox ctx={ctx} translation={translation.code} value={failed?.value} error={failed?.message} />
          {failed ? (
            <p>
              <a href={`${ctx.href('/search')}?q=${encodeURIComponent(failed.value)}`}>{t('bible.searchInstead', { query: failed.value })}</a>
            </p>
          ) : null}
          <p>
            {translations.map((tr, i) => (
              <>
                {i ? ' · ' : ''}
                {tr.code === translation.code ? <strong>{tr.name}</strong> : <a href={ctx.href(`/bible/${tr.code}`)}>{tr.name}</a>}
              </>
            ))}
          </p>
          {groups
            .filter((g) => g.books.length)
            .map((g) => (
              <section aria-labelledby={`books-${g.testament}`}>
                <h2 id={`books-${g.testament}`}>{t(`bible.${g.testament}`)}</h2>
                <ul class="book-list">
                  {g.books.map((b) => (
                    <li>
                      <a href={ctx.href(chapterPath(translation.code, b.osis, 1))}>{bookDisplayName(b.osis, lang)}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </>
      ) : (
        <p class="notice">{t('bible.noTranslations')}</p>
      )}
    </Layout>
  );
}
