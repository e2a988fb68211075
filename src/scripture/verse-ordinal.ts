// Every verse of a versification gets an ordinal (1-based, books in versification order), so a passage —
// even across chapters or books — is one contiguous ordinal range, and a translation's verses fit one array.
import { getVersification, type VersificationName } from './versification/index.js';

/** Ordinals of one versification. */
export interface OrdinalTable {
  readonly versification: VersificationName;
  /** Number of verses; ordinals run 1…count. */
  readonly count: number;
  /** Ordinal of a verse, or 0 when the versification lacks it. */
  ordinalOf(book: string, chapter: number, verse: number): number;
  /** First and last ordinal of a chapter, or undefined when the versification lacks it. */
  chapterRange(book: string, chapter: number): readonly [number, number] | undefined;
  /** Book index (in versification order), chapter and verse of an ordinal. */
  bookIndexAt(ordinal: number): number;
  chapterAt(ordinal: number): number;
  verseAt(ordinal: number): number;
  /** Books in versification order. */
  readonly books: readonly { readonly osis: string; readonly chapters: number }[];
}

const tables = new Map<VersificationName, OrdinalTable>();

/** The ordinal table of a versification (built once). */
export function ordinalTable(name: VersificationName): OrdinalTable {
  let t = tables.get(name);
  if (!t) {
    t = build(name);
    tables.set(name, t);
  }
  return t;
}

function build(name: VersificationName): OrdinalTable {
  const v = getVersification(name);
  // chapterStarts.get(book)[c-1] = ordinal of verse 1 of chapter c.
  const chapterStarts = new Map<string, { starts: number[]; verses: readonly number[] }>();
  let count = 0;
  for (const b of v.books) {
    const starts: number[] = [];
    for (const n of b.verses) {
      starts.push(count + 1);
      count += n;
    }
    chapterStarts.set(b.osis, { starts, verses: b.verses });
  }
  const bookAt = new Uint8Array(count + 1);
  const chapterAt = new Uint16Array(count + 1);
  const verseAt = new Uint16Array(count + 1);
  v.books.forEach((b, bi) => {
    const { starts } = chapterStarts.get(b.osis)!;
    b.verses.forEach((n, ci) => {
      for (let i = 0; i < n; i++) {
        bookAt[starts[ci] + i] = bi;
        chapterAt[starts[ci] + i] = ci + 1;
        verseAt[starts[ci] + i] = i + 1;
      }
    });
  });
  return {
    versification: name,
    count,
    books: v.books.map((b) => ({ osis: b.osis, chapters: b.verses.length })),
    ordinalOf(book, chapter, verse) {
      const e = chapterStarts.get(book);
      if (!e || chapter < 1 || verse < 1 || verse > (e.verses[chapter - 1] ?? 0)) return 0;
      return e.starts[chapter - 1] + verse - 1;
    },
    chapterRange(book, chapter) {
      const e = chapterStarts.get(book);
      const n = e?.verses[chapter - 1];
      if (!e || !n || chapter < 1) return undefined;
      return [e.starts[chapter - 1], e.starts[chapter - 1] + n - 1];
    },
    bookIndexAt: (o) => bookAt[o],
    chapterAt: (o) => chapterAt[o],
    verseAt: (o) => verseAt[o],
  };
}
