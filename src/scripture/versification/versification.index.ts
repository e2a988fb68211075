// Lookups by OSIS id are on every hot path (parser validation, verse reads), so each versification
// gets one precomputed index: a Map from OSIS id to book position and per-chapter slot starts.
import type { SlotInfo, Versification, VersifiedBook } from './versification.js';

/** Precomputed facts about one book of one versification. */
export interface BookIndexEntry {
  readonly book: VersifiedBook;
  /** Position of the book in the versification (0-based, over both testaments). */
  readonly index: number;
  /** Slot of the book intro in its testament's file. */
  readonly introSlot: number;
  /** Slot of each chapter's intro (`chapterSlots[0]` is chapter 1); verse n is at `chapterSlots[c-1] + n`. */
  readonly chapterSlots: readonly number[];
}

/** Precomputed index of one versification. */
export interface VersificationIndex {
  readonly byOsis: ReadonlyMap<string, BookIndexEntry>;
  /** Number of slots in each testament's index file. */
  readonly slotCount: { readonly ot: number; readonly nt: number };
  /** Every slot of each testament in storage order. */
  readonly slots: { readonly ot: readonly SlotInfo[]; readonly nt: readonly SlotInfo[] };
}

const cache = new WeakMap<Versification, VersificationIndex>();

/** Builds (once) and returns the lookup index of a versification. */
export function indexOf(v: Versification): VersificationIndex {
  let idx = cache.get(v);
  if (!idx) {
    idx = build(v);
    cache.set(v, idx);
  }
  return idx;
}

function build(v: Versification): VersificationIndex {
  const byOsis = new Map<string, BookIndexEntry>();
  const slots = { ot: [] as SlotInfo[], nt: [] as SlotInfo[] };
  // SWORD reserves slot 0 for a module heading and slot 1 for a testament heading in each file.
  for (const t of ['ot', 'nt'] as const) {
    slots[t].push({ osis: '', chapter: 0, verse: 0 }, { osis: '', chapter: 0, verse: 1 });
  }
  v.books.forEach((book, index) => {
    const list = slots[book.testament];
    const introSlot = list.length;
    list.push({ osis: book.osis, chapter: 0, verse: 0 });
    const chapterSlots: number[] = [];
    book.verses.forEach((count, c) => {
      chapterSlots.push(list.length);
      for (let verse = 0; verse <= count; verse++) list.push({ osis: book.osis, chapter: c + 1, verse });
    });
    byOsis.set(book.osis, { book, index, introSlot, chapterSlots });
  });
  return { byOsis, slotCount: { ot: slots.ot.length, nt: slots.nt.length }, slots };
}
