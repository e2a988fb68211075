// A dictionary (zLD, RawLD): sorted keys, each with an entry or an `@LINK` to another key.
// Keys are indexed once on first use so lookups are a Map hit.
import type { RenderOptions } from './markup.options.js';
import { renderMarkup } from './markup.render.js';
import type { RenderedText } from './rendered.text.js';

/** One dictionary entry. */
export interface DictionaryEntry {
  readonly key: string;
  /** Raw markup, with `@LINK` entries already resolved to their target's text. */
  readonly raw: string;
  /** The key this entry links to, when it is an `@LINK` entry. */
  readonly linkTo?: string;
}

/** Storage of a dictionary: keys and their stored text, by position in the sorted index. */
export interface DictionaryStore {
  readonly count: number;
  keyAt(i: number): string;
  /** Stored text of entry i: markup, or `@LINK key`. */
  textAt(i: number): string;
}

const LINK = /^@LINK\s+([^\r\n\0]*)/;

/** A dictionary module (zLD, RawLD, RawLD4) opened for reading. */
export class DictionaryModule {
  readonly kind = 'dictionary' as const;
  private positions: Map<string, number> | undefined;
  private keyList: string[] | undefined;

  constructor(
    readonly name: string,
    /** Markup of entries: TEI, OSIS, ThML, GBF or Plaintext. */
    readonly sourceType: string,
    private readonly store: DictionaryStore,
    private readonly caseSensitive = false,
  ) {}

  /** Number of keys, links included. */
  get size(): number {
    return this.store.count;
  }

  /** Every key in index order. */
  keys(): readonly string[] {
    this.keyList ??= Array.from({ length: this.store.count }, (_, i) => this.store.keyAt(i));
    return this.keyList;
  }

  /** Renders an entry's raw markup (this module's SourceType); lines stay lines unless `newlines: false`. */
  render(raw: string, options: RenderOptions = { newlines: true }): RenderedText {
    return renderMarkup(raw, this.sourceType, options);
  }

  /** Raw markup of a key's entry, following `@LINK`s; case-insensitive unless the conf says otherwise. */
  get(key: string): string | undefined {
    const i = this.position(key);
    return i === undefined ? undefined : this.resolve(i).raw;
  }

  /** Keys starting with a prefix (compared as lookups are), in index order. */
  keysWithPrefix(prefix: string, limit = 50): string[] {
    const p = this.norm(prefix);
    const out: string[] = [];
    for (const k of this.keys()) {
      if (this.norm(k).startsWith(p)) {
        out.push(k);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** Every entry in index order, lazily. */
  *entries(): IterableIterator<DictionaryEntry> {
    for (let i = 0; i < this.store.count; i++) yield this.resolve(i);
  }

  private resolve(i: number): DictionaryEntry {
    const key = this.store.keyAt(i);
    let text = this.store.textAt(i);
    let linkTo: string | undefined;
    // Bounded: a link cycle in a broken module must not hang the reader.
    for (let hops = 0; hops < 8; hops++) {
      const m = LINK.exec(text);
      if (!m) break;
      linkTo ??= m[1].trim();
      const j = this.position(m[1].trim());
      if (j === undefined) {
        text = '';
        break;
      }
      text = this.store.textAt(j);
    }
    return linkTo === undefined ? { key, raw: text } : { key, raw: text, linkTo };
  }

  private position(key: string): number | undefined {
    if (!this.positions) {
      const map = new Map<string, number>();
      this.keys().forEach((k, i) => {
        const n = this.norm(k);
        if (!map.has(n)) map.set(n, i);
      });
      this.positions = map;
    }
    return this.positions.get(this.norm(key));
  }

  private norm(key: string): string {
    const k = key.trim();
    return this.caseSensitive ? k : k.toUpperCase();
  }
}
