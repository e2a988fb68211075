import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConf } from './conf.parser.js';
import { renderMarkup } from './markup.render.js';
import { moduleInfo } from './module.info.js';
import { openModule } from './module.open.js';
import { layoutSlots, writeZVerse } from './testing/module.writer.js';
import type { VerseModule } from './verse.module.js';

const root = mkdtempSync(join(tmpdir(), 'zcom-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('zCom commentary', () => {
  const slots = layoutSlots('KJV', {
    'Heb.7.25': 'He ever liveth to make <b>intercession</b> for them. See <scripRef passage="Rom 8:34">Romans 8:34</scripRef>.',
    'Rom.8.34': 'Christ intercedes at the right hand of God.',
  });
  writeZVerse(join(root, 'com'), 'ot', slots.ot, { letter: 'c' });
  writeZVerse(join(root, 'com'), 'nt', slots.nt, { letter: 'c' });
  const conf = parseConf('[TestCom]\nModDrv=zCom\nDataPath=./com/\nCompressType=ZIP\nBlockType=CHAPTER\nSourceType=ThML\nEncoding=UTF-8\n');
  const mod = openModule(moduleInfo(conf, root)) as VerseModule;

  it('opens as a commentary keyed by verse', () => {
    expect(mod.kind).toBe('commentary');
    expect(mod.sourceType).toBe('ThML');
    expect(mod.readVerse('Rom', 8, 34)).toBe('Christ intercedes at the right hand of God.');
    expect([...mod.entries()].map((e) => `${e.osis}.${e.chapter}.${e.verse}`)).toEqual(['Rom.8.34', 'Heb.7.25']);
  });

  it('renders its ThML with the Scripture link kept as a passage', () => {
    const r = renderMarkup(mod.readVerse('Heb', 7, 25)!, mod.sourceType);
    expect(r.text).toBe('He ever liveth to make intercession for them. See Romans 8:34.');
    expect(r.links).toEqual([{ start: 50, end: 61, passage: 'Rom 8:34' }]);
  });
});

describe('VerseModule.render', () => {
  it('uses the module SourceType', () => {
    const conf = parseConf('[TestCom2]\nModDrv=zCom\nDataPath=./com/\nCompressType=ZIP\nBlockType=CHAPTER\nSourceType=ThML\n');
    const mod = openModule(moduleInfo(conf, root)) as VerseModule;
    expect(mod.render('<font color="red">Follow me</font>').segments).toEqual([{ text: 'Follow me', jesus: true }]);
  });
});
