// Test helpers that write tiny SWORD modules from scratch, so reader tests run without any installed
// module and exercise every byte layout the readers claim to support.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import {
  getVersification,
  slotOf,
  slotCount,
  type VersificationName,
} from '../../versification/index.js';
import { lzssCompress } from './lzss.compress.js';

/** Marks a slot that shares the stored text of the slot before it (a linked verse). */
export const LINKED = Symbol('linked');
/** One slot's content: text, '' for empty, or LINKED. */
export type SlotContent = string | typeof LINKED;

/** Per-testament slot arrays for a versification, filled from `{ 'John.3.16': text }` (`Gen.0.0` = book intro, `Gen.1.0` = chapter intro). */
export function layoutSlots(
  name: VersificationName,
  texts: Record<string, SlotContent>,
): { ot: SlotContent[]; nt: SlotContent[] } {
  const v = getVersification(name);
  const out = { ot: new Array<SlotContent>(slotCount(v, 'ot')).fill(''), nt: new Array<SlotContent>(slotCount(v, 'nt')).fill('') };
  for (const [ref, text] of Object.entries(texts)) {
    const [osis, c, vs] = ref.split('.');
    const at = slotOf(v, osis, Number(c), Number(vs));
    if (!at) throw new Error(`no slot for ${ref} in ${name}`);
    out[at.testament][at.index] = text;
  }
  return out;
}

/** Writes a .conf into `root/mods.d/<file>.conf`. */
export function writeConf(root: string, name: string, entries: Record<string, string | string[]>, file = name.toLowerCase()): void {
  const lines = [`[${name}]`];
  for (const [k, v] of Object.entries(entries)) for (const one of Array.isArray(v) ? v : [v]) lines.push(`${k}=${one}`);
  mkdirSync(join(root, 'mods.d'), { recursive: true });
  writeFileSync(join(root, 'mods.d', `${file}.conf`), lines.join('\n') + '\n');
}

/** Options for compressed verse modules. */
export interface ZVerseWriteOptions {
  readonly wide?: boolean;
  /** File letter: 'b' (BOOK), 'c' (CHAPTER), 'v' (VERSE). */
  readonly letter?: 'b' | 'c' | 'v';
  /** Slots per compressed block (default 7, so tests cross block boundaries). */
  readonly slotsPerBlock?: number;
  readonly compress?: 'zip' | 'lzss';
  readonly encoding?: BufferEncoding;
}

/** Writes one testament of a zText/zCom module (`.?zv`, `.?zs`, `.?zz`). */
export function writeZVerse(dir: string, testament: 'ot' | 'nt', slots: readonly SlotContent[], opts: ZVerseWriteOptions = {}): void {
  const per = opts.slotsPerBlock ?? 7;
  const width = opts.wide ? 12 : 10;
  const index = Buffer.alloc(slots.length * width);
  const blockIndex: Buffer[] = [];
  const data: Buffer[] = [];
  let dataLen = 0;
  let prev = { block: 0, offset: 0, size: 0 };
  for (let start = 0, blockNo = 0; start < slots.length; start += per, blockNo++) {
    const parts: Buffer[] = [];
    let len = 0;
    for (let s = start; s < Math.min(slots.length, start + per); s++) {
      const content = slots[s];
      let loc = { block: blockNo, offset: len, size: 0 };
      if (content === LINKED) loc = prev;
      else if (content !== '') {
        const bytes = Buffer.from(content, opts.encoding ?? 'utf8');
        parts.push(bytes);
        loc = { block: blockNo, offset: len, size: bytes.length };
        len += bytes.length;
      }
      index.writeUInt32LE(loc.block, s * width);
      index.writeUInt32LE(loc.offset, s * width + 4);
      if (opts.wide) index.writeUInt32LE(loc.size, s * width + 8);
      else index.writeUInt16LE(loc.size, s * width + 8);
      prev = loc;
    }
    const plain = Buffer.concat(parts);
    const packed = opts.compress === 'lzss' ? lzssCompress(plain) : deflateSync(plain);
    const entry = Buffer.alloc(12);
    entry.writeUInt32LE(dataLen, 0);
    entry.writeUInt32LE(packed.length, 4);
    entry.writeUInt32LE(plain.length, 8);
    blockIndex.push(entry);
    // SWORD pads each compressed block with zeros; readers must rely on the sizes, not on stream ends.
    data.push(packed, Buffer.alloc(1024));
    dataLen += packed.length + 1024;
  }
  const base = join(dir, `${testament}.${opts.letter ?? 'b'}z`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(base + 'v', index);
  writeFileSync(base + 's', Buffer.concat(blockIndex));
  writeFileSync(base + 'z', Buffer.concat(data));
}

/** Writes one testament of a RawText/RawCom module (`ot.vss` + `ot`). */
export function writeRawVerse(
  dir: string,
  testament: 'ot' | 'nt',
  slots: readonly SlotContent[],
  opts: { wide?: boolean; encoding?: BufferEncoding } = {},
): void {
  const width = opts.wide ? 8 : 6;
  const index = Buffer.alloc(slots.length * width);
  const parts: Buffer[] = [];
  let len = 0;
  let prev = { offset: 0, size: 0 };
  slots.forEach((content, s) => {
    let loc = { offset: len, size: 0 };
    if (content === LINKED) loc = prev;
    else if (content !== '') {
      const bytes = Buffer.from(content, opts.encoding ?? 'utf8');
      parts.push(bytes);
      loc = { offset: len, size: bytes.length };
      len += bytes.length;
    }
    index.writeUInt32LE(loc.offset, s * width);
    if (opts.wide) index.writeUInt32LE(loc.size, s * width + 4);
    else index.writeUInt16LE(loc.size, s * width + 4);
    prev = loc;
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${testament}.vss`), index);
  writeFileSync(join(dir, testament), Buffer.concat(parts));
}

/** A dictionary entry to write: text, or a link to another key. */
export type DictEntryInput = { key: string; text: string } | { key: string; link: string };

/** Writes a zLD dictionary at a path prefix (`prefix.idx`, `.dat`, `.zdx`, `.zdt`); keys are written in the given order. */
export function writeZld(prefix: string, entries: readonly DictEntryInput[], opts: { perBlock?: number; compress?: 'zip' | 'lzss' } = {}): void {
  const per = opts.perBlock ?? 2;
  const idx: Buffer[] = [];
  const dat: Buffer[] = [];
  let datLen = 0;
  const texts = entries.filter((e): e is { key: string; text: string } => 'text' in e);
  const where = new Map<string, { block: number; entry: number }>();
  texts.forEach((e, i) => where.set(e.key, { block: Math.floor(i / per), entry: i % per }));
  for (const e of entries) {
    let body: Buffer;
    if ('link' in e) body = Buffer.from(`@LINK ${e.link}\r\n`);
    else {
      body = Buffer.alloc(8);
      body.writeUInt32LE(where.get(e.key)!.block, 0);
      body.writeUInt32LE(where.get(e.key)!.entry, 4);
    }
    const rec = Buffer.concat([Buffer.from(`${e.key}\r\n`), body]);
    const i = Buffer.alloc(8);
    i.writeUInt32LE(datLen, 0);
    i.writeUInt32LE(rec.length, 4);
    idx.push(i);
    dat.push(rec);
    datLen += rec.length;
  }
  const zdx: Buffer[] = [];
  const zdt: Buffer[] = [];
  let zdtLen = 0;
  for (let start = 0; start < texts.length; start += per) {
    const group = texts.slice(start, start + per).map((e) => Buffer.concat([Buffer.from(e.text), Buffer.from([0])]));
    const head = Buffer.alloc(4 + group.length * 8);
    head.writeUInt32LE(group.length, 0);
    let off = head.length;
    group.forEach((g, k) => {
      head.writeUInt32LE(off, 4 + k * 8);
      head.writeUInt32LE(g.length, 8 + k * 8);
      off += g.length;
    });
    const plain = Buffer.concat([head, ...group]);
    const packed = opts.compress === 'lzss' ? lzssCompress(plain) : deflateSync(plain);
    const z = Buffer.alloc(8);
    z.writeUInt32LE(zdtLen, 0);
    z.writeUInt32LE(packed.length, 4);
    zdx.push(z);
    zdt.push(packed);
    zdtLen += packed.length;
  }
  mkdirSync(dirname(prefix), { recursive: true });
  writeFileSync(prefix + '.idx', Buffer.concat(idx));
  writeFileSync(prefix + '.dat', Buffer.concat(dat));
  writeFileSync(prefix + '.zdx', Buffer.concat(zdx));
  writeFileSync(prefix + '.zdt', Buffer.concat(zdt));
}

/** Writes a RawLD (or, wide, RawLD4) dictionary at a path prefix (`prefix.idx`, `prefix.dat`). */
export function writeRawLd(prefix: string, entries: readonly DictEntryInput[], opts: { wide?: boolean } = {}): void {
  const width = opts.wide ? 8 : 6;
  const idx = Buffer.alloc(entries.length * width);
  const dat: Buffer[] = [];
  let len = 0;
  entries.forEach((e, i) => {
    const rec = Buffer.from(`${e.key}\n${'link' in e ? `@LINK ${e.link}\n` : e.text}`);
    idx.writeUInt32LE(len, i * width);
    if (opts.wide) idx.writeUInt32LE(rec.length, i * width + 4);
    else idx.writeUInt16LE(rec.length, i * width + 4);
    dat.push(rec);
    len += rec.length;
  });
  mkdirSync(dirname(prefix), { recursive: true });
  writeFileSync(prefix + '.idx', idx);
  writeFileSync(prefix + '.dat', Buffer.concat(dat));
}
