// Small, allocation-free helpers the parser and readers call per reference; all go through the cached index.
import { indexOf } from './versification.index.js';
import type { SlotAddress, Versification, VersifiedBook } from './versification.js';

/** Position (0-based) of a book in the versification, or -1 when the versification lacks it. */
export function bookIndex(v: Versification, osis: string): number {
  return indexOf(v).byOsis.get(osis)?.index ?? -1;
}

/** The book with that OSIS id, or undefined when the versification lacks it. */
export function getBook(v: Versification, osis: string): VersifiedBook | undefined {
  return indexOf(v).byOsis.get(osis)?.book;
}

/** Number of chapters of a book, 0 when the versification lacks the book. */
export function chapterCount(v: Versification, osis: string): number {
  return indexOf(v).byOsis.get(osis)?.book.verses.length ?? 0;
}

/** Number of verses in a chapter, 0 when the book or chapter does not exist. */
export function verseCount(v: Versification, osis: string, chapter: number): number {
  return indexOf(v).byOsis.get(osis)?.book.verses[chapter - 1] ?? 0;
}

/** True when the versification has that verse. */
export function hasVerse(v: Versification, osis: string, chapter: number, verse: number): boolean {
  return verse >= 1 && verse <= verseCount(v, osis, chapter);
}

/**
 * Where SWORD stores a verse in a module of this versification. Chapter 0 verse 0 addresses the book
 * intro and verse 0 a chapter intro; undefined for anything outside the versification.
 */
export function slotOf(v: Versification, osis: string, chapter: number, verse: number): SlotAddress | undefined {
  const entry = indexOf(v).byOsis.get(osis);
  if (!entry || !Number.isInteger(chapter) || !Number.isInteger(verse)) return undefined;
  const testament = entry.book.testament;
  if (chapter === 0) return verse === 0 ? { testament, index: entry.introSlot } : undefined;
  const max = entry.book.verses[chapter - 1];
  if (max === undefined || chapter < 0 || verse < 0 || verse > max) return undefined;
  return { testament, index: entry.chapterSlots[chapter - 1] + verse };
}

/** Number of slots a testament's index file holds in a module of this versification. */
export function slotCount(v: Versification, testament: 'ot' | 'nt'): number {
  return indexOf(v).slotCount[testament];
}
