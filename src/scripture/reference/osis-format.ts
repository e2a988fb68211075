// Prints passages as bible-passage-reference-parser does with its default options: adjacent passages
// merged (`John.3.16,17` → `John.3.16-John.3.17`), whole chapters as `John.17`, whole books as `Jude`,
// single verses as `John.3.16`, everything else spelled out `Exod.32.11-Exod.32.14`.
import { BOOKS, bookById, chapterVerses } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import type { MutablePassage } from './resolve.js';
import type { Passage } from './types.js';

/** True when `next` starts on the verse right after `prev` ends, in canonical order. */
function continues(prev: Passage, next: Passage, v: VersificationName): boolean {
  const counts = chapterVerses(v, prev.endBook);
  if (!counts) return false;
  if (prev.endVerse < counts[prev.endChapter - 1]) {
    return next.book === prev.endBook && next.chapter === prev.endChapter && next.verse === prev.endVerse + 1;
  }
  if (next.verse !== 1) return false;
  if (prev.endChapter < counts.length) return next.book === prev.endBook && next.chapter === prev.endChapter + 1;
  if (next.chapter !== 1) return false;
  const order = bookById(prev.endBook)?.order ?? -1;
  for (let i = order + 1; i < BOOKS.length; i++) {
    if (chapterVerses(v, BOOKS[i].osis)) return BOOKS[i].osis === next.book;
  }
  return false;
}

/**
 * Merges, in place, passages that continue one another (`list[0 … count-1]`), keeping the written
 * order otherwise. Returns the new count.
 */
export function mergeInPlace(list: MutablePassage[], count: number, v: VersificationName): number {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const p = list[i];
    const last = n > 0 ? list[n - 1] : null;
    if (last && continues(last, p, v)) {
      last.endBook = p.endBook;
      last.endChapter = p.endChapter;
      last.endVerse = p.endVerse;
      continue;
    }
    if (n !== i) {
      // Swap rather than copy so every pooled object stays in the list exactly once.
      list[i] = list[n];
      list[n] = p;
    }
    n++;
  }
  return n;
}

/** Merged copies of passages that continue one another. */
export function mergePassages(passages: readonly Passage[], v: VersificationName): Passage[] {
  const list = passages.map((p) => ({ ...p }));
  return list.slice(0, mergeInPlace(list, list.length, v));
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

/** OSIS for `list[0 … count-1]`, already merged: comma-separated. */
export function joinOsis(list: readonly Passage[], count: number, v: VersificationName): string {
  let s = passageOsis(list[0], v);
  for (let i = 1; i < count; i++) s += ',' + passageOsis(list[i], v);
  return s;
}

/** OSIS for a list of passages: merged, compacted, comma-separated. */
export function formatOsis(passages: readonly Passage[], v: VersificationName): string {
  const merged = mergePassages(passages, v);
  return merged.length ? joinOsis(merged, merged.length, v) : '';
}
