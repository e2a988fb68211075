// RawText/RawCom storage: an index of (offset, size) slots into one uncompressed file per testament.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleEncoding } from './text.encoding.js';
import type { StoredSlot, VerseStore } from './verse.store.js';

/** How to open one testament of a RawText/RawCom module. */
export interface RawVerseOptions {
  readonly dir: string;
  readonly testament: 'ot' | 'nt';
  /** RawText4/RawCom4 store a 32-bit size (8-byte slots) instead of 16-bit (6-byte slots). */
  readonly wide: boolean;
  readonly encoding: ModuleEncoding;
}

/** Opens one testament of a RawText/RawCom module, or returns undefined when the module lacks it. */
export function openRawVerse(opts: RawVerseOptions): VerseStore | undefined {
  const indexPath = join(opts.dir, `${opts.testament}.vss`);
  const dataPath = join(opts.dir, opts.testament);
  if (!existsSync(indexPath) || !existsSync(dataPath)) return undefined;
  return new RawVerseStore(readFileSync(indexPath), dataPath, opts);
}

class RawVerseStore implements VerseStore {
  readonly slotCount: number;
  private readonly slotSize: number;
  private data: Buffer | undefined;

  constructor(
    private readonly index: Buffer,
    private readonly dataPath: string,
    private readonly opts: RawVerseOptions,
  ) {
    this.slotSize = opts.wide ? 8 : 6;
    this.slotCount = Math.floor(index.length / this.slotSize);
  }

  read(slot: number): string {
    if (!(slot >= 0 && slot < this.slotCount)) return '';
    const at = slot * this.slotSize;
    const size = this.opts.wide ? this.index.readUInt32LE(at + 4) : this.index.readUInt16LE(at + 4);
    return size === 0 ? '' : this.slice(this.index.readUInt32LE(at), size);
  }

  isLinked(slot: number): boolean {
    if (!(slot >= 1 && slot < this.slotCount)) return false;
    const w = this.slotSize;
    const at = slot * w;
    const size = this.opts.wide ? this.index.readUInt32LE(at + 4) : this.index.readUInt16LE(at + 4);
    return size > 0 && this.index.readUInt32LE(at) === this.index.readUInt32LE(at - w);
  }

  *scan(): IterableIterator<StoredSlot> {
    let prev = -1;
    for (let slot = 0; slot < this.slotCount; slot++) {
      const at = slot * this.slotSize;
      const size = this.opts.wide ? this.index.readUInt32LE(at + 4) : this.index.readUInt16LE(at + 4);
      const offset = this.index.readUInt32LE(at);
      yield { slot, raw: size === 0 ? '' : this.slice(offset, size), linked: size > 0 && offset === prev };
      prev = size > 0 ? offset : -1;
    }
  }

  private slice(offset: number, size: number): string {
    this.data ??= readFileSync(this.dataPath);
    let end = Math.min(this.data.length, offset + size);
    while (end > offset && this.data[end - 1] === 0) end--;
    return this.data.toString(this.opts.encoding, offset, end);
  }
}
