// A Bible or commentary: two testament stores laid out by a versification. The slot layout comes
// from the versification module, so the reader never guesses where a verse lives.
import {
  slotOf,
  verseCount,
  versificationIndex,
  type SlotInfo,
  type Versification,
} from '../versification/index.js';
import type { RenderOptions } from './markup.options.js';
import { renderMarkup } from './markup.render.js';
import type { RenderedText } from './rendered.text.js';
import type { VerseStore } from './verse.store.js';

/** What a slot holds: module or testament heading, book or chapter intro, or a verse. */
export type SlotKind = 'module' | 'testament' | 'book' | 'chapter' | 'verse';

/** One slot of a verse-keyed module, in storage order. */
export interface VerseEntry {
  /** OSIS book id; '' for module and testament headings. */
  readonly osis: string;
  /** 0 for book intros and headings. */
  readonly chapter: number;
  /** 0 for intros and headings. */
  readonly verse: number;
  readonly kind: SlotKind;
  readonly testament: 'ot' | 'nt';
  /** Raw markup in the module's SourceType. */
  readonly raw: string;
  /** True when this slot shares the stored text of the slot before it (a verse bridge such as 5–6). */
  readonly linked: boolean;
}

/** Which entries to iterate. */
export interface EntryFilter {
  /** Yield empty slots too (default false). */
  readonly includeEmpty?: boolean;
  /** Only verses, no headings or intros (default false). */
  readonly versesOnly?: boolean;
  /** Only this testament. */
  readonly testament?: 'ot' | 'nt';
}

/** A Bible (zText, RawText) or commentary (zCom, RawCom) opened for reading. */
export class VerseModule {
  readonly kind: 'bible' | 'commentary';
  readonly name: string;
  readonly versification: Versification;
  /** Markup of the raw text: OSIS, TEI, ThML, GBF or Plaintext. */
  readonly sourceType: string;
  private readonly stores: { readonly ot?: VerseStore; readonly nt?: VerseStore };

  constructor(init: {
    kind: 'bible' | 'commentary';
    name: string;
    versification: Versification;
    sourceType: string;
    stores: { ot?: VerseStore; nt?: VerseStore };
  }) {
    this.kind = init.kind;
    this.name = init.name;
    this.versification = init.versification;
    this.sourceType = init.sourceType;
    this.stores = init.stores;
  }

  /** Testaments the module has files for. */
  get testaments(): ('ot' | 'nt')[] {
    return (['ot', 'nt'] as const).filter((t) => this.stores[t] !== undefined);
  }

  /**
   * Raw markup of a verse ('' when the slot is empty), or undefined when the versification has no such
   * verse. Verse 0 reads a chapter intro, chapter 0 verse 0 a book intro.
   */
  readVerse(osis: string, chapter: number, verse: number): string | undefined {
    const at = slotOf(this.versification, osis, chapter, verse);
    if (!at) return undefined;
    return this.stores[at.testament]?.read(at.index) ?? '';
  }

  /** Renders raw text of this module (its SourceType) into clean text with structure. */
  render(raw: string, options?: RenderOptions): RenderedText {
    return renderMarkup(raw, this.sourceType, options);
  }

  /** Non-empty slots of one chapter in order, its intro (verse 0) first; [] for a chapter the versification lacks. */
  readChapter(osis: string, chapter: number): VerseEntry[] {
    const first = slotOf(this.versification, osis, chapter, 0);
    if (!first) return [];
    const store = this.stores[first.testament];
    const slots = versificationIndex(this.versification).slots[first.testament];
    const out: VerseEntry[] = [];
    if (!store) return out;
    const count = verseCount(this.versification, osis, chapter);
    for (let i = first.index; i <= first.index + count; i++) {
      const raw = store.read(i);
      if (raw) out.push(toEntry(slots[i], first.testament, raw, i > first.index && store.isLinked(i)));
    }
    return out;
  }

  /** Every slot in storage order (OT then NT), lazily; each compressed block is read once. */
  *entries(filter: EntryFilter = {}): IterableIterator<VerseEntry> {
    const slots = versificationIndex(this.versification).slots;
    for (const testament of ['ot', 'nt'] as const) {
      if (filter.testament && filter.testament !== testament) continue;
      const store = this.stores[testament];
      if (!store) continue;
      const layout = slots[testament];
      for (const s of store.scan()) {
        // A module index longer than its versification has nothing addressable beyond it.
        if (s.slot >= layout.length) break;
        if (!s.raw && !filter.includeEmpty) continue;
        const info = layout[s.slot];
        if (filter.versesOnly && (info.verse === 0 || info.osis === '')) continue;
        yield toEntry(info, testament, s.raw, s.linked);
      }
    }
  }
}

function toEntry(info: SlotInfo, testament: 'ot' | 'nt', raw: string, linked: boolean): VerseEntry {
  const kind: SlotKind =
    info.osis === '' ? (info.verse === 0 ? 'module' : 'testament') : info.chapter === 0 ? 'book' : info.verse === 0 ? 'chapter' : 'verse';
  const verse = kind === 'testament' ? 0 : info.verse;
  return { osis: info.osis, chapter: info.chapter, verse, kind, testament, raw, linked };
}
