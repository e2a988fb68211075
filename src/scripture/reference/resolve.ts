// Checks raw items against a versification and turns them into passages, or says precisely why not
// ("John has 21 chapters", "John 3 has 36 verses"). Nothing is clamped.
import { chapterVerses, nameIndex } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import type { RawItem } from './passage-parser.js';
import type { Passage } from './types.js';

const display = nameIndex('en').display;

/** English display name of a book, for messages. */
export function bookName(osis: string): string {
  return display.get(osis) ?? osis;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why a chapter/verse does not exist in the book, or null when it does. */
function problem(name: string, counts: readonly number[], chapter: number, verse: number): string | null {
  const single = counts.length === 1;
  if (chapter > counts.length) {
    return single ? `${name} has only one chapter` : `${name} has ${plural(counts.length, 'chapter')}`;
  }
  const verses = counts[chapter - 1];
  if (verse > verses) return single ? `${name} has ${plural(verses, 'verse')}` : `${name} ${chapter} has ${plural(verses, 'verse')}`;
  return null;
}

/** The passage an item denotes in the versification, or the reason it denotes none. */
export function resolveItem(it: RawItem, versification: VersificationName): Passage | string {
  const counts = chapterVerses(versification, it.book);
  const name = bookName(it.book);
  if (!counts) return `${name} is not in the ${versification} versification`;
  const endCounts = it.endBook === it.book ? counts : chapterVerses(versification, it.endBook);
  if (!endCounts) return `${bookName(it.endBook)} is not in the ${versification} versification`;
  const startProblem = problem(name, counts, it.chapter, it.verse);
  if (startProblem) return startProblem;
  const endChapter = it.endChapter === -1 ? endCounts.length : it.endChapter;
  const endProblem = problem(bookName(it.endBook), endCounts, endChapter, it.endVerse);
  if (endProblem) return endProblem;
  const verse = it.verse === 0 ? 1 : it.verse;
  const endVerse = it.endVerse === 0 ? endCounts[endChapter - 1] : it.endVerse;
  if (it.endBook === it.book && (endChapter < it.chapter || (endChapter === it.chapter && endVerse < verse))) {
    return 'the range ends before it starts';
  }
  return { book: it.book, chapter: it.chapter, verse, endBook: it.endBook, endChapter, endVerse };
}
