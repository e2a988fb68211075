// One translation held in memory: its verses by ordinal. Views are built on first use and kept,
// so a warm lookup is an array read.
import type { TranslationInfo } from '../translation.types.js';
import type { OrdinalTable } from '../verse-ordinal.js';
import type { StoredVerse } from '../verse.repository.js';
import type { VerseView } from './passage.types.js';
import { decodeStructure, type VerseStructure } from './verse.rendered.js';

/** A translation's verses in memory. */
export class TranslationText {
  private readonly texts: (string | undefined)[];
  private readonly rendered: (string | undefined)[];
  private readonly views: (VerseView | undefined)[];

  constructor(
    readonly info: TranslationInfo,
    readonly table: OrdinalTable,
    rows: readonly StoredVerse[],
  ) {
    this.texts = new Array(table.count + 1);
    this.rendered = new Array(table.count + 1);
    this.views = new Array(table.count + 1);
    for (const r of rows) {
      if (r.ordinal < 1 || r.ordinal > table.count) continue;
      this.texts[r.ordinal] = r.text;
      this.rendered[r.ordinal] = r.rendered;
    }
  }

  /** True when the translation has text (or a bridge) at this ordinal. */
  has(ordinal: number): boolean {
    return this.texts[ordinal] !== undefined;
  }

  /** Plain text at an ordinal. */
  text(ordinal: number): string | undefined {
    return this.texts[ordinal];
  }

  /** The stored structure at an ordinal (headings, notes …). */
  structure(ordinal: number): VerseStructure | undefined {
    const json = this.rendered[ordinal];
    return json === undefined ? undefined : decodeStructure(json);
  }

  /** The verse at an ordinal, built once. */
  view(ordinal: number): VerseView | undefined {
    let v = this.views[ordinal];
    if (v) return v;
    const text = this.texts[ordinal];
    if (text === undefined) return undefined;
    const s = this.structure(ordinal)!;
    const t = this.table;
    const book = t.books[t.bookIndexAt(ordinal)].osis;
    const chapter = t.chapterAt(ordinal);
    const verse = t.verseAt(ordinal);
    v = Object.freeze({
      osis: `${book}.${chapter}.${verse}`,
      book,
      chapter,
      verse,
      text,
      segments: s.segments ?? (text ? [{ text }] : []),
      headings: s.headings ?? [],
      notes: s.notes ?? [],
      breaks: s.breaks ?? [],
      ...(s.linked ? { linked: true as const } : {}),
    });
    this.views[ordinal] = v;
    return v;
  }
}
