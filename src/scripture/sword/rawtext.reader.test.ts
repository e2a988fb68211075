import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConf } from './conf.parser.js';
import { moduleInfo } from './module.info.js';
import { openModule } from './module.open.js';
import { LINKED, layoutSlots, writeRawVerse } from './testing/module.writer.js';
import type { VerseModule } from './verse.module.js';

const root = mkdtempSync(join(tmpdir(), 'rawtext-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string, conf: string, wide: boolean, encoding: BufferEncoding = 'utf8') {
  const slots = layoutSlots('KJV', {
    'Gen.1.1': 'En el principio crió Dios los cielos y la tierra.',
    'Ps.23.1': 'Jehová es mi pastor; nada me faltará.',
    'John.3.16': 'Porque de tal manera amó Dios al mundo',
    'John.3.17': LINKED,
  });
  writeRawVerse(join(root, name), 'ot', slots.ot, { wide, encoding });
  writeRawVerse(join(root, name), 'nt', slots.nt, { wide, encoding });
  return openModule(moduleInfo(parseConf(`[${name}]\nDataPath=./${name}/\n${conf}`), root)) as VerseModule;
}

describe.each([
  ['RawText', false],
  ['RawText4', true],
] as const)('%s', (driver, wide) => {
  const mod = build(driver, `ModDrv=${driver}\nEncoding=UTF-8\n`, wide);

  it('reads verses by reference', () => {
    expect(mod.kind).toBe('bible');
    expect(mod.readVerse('Gen', 1, 1)).toBe('En el principio crió Dios los cielos y la tierra.');
    expect(mod.readVerse('Ps', 23, 1)).toBe('Jehová es mi pastor; nada me faltará.');
    expect(mod.readVerse('John', 3, 16)).toBe('Porque de tal manera amó Dios al mundo');
    expect(mod.readVerse('Gen', 1, 2)).toBe('');
  });

  it('iterates in order and flags linked verses', () => {
    expect([...mod.entries()].map((e) => [`${e.osis}.${e.chapter}.${e.verse}`, e.linked])).toEqual([
      ['Gen.1.1', false],
      ['Ps.23.1', false],
      ['John.3.16', false],
      ['John.3.17', true],
    ]);
  });
});

describe('RawText encodings and commentaries', () => {
  it('decodes Latin-1, the default when a conf names no Encoding', () => {
    const mod = build('latin', 'ModDrv=RawText\n', false, 'latin1');
    expect(mod.readVerse('Ps', 23, 1)).toBe('Jehová es mi pastor; nada me faltará.');
  });

  it('opens RawCom as a commentary', () => {
    const mod = build('rawcom', 'ModDrv=RawCom\nEncoding=UTF-8\n', false);
    expect(mod.kind).toBe('commentary');
    expect(mod.readVerse('John', 3, 16)).toContain('amó Dios');
  });
});
