// Previous/next chapter across book boundaries, in the translation's versification order, skipping
// chapters the translation has no text for (a Protestant module laid out in NRSVA has no Tobit).
import type { ChapterLink } from './passage.types.js';
import { bookName, referenceBook, type DisplayLanguage } from './reference.display.js';
import type { TranslationText } from './translation.text.js';

/** A link to a chapter (versification ids), displayed as the reference names it ("Psalms 151" for AddPs 1). */
export function chapterLink(text: TranslationText, book: string, chapter: number, language: DisplayLanguage): ChapterLink {
  const ref = referenceBook(text.table.versification, book, chapter);
  return { book, chapter, osis: `${book}.${chapter}`, reference: `${bookName(ref.book, language)} ${ref.chapter}` };
}

function hasChapter(text: TranslationText, book: string, chapter: number): boolean {
  const range = text.table.chapterRange(book, chapter);
  if (!range) return false;
  for (let o = range[0]; o <= range[1]; o++) if (text.has(o)) return true;
  return false;
}

/** The nearest chapter before (step -1) or after (step 1) one, that the translation has; null at either end. */
export function neighbourChapter(
  text: TranslationText,
  book: string,
  chapter: number,
  step: 1 | -1,
  language: DisplayLanguage,
): ChapterLink | null {
  const books = text.table.books;
  let bi = books.findIndex((b) => b.osis === book);
  if (bi < 0) return null;
  let c = chapter + step;
  for (;;) {
    if (c < 1) {
      if (--bi < 0) return null;
      c = books[bi].chapters;
    } else if (c > books[bi].chapters) {
      if (++bi >= books.length) return null;
      c = 1;
    }
    if (hasChapter(text, books[bi].osis, c)) return chapterLink(text, books[bi].osis, c, language);
    c += step;
  }
}
