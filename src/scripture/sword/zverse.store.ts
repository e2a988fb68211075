// zText/zCom storage: an index of slots pointing into compressed blocks. Blocks are decompressed on
// demand and kept in a small LRU, because neighbouring lookups (a chapter, a passage) hit the same block.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decompress } from './block.decompress.js';
import { LruCache } from './lru.cache.js';
import type { ModuleEncoding } from './text.encoding.js';
import type { StoredSlot, VerseStore } from './verse.store.js';

/** How to open one testament of a zText/zCom module. */
export interface ZVerseOptions {
  /** The module's data directory. */
  readonly dir: string;
  readonly testament: 'ot' | 'nt';
  /** zText4/zCom4 store a 32-bit entry size (12-byte slots) instead of 16-bit (10-byte slots). */
  readonly wide: boolean;
  /** conf BlockType; picks the file letter (BOOK → ot.bzv, CHAPTER → ot.czv, VERSE → ot.vzv). */
  readonly blockType?: string;
  readonly decompress: Decompress;
  readonly encoding: ModuleEncoding;
  /**
   * Bytes of decompressed blocks kept in memory (default 32 MiB: a whole testament of a large Bible,
   * so that random lookups are warm after one pass; lower it where memory is tight).
   */
  readonly cacheBytes?: number;
}

const LETTERS: Record<string, string> = { BOOK: 'b', CHAPTER: 'c', VERSE: 'v' };

/** Opens one testament of a zText/zCom module, or returns undefined when the module lacks it. */
export function openZVerse(opts: ZVerseOptions): VerseStore | undefined {
  const wanted = LETTERS[(opts.blockType ?? 'CHAPTER').toUpperCase()] ?? 'c';
  // A conf that misstates BlockType still opens: try the stated letter first, then the others.
  const letter = [wanted, 'b', 'c', 'v'].find((l) => existsSync(join(opts.dir, `${opts.testament}.${l}zv`)));
  if (!letter) return undefined;
  const base = join(opts.dir, `${opts.testament}.${letter}z`);
  return new ZVerseStore(readFileSync(base + 'v'), readFileSync(base + 's'), base + 'z', opts);
}

class ZVerseStore implements VerseStore {
  readonly slotCount: number;
  private readonly slotSize: number;
  private data: Buffer | undefined;
  private readonly cache: LruCache<number, Buffer>;
  // Consecutive reads mostly hit the same block (a chapter, a passage); skip the LRU bookkeeping then.
  private lastBlockNo = -1;
  private lastBlock: Buffer | undefined;

  constructor(
    private readonly index: Buffer,
    private readonly blocks: Buffer,
    private readonly dataPath: string,
    private readonly opts: ZVerseOptions,
  ) {
    this.slotSize = opts.wide ? 12 : 10;
    this.slotCount = Math.floor(index.length / this.slotSize);
    this.cache = new LruCache(opts.cacheBytes ?? 32 * 1024 * 1024, (b: Buffer) => b.length);
  }

  read(slot: number): string {
    if (!(slot >= 0 && slot < this.slotCount)) return '';
    const at = slot * this.slotSize;
    const size = this.opts.wide ? this.index.readUInt32LE(at + 8) : this.index.readUInt16LE(at + 8);
    if (size === 0) return '';
    const blockNo = this.index.readUInt32LE(at);
    let block = blockNo === this.lastBlockNo ? this.lastBlock : this.cache.get(blockNo);
    if (!block) {
      block = this.inflate(blockNo);
      this.cache.set(blockNo, block);
    }
    this.lastBlockNo = blockNo;
    this.lastBlock = block;
    return this.slice(block, this.index.readUInt32LE(at + 4), size);
  }

  isLinked(slot: number): boolean {
    if (!(slot >= 1 && slot < this.slotCount)) return false;
    const w = this.slotSize;
    const at = slot * w;
    if (this.opts.wide ? this.index.readUInt32LE(at + 8) === 0 : this.index.readUInt16LE(at + 8) === 0) return false;
    return this.index.compare(this.index, at - w, at, at, at + w) === 0;
  }

  *scan(): IterableIterator<StoredSlot> {
    // Iteration keeps its own current block (one LRU lookup per block, not per slot); blocks it
    // inflates go into the cache, so a full pass also warms later lookups.
    let blockNo = -1;
    let block: Buffer | undefined;
    let prevBlock = -1;
    let prevOffset = -1;
    let prevSize = -1;
    for (let slot = 0; slot < this.slotCount; slot++) {
      const at = slot * this.slotSize;
      const size = this.opts.wide ? this.index.readUInt32LE(at + 8) : this.index.readUInt16LE(at + 8);
      if (size === 0) {
        prevSize = -1;
        yield { slot, raw: '', linked: false };
        continue;
      }
      const b = this.index.readUInt32LE(at);
      const offset = this.index.readUInt32LE(at + 4);
      if (b !== blockNo || !block) {
        blockNo = b;
        block = this.cache.get(b);
        if (!block) {
          block = this.inflate(b);
          this.cache.set(b, block);
        }
      }
      const linked = b === prevBlock && offset === prevOffset && size === prevSize;
      yield { slot, raw: this.slice(block, offset, size), linked };
      prevBlock = b;
      prevOffset = offset;
      prevSize = size;
    }
  }

  private inflate(blockNo: number): Buffer {
    const at = blockNo * 12;
    if (at + 12 > this.blocks.length) return Buffer.alloc(0);
    const offset = this.blocks.readUInt32LE(at);
    const compressed = this.blocks.readUInt32LE(at + 4);
    this.data ??= readFileSync(this.dataPath);
    return this.opts.decompress(this.data.subarray(offset, offset + compressed));
  }

  private slice(block: Buffer, offset: number, size: number): string {
    let end = Math.min(block.length, offset + size);
    // Writers pad some entries with a trailing NUL; it is not text.
    while (end > offset && block[end - 1] === 0) end--;
    return block.toString(this.opts.encoding, offset, end);
  }
}
