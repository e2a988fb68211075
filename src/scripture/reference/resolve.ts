// Checks raw items against a versification and turns them into passages, or says precisely why not
// ("John has 21 chapters", "John 3 has 36 verses"). Nothing is clamped.
import { bookDisplayName, chapterVerses } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import type { RawItem } from './passage-parser.js';
import type { Passage } from './types.js';

/** A passage being built; the scanner reuses these. */
export type MutablePassage = { -readonly [K in keyof Passage]: Passage[K] };

/** A blank passage to resolve into. */
export function newPassage(): MutablePassage {
  return { book: '', chapter: 0, verse: 0, endBook: '', endChapter: 0, endVerse: 0 };
}

/** English display name of a book, for messages. */
function bookName(osis: string): string {
  return bookDisplayName(osis);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why a chapter/verse does not exist in the book, or null when it does. */
function problem(osis: string, counts: readonly number[], chapter: number, verse: number): string | null {
  const single = counts.length === 1;
  if (chapter > counts.length) {
    const name = bookName(osis);
    return single ? `${name} has only one chapter` : `${name} has ${plural(counts.length, 'chapter')}`;
  }
  const verses = counts[chapter - 1];
  if (verse <= verses) return null;
  const name = bookName(osis);
  return single ? `${name} has ${plural(verses, 'verse')}` : `${name} ${chapter} has ${plural(verses, 'verse')}`;
}

/** Fills `out` with the passage an item denotes in the versification; returns the reason when it denotes none. */
export function resolveItem(it: RawItem, versification: VersificationName, out: MutablePassage): string | null {
  const counts = chapterVerses(versification, it.book);
  if (!counts) return `${bookName(it.book)} is not in the ${versification} versification`;
  const endCounts = it.endBook === it.book ? counts : chapterVerses(versification, it.endBook);
  if (!endCounts) return `${bookName(it.endBook)} is not in the ${versification} versification`;
  const startProblem = problem(it.book, counts, it.chapter, it.verse);
  if (startProblem) return startProblem;
  const endChapter = it.endChapter === -1 ? endCounts.length : it.endChapter;
  const endProblem = problem(it.endBook, endCounts, endChapter, it.endVerse);
  if (endProblem) return endProblem;
  const verse = it.verse === 0 ? 1 : it.verse;
  const endVerse = it.endVerse === 0 ? endCounts[endChapter - 1] : it.endVerse;
  if (it.endBook === it.book && (endChapter < it.chapter || (endChapter === it.chapter && endVerse < verse))) {
    return 'the range ends before it starts';
  }
  out.book = it.book;
  out.chapter = it.chapter;
  out.verse = verse;
  out.endBook = it.endBook;
  out.endChapter = endChapter;
  out.endVerse = endVerse;
  return null;
}
