// Prints passages as bible-passage-reference-parser does with its default options: adjacent passages
// merged (`John.3.16,17` → `John.3.16-John.3.17`), whole chapters as `John.17`, whole books as `Jude`,
// single verses as `John.3.16`, everything else spelled out `Exod.32.11-Exod.32.14`.
import { BOOKS, bookById, chapterVerses } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import type { Passage } from './types.js';

interface Mutable {
  book: string;
  chapter: number;
  verse: number;
  endBook: string;
  endChapter: number;
  endVerse: number;
}

/** The verse right after the end of `p` in canonical order, as [book, chapter, verse], or null at the end. */
function after(p: Mutable, v: VersificationName): [string, number, number] | null {
  const counts = chapterVerses(v, p.endBook);
  if (!counts) return null;
  if (p.endVerse < counts[p.endChapter - 1]) return [p.endBook, p.endChapter, p.endVerse + 1];
  if (p.endChapter < counts.length) return [p.endBook, p.endChapter + 1, 1];
  const order = bookById(p.endBook)?.order ?? -1;
  for (let i = order + 1; i < BOOKS.length; i++) {
    if (chapterVerses(v, BOOKS[i].osis)) return [BOOKS[i].osis, 1, 1];
  }
  return null;
}

/** Merges passages that continue one another, keeping the written order otherwise. */
export function mergePassages(passages: readonly Passage[], v: VersificationName): Passage[] {
  const out: Mutable[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last) {
      const n = after(last, v);
      if (n && n[0] === p.book && n[1] === p.chapter && n[2] === p.verse) {
        last.endBook = p.endBook;
        last.endChapter = p.endChapter;
        last.endVerse = p.endVerse;
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}

/** OSIS for one passage with bcv's default compaction. */
export function passageOsis(p: Passage, v: VersificationName): string {
  const endCounts = chapterVerses(v, p.endBook) ?? [];
  const wholeChapters = p.verse === 1 && p.endVerse === endCounts[p.endChapter - 1];
  if (wholeChapters) {
    if (p.chapter === 1 && p.endChapter === endCounts.length) {
      return p.book === p.endBook ? p.book : `${p.book}-${p.endBook}`;
    }
    if (p.book === p.endBook && p.chapter === p.endChapter) return `${p.book}.${p.chapter}`;
    return `${p.book}.${p.chapter}-${p.endBook}.${p.endChapter}`;
  }
  if (p.book === p.endBook && p.chapter === p.endChapter && p.verse === p.endVerse) {
    return `${p.book}.${p.chapter}.${p.verse}`;
  }
  return `${p.book}.${p.chapter}.${p.verse}-${p.endBook}.${p.endChapter}.${p.endVerse}`;
}

/** OSIS for a list of passages: merged, compacted, comma-separated. */
export function formatOsis(passages: readonly Passage[], v: VersificationName): string {
  let s = '';
  for (const p of mergePassages(passages, v)) s += (s ? ',' : '') + passageOsis(p, v);
  return s;
}
