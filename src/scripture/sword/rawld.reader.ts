// RawLD/RawLD4: .idx (u32 offset, u16 size — u32 in RawLD4) → .dat record `KEY\n` + entry text or `@LINK key`.
import { readFileSync } from 'node:fs';
import { DictionaryModule, type DictionaryStore } from './dictionary.module.js';
import type { ModuleInfo } from './module.info.js';
import { moduleEncoding, type ModuleEncoding } from './text.encoding.js';

/** Opens a RawLD or RawLD4 dictionary. */
export function openRawLD(info: ModuleInfo): DictionaryModule {
  const { conf } = info;
  if (conf.get('CipherKey') !== undefined) throw new Error(`${info.name}: enciphered modules are not supported`);
  const store = new RawLdStore(
    readFileSync(info.dataPath + '.idx'),
    readFileSync(info.dataPath + '.dat'),
    info.driver.endsWith('4'),
    moduleEncoding(conf.get('Encoding')),
  );
  return new DictionaryModule(info.name, info.sourceType, store, conf.get('CaseSensitiveKeys') === 'true');
}

class RawLdStore implements DictionaryStore {
  readonly count: number;
  private readonly width: number;

  constructor(
    private readonly idx: Buffer,
    private readonly dat: Buffer,
    private readonly wide: boolean,
    private readonly encoding: ModuleEncoding,
  ) {
    this.width = wide ? 8 : 6;
    this.count = Math.floor(idx.length / this.width);
  }

  keyAt(i: number): string {
    const { start, keyEnd } = this.record(i);
    return this.dat.toString(this.encoding, start, keyEnd).replace(/\r$/, '');
  }

  textAt(i: number): string {
    const { bodyStart, end } = this.record(i);
    let stop = end;
    while (stop > bodyStart && this.dat[stop - 1] === 0) stop--;
    return this.dat.toString(this.encoding, bodyStart, stop);
  }

  private record(i: number): { start: number; keyEnd: number; bodyStart: number; end: number } {
    const at = i * this.width;
    const start = this.idx.readUInt32LE(at);
    const size = this.wide ? this.idx.readUInt32LE(at + 4) : this.idx.readUInt16LE(at + 4);
    const end = Math.min(this.dat.length, start + size);
    let nl = this.dat.indexOf(10, start);
    if (nl < 0 || nl >= end) nl = end;
    return { start, keyEnd: nl, bodyStart: Math.min(nl + 1, end), end };
  }
}
