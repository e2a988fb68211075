// zLD: .idx (u32 datOffset, u32 datLen) → .dat record `KEY\r\n` + (u32 block, u32 entry) or `@LINK key`;
// .zdx (u32 offset, u32 size) → .zdt compressed block = u32 count, count × (u32 offset, u32 size), entries.
import { readFileSync } from 'node:fs';
import { decompressorFor, type Decompress } from './block.decompress.js';
import { DictionaryModule, type DictionaryStore } from './dictionary.module.js';
import { LruCache } from './lru.cache.js';
import type { ModuleInfo } from './module.info.js';
import { moduleEncoding, type ModuleEncoding } from './text.encoding.js';

/** Opens a zLD dictionary (e.g. Nave's Topical Bible). */
export function openZLD(info: ModuleInfo): DictionaryModule {
  const { conf } = info;
  if (conf.get('CipherKey') !== undefined) throw new Error(`${info.name}: enciphered modules are not supported`);
  const p = info.dataPath;
  const store = new ZldStore(
    readFileSync(p + '.idx'),
    readFileSync(p + '.dat'),
    readFileSync(p + '.zdx'),
    p + '.zdt',
    decompressorFor(conf.get('CompressType')),
    moduleEncoding(conf.get('Encoding')),
  );
  return new DictionaryModule(info.name, info.sourceType, store, conf.get('CaseSensitiveKeys') === 'true');
}

class ZldStore implements DictionaryStore {
  readonly count: number;
  private zdt: Buffer | undefined;
  private readonly blocks = new LruCache<number, Buffer>(8 * 1024 * 1024, (b) => b.length);

  constructor(
    private readonly idx: Buffer,
    private readonly dat: Buffer,
    private readonly zdx: Buffer,
    private readonly zdtPath: string,
    private readonly decompress: Decompress,
    private readonly encoding: ModuleEncoding,
  ) {
    this.count = Math.floor(idx.length / 8);
  }

  keyAt(i: number): string {
    const { start, keyEnd } = this.record(i);
    return this.dat.toString(this.encoding, start, keyEnd).replace(/\r$/, '');
  }

  textAt(i: number): string {
    const { bodyStart, end } = this.record(i);
    const body = this.dat.subarray(bodyStart, end);
    if (body.subarray(0, 5).toString('latin1') === '@LINK') return body.toString(this.encoding);
    if (body.length < 8) return '';
    const block = this.block(body.readUInt32LE(0));
    const entry = body.readUInt32LE(4);
    if (block.length < 4 || entry >= block.readUInt32LE(0)) return '';
    const offset = block.readUInt32LE(4 + entry * 8);
    let stop = Math.min(block.length, offset + block.readUInt32LE(8 + entry * 8));
    // Entries are NUL-terminated inside the block; the size may count the NUL.
    while (stop > offset && block[stop - 1] === 0) stop--;
    return block.toString(this.encoding, offset, stop);
  }

  private record(i: number): { start: number; keyEnd: number; bodyStart: number; end: number } {
    const start = this.idx.readUInt32LE(i * 8);
    const end = Math.min(this.dat.length, start + this.idx.readUInt32LE(i * 8 + 4));
    let nl = this.dat.indexOf(10, start);
    if (nl < 0 || nl >= end) nl = end;
    return { start, keyEnd: nl, bodyStart: Math.min(nl + 1, end), end };
  }

  private block(n: number): Buffer {
    let b = this.blocks.get(n);
    if (!b) {
      this.zdt ??= readFileSync(this.zdtPath);
      const offset = this.zdx.readUInt32LE(n * 8);
      const size = this.zdx.readUInt32LE(n * 8 + 4);
      b = this.decompress(this.zdt.subarray(offset, offset + size));
      this.blocks.set(n, b);
    }
    return b;
  }
}
