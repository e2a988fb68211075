import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConf } from './conf.parser.js';
import { moduleInfo } from './module.info.js';
import { openModule } from './module.open.js';
import { renderOsis } from './osis.markup.js';
import { LINKED, layoutSlots, writeZVerse, type SlotContent, type ZVerseWriteOptions } from './testing/module.writer.js';
import { VerseModule } from './verse.module.js';

const root = mkdtempSync(join(tmpdir(), 'ztext-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TEXTS: Record<string, SlotContent> = {
  'Gen.0.0': '<title type="main">Genesis</title>',
  'Gen.1.0': '<chapter osisID="Gen.1" sID="Gen.1"/>',
  'Gen.1.1': 'In the beginning God created the heaven and the earth.',
  'Gen.1.2': 'And the earth was without form, and void.',
  'Gen.50.26': 'So Joseph died.',
  'Mal.4.6': 'Lest I come and smite the earth with a curse.',
  'Matt.1.1': 'The book of the generation of Jesus Christ.',
  'John.3.16': '<q who="Jesus" marker="">For God so loved the world</q>',
  'John.3.17': 'For God sent not his Son into the world to condemn the world.',
  'John.3.18': LINKED,
  'Rev.22.21': 'The grace of our Lord Jesus Christ be with you all. Amen.',
};

function build(name: string, driver: string, opts: ZVerseWriteOptions & { blockType?: string; compressType?: string }) {
  const dir = join(root, name);
  const slots = layoutSlots('KJV', TEXTS);
  writeZVerse(dir, 'ot', slots.ot, opts);
  writeZVerse(dir, 'nt', slots.nt, opts);
  const conf = parseConf(
    [`[${name}]`, `ModDrv=${driver}`, `DataPath=./${name}/`, 'SourceType=OSIS', 'Encoding=UTF-8', 'Versification=KJV']
      .concat(opts.compressType ? [`CompressType=${opts.compressType}`] : [])
      .concat(opts.blockType ? [`BlockType=${opts.blockType}`] : [])
      .join('\n'),
  );
  const mod = openModule(moduleInfo(conf, root));
  if (!(mod instanceof VerseModule)) throw new Error('expected a verse module');
  return mod;
}

const variants: [string, string, ZVerseWriteOptions & { blockType?: string; compressType?: string }][] = [
  ['zText, BOOK blocks, zip', 'zText', { letter: 'b', blockType: 'BOOK', compressType: 'ZIP' }],
  ['zText4 (32-bit sizes)', 'zText4', { wide: true, letter: 'b', blockType: 'BOOK', compressType: 'ZIP' }],
  ['zText, CHAPTER blocks by default', 'zText', { letter: 'c', compressType: 'ZIP' }],
  ['zText, LZSS (the default CompressType)', 'zText', { letter: 'b', blockType: 'BOOK', compress: 'lzss', slotsPerBlock: 40 }],
];

describe.each(variants)('%s', (label, driver, opts) => {
  const mod = build(label.replace(/\W+/g, '_'), driver, opts);

  it('reads verses by OSIS id from both testaments', () => {
    expect(mod.kind).toBe('bible');
    expect(mod.readVerse('Gen', 1, 1)).toBe(TEXTS['Gen.1.1']);
    expect(mod.readVerse('Gen', 50, 26)).toBe('So Joseph died.');
    expect(mod.readVerse('Mal', 4, 6)).toBe(TEXTS['Mal.4.6']);
    expect(mod.readVerse('John', 3, 16)).toBe(TEXTS['John.3.16']);
    expect(mod.readVerse('Rev', 22, 21)).toBe(TEXTS['Rev.22.21']);
  });

  it('tells an empty slot from a verse the versification lacks', () => {
    expect(mod.readVerse('Gen', 1, 3)).toBe('');
    expect(mod.readVerse('Gen', 1, 32)).toBeUndefined();
    expect(mod.readVerse('Tob', 1, 1)).toBeUndefined();
  });

  it('reads book and chapter intros at chapter 0 and verse 0', () => {
    expect(mod.readVerse('Gen', 0, 0)).toContain('Genesis');
    expect(mod.readVerse('Gen', 1, 0)).toContain('chapter');
  });

  it('gives linked verses the text they share', () => {
    expect(mod.readVerse('John', 3, 18)).toBe(TEXTS['John.3.17']);
  });

  it('iterates non-empty slots in storage order with their kinds', () => {
    const entries = [...mod.entries()];
    expect(entries.map((e) => `${e.kind}:${e.osis}.${e.chapter}.${e.verse}`)).toEqual([
      'book:Gen.0.0',
      'chapter:Gen.1.0',
      'verse:Gen.1.1',
      'verse:Gen.1.2',
      'verse:Gen.50.26',
      'verse:Mal.4.6',
      'verse:Matt.1.1',
      'verse:John.3.16',
      'verse:John.3.17',
      'verse:John.3.18',
      'verse:Rev.22.21',
    ]);
    expect(entries.find((e) => e.verse === 18)?.linked).toBe(true);
    expect(entries.find((e) => e.verse === 17)?.linked).toBe(false);
    expect([...mod.entries({ versesOnly: true, testament: 'nt' })]).toHaveLength(5);
  });

  it('can yield empty slots too, one per slot of the versification', () => {
    let n = 0;
    for (const e of mod.entries({ includeEmpty: true })) n += e.kind === 'verse' ? 1 : 0;
    expect(n).toBe(31102);
  });

  it('reads a chapter with its intro first', () => {
    expect(mod.readChapter('Gen', 1).map((e) => e.verse)).toEqual([0, 1, 2]);
    expect(mod.readChapter('John', 3).map((e) => [e.verse, e.linked])).toEqual([
      [16, false],
      [17, false],
      [18, true],
    ]);
    expect(mod.readChapter('John', 22)).toEqual([]);
  });

  it('renders the words of Jesus it stores', () => {
    const r = renderOsis(mod.readVerse('John', 3, 16)!);
    expect(r.segments).toEqual([{ text: 'For God so loved the world', jesus: true }]);
  });
});

describe('zText edge cases', () => {
  it('opens a module that has only a New Testament', () => {
    const dir = join(root, 'ntonly');
    writeZVerse(dir, 'nt', layoutSlots('KJV', TEXTS).nt);
    const conf = parseConf('[NtOnly]\nModDrv=zText\nDataPath=./ntonly/\nCompressType=ZIP\nBlockType=BOOK\n');
    const mod = openModule(moduleInfo(conf, root)) as VerseModule;
    expect(mod.testaments).toEqual(['nt']);
    expect(mod.readVerse('Gen', 1, 1)).toBe('');
    expect(mod.readVerse('John', 3, 17)).toBe(TEXTS['John.3.17']);
    expect([...mod.entries()].every((e) => e.testament === 'nt')).toBe(true);
  });

  it('lays out NRSVA modules with the deuterocanon', () => {
    const dir = join(root, 'nrsva');
    const slots = layoutSlots('NRSVA', { 'Tob.1.1': 'This book tells the story of Tobit.', 'Matt.1.1': 'An account.' });
    writeZVerse(dir, 'ot', slots.ot);
    writeZVerse(dir, 'nt', slots.nt);
    const conf = parseConf('[Nrsva]\nModDrv=zText\nDataPath=./nrsva/\nCompressType=ZIP\nBlockType=BOOK\nVersification=NRSVA\n');
    const mod = openModule(moduleInfo(conf, root)) as VerseModule;
    expect(mod.versification.name).toBe('NRSVA');
    expect(mod.readVerse('Tob', 1, 1)).toBe('This book tells the story of Tobit.');
    expect(mod.readVerse('Matt', 1, 1)).toBe('An account.');
  });

  it('refuses versifications it has no table for and enciphered modules', () => {
    const syn = parseConf('[Syn]\nModDrv=zText\nDataPath=./nrsva/\nCompressType=ZIP\nVersification=Synodal\n');
    expect(() => openModule(moduleInfo(syn, root))).toThrow(/unsupported versification Synodal/);
    const locked = parseConf('[Locked]\nModDrv=zText\nDataPath=./nrsva/\nCipherKey=\n');
    expect(() => openModule(moduleInfo(locked, root))).toThrow(/enciphered/);
  });
});
