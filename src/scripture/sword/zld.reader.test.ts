import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConf } from './conf.parser.js';
import type { DictionaryModule } from './dictionary.module.js';
import { moduleInfo } from './module.info.js';
import { openModule } from './module.open.js';
import { writeRawLd, writeZld, type DictEntryInput } from './testing/module.writer.js';

const root = mkdtempSync(join(tmpdir(), 'dict-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ENTRIES: DictEntryInput[] = [
  { key: 'AARON', text: '<entryFree n="AARON"><def><lb/>→ Intercedes for Miriam <ref osisRef="Num.12.11">Nu 12:11</ref></def></entryFree>' },
  { key: 'ADVOCATE', link: 'INTERCESSION' },
  { key: 'INTERCESSION', text: '<entryFree n="INTERCESSION"><def><lb/>→ OF CHRIST <ref osisRef="Heb.7.25">Heb 7:25</ref></def></entryFree>' },
  { key: 'PRAYER', text: 'Talking with God — “ask, and it will be given you”.' },
  { key: 'PRAYERFULNESS', link: 'PRAYER' },
];

function open(name: string, driver: string, compressType: string) {
  // An empty CompressType line is left out, so the LZSS case also checks SWORD's default.
  const conf = `[${name}]\nModDrv=${driver}\nDataPath=./${name}/dict\nSourceType=TEI\nEncoding=UTF-8\n${compressType}`;
  return openModule(moduleInfo(parseConf(conf), root)) as DictionaryModule;
}

writeZld(join(root, 'zld', 'dict'), ENTRIES);
writeZld(join(root, 'zldlzss', 'dict'), ENTRIES, { compress: 'lzss', perBlock: 3 });
writeRawLd(join(root, 'rawld', 'dict'), ENTRIES);
writeRawLd(join(root, 'rawld4', 'dict'), ENTRIES, { wide: true });

describe.each([
  ['zLD', 'zld', 'zLD', 'CompressType=ZIP'],
  ['zLD with LZSS blocks', 'zldlzss', 'zLD', ''],
  ['RawLD', 'rawld', 'RawLD', ''],
  ['RawLD4', 'rawld4', 'RawLD4', ''],
])('%s', (_label, name, driver, compressType) => {
  const dict = open(name, driver, compressType);

  it('lists keys in index order', () => {
    expect(dict.kind).toBe('dictionary');
    expect(dict.size).toBe(5);
    expect(dict.keys()).toEqual(['AARON', 'ADVOCATE', 'INTERCESSION', 'PRAYER', 'PRAYERFULNESS']);
  });

  it('looks keys up case-insensitively and follows @LINK', () => {
    expect(dict.get('intercession')).toContain('Heb.7.25');
    expect(dict.get('Advocate')).toBe(dict.get('INTERCESSION'));
    expect(dict.get('PRAYER')).toBe('Talking with God — “ask, and it will be given you”.');
    expect(dict.get('NOPE')).toBeUndefined();
  });

  it('iterates entries with links resolved and marked', () => {
    const entries = [...dict.entries()];
    expect(entries.map((e) => e.key)).toEqual(dict.keys());
    expect(entries[1]).toEqual({ key: 'ADVOCATE', raw: dict.get('INTERCESSION'), linkTo: 'INTERCESSION' });
    expect(entries[0].raw).toContain('Intercedes for Miriam');
  });

  it('finds keys by prefix', () => {
    expect(dict.keysWithPrefix('pray')).toEqual(['PRAYER', 'PRAYERFULNESS']);
  });
});

describe('DictionaryModule.render', () => {
  it('renders entries by SourceType, keeping lines', () => {
    const dict = open('zld', 'zLD', 'CompressType=ZIP');
    const r = dict.render(dict.get('AARON')!);
    expect(r.text).toBe('→ Intercedes for Miriam Nu 12:11');
    expect(r.links[0].osisRef).toBe('Num.12.11');
  });
});
