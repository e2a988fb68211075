// A day's reading as people write it, in the reader's language ("John 3", "Salmos 1–5"), from its OSIS.
import { chapterVerses, isSingleChapter } from '../../scripture/books/index.js';
import { displayPassage } from '../../scripture/passages/reference.display.js';
import { parseReference } from '../../scripture/reference/index.js';
import type { Locale } from '../../platform/i18n/locale.js';

/** "John 3", "Psalms 1–5", "John 3:16–21; Romans 8" in the reader's language; the OSIS itself if it does not parse. */
export function readingLabel(osis: string, locale: Locale): string {
  const parsed = parseReference(osis);
  if (!parsed.ok) return osis;
  return parsed.passages
    .map((p) => {
      const wholeChapters = p.verse === 1 && p.endVerse === chapterVerses('NRSVA', p.endBook)?.[p.endChapter - 1];
      return displayPassage(p, { language: locale, wholeChapters, singleChapter: isSingleChapter });
    })
    .join('; ');
}
