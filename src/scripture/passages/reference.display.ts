// Human forms of references in the reader's language ("John 3:16–18", "Juan 3", "1 Corinthians 13:4–7"),
// from the book-name tables: a book row's first name, a series' first name after its ordinal.
import { bookDisplayName, VERSIFICATION_ALIASES } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';

/** Languages book names are shown in. */
export type DisplayLanguage = 'en' | 'es';

/** A book's display name ("1 John", "1 Juan"); the OSIS id when the tables lack it. */
export function bookName(osis: string, language: DisplayLanguage = 'en'): string {
  return bookDisplayName(osis, language);
}

/**
 * Where references name a chapter the versification files under another book (NRSVA's `AddPs` 1 is
 * Psalm 151, `EsthGr` is Greek Esther): the reference's book and chapter.
 */
export function referenceBook(v: VersificationName, osis: string, chapter: number): { book: string; chapter: number } {
  for (const a of VERSIFICATION_ALIASES[v]) {
    if (a.to !== osis || a.from === osis) continue;
    // Baruch 6 stays Baruch 6; only books that exist under no reference id are renamed.
    if (a.chapters !== undefined) continue;
    return { book: a.from, chapter: chapter - a.toChapter + (a.fromChapter ?? 1) };
  }
  return { book: osis, chapter };
}

/** One passage as people write it: "John 3:16", "John 3:16–18", "Heb 4:15–5:2", "Matt 5–7", "Jude 24–25". */
export function displayPassage(
  p: { book: string; chapter: number; verse: number; endBook: string; endChapter: number; endVerse: number },
  options: { language: DisplayLanguage; wholeChapters: boolean; singleChapter: (osis: string) => boolean },
): string {
  const name = bookName(p.book, options.language);
  const single = options.singleChapter(p.book);
  const at = (chapter: number, verse: number, omitChapter: boolean) => (omitChapter ? `${verse}` : `${chapter}:${verse}`);
  if (p.endBook !== p.book) {
    const end = bookName(p.endBook, options.language);
    if (options.wholeChapters) return `${name} ${p.chapter}–${end} ${p.endChapter}`;
    return `${name} ${at(p.chapter, p.verse, single)}–${end} ${at(p.endChapter, p.endVerse, options.singleChapter(p.endBook))}`;
  }
  if (options.wholeChapters) {
    if (single) return name;
    return p.chapter === p.endChapter ? `${name} ${p.chapter}` : `${name} ${p.chapter}–${p.endChapter}`;
  }
  const start = `${name} ${at(p.chapter, p.verse, single)}`;
  if (p.chapter === p.endChapter) return p.verse === p.endVerse ? start : `${start}–${p.endVerse}`;
  return `${start}–${p.endChapter}:${p.endVerse}`;
}
