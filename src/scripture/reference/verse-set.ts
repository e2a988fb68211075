// Expands OSIS strings into the set of verses they cover, so two spellings of the same passage
// (`John.17` and `John.17.1-John.17.26`) compare equal. Used by the conformance runner and tests.
import { BOOKS, bookById, chapterVerses } from '../books/index.js';

/** Verse counts for expansion: KJV numbering (the bcv parser's default), NRSVA for books KJV lacks. */
function counts(osis: string): readonly number[] | undefined {
  return chapterVerses('KJV', osis) ?? chapterVerses('NRSVA', osis);
}

interface Point {
  book: string;
  chapter: number;
  verse: number;
}

function point(s: string, end: boolean, fallbackBook: string): Point | null {
  const [book, c, v] = s.split('.');
  const b = book || fallbackBook;
  const cv = counts(b);
  if (!cv) return null;
  const chapter = c ? Number(c) : end ? cv.length : 1;
  const verse = v ? Number(v) : end ? (cv[chapter - 1] ?? 0) : 1;
  return { book: b, chapter, verse };
}

/**
 * Every verse an OSIS string covers, as `Book.c.v` keys. `testaments` (bcv's option: `o`, `n`, `a`
 * for deuterocanon) leaves other books out. Unknown parts are kept as `?part` so they never match.
 */
export function osisVerseSet(osis: string, testaments = 'ona'): Set<string> {
  const out = new Set<string>();
  if (!osis) return out;
  for (const part of osis.split(',')) {
    const [a, b] = part.split('-');
    const start = point(a, false, '');
    const end = point(b ?? a, true, start?.book ?? '');
    if (!start || !end) {
      out.add(`?${part}`);
      continue;
    }
    let { book, chapter, verse } = start;
    for (let guard = 0; guard < 100_000; guard++) {
      const t = bookById(book)?.testament ?? 'ot';
      if (testaments.includes(t === 'dc' ? 'a' : t === 'ot' ? 'o' : 'n')) out.add(`${book}.${chapter}.${verse}`);
      if (book === end.book && chapter === end.chapter && verse >= end.verse) break;
      const cv = counts(book) ?? [];
      if (verse < (cv[chapter - 1] ?? 0)) verse++;
      else if (chapter < cv.length) {
        chapter++;
        verse = 1;
      } else {
        const next = BOOKS[(bookById(book)?.order ?? BOOKS.length) + 1];
        if (!next) break;
        book = next.osis;
        chapter = 1;
        verse = 1;
      }
    }
  }
  return out;
}

/** True when two OSIS strings cover exactly the same verses. */
export function sameVerses(a: string, b: string, testaments = 'ona'): boolean {
  const x = osisVerseSet(a, testaments);
  const y = osisVerseSet(b, testaments);
  if (x.size !== y.size) return false;
  for (const k of x) if (!y.has(k)) return false;
  return true;
}
