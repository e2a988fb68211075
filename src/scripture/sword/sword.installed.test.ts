// Checks against the real CrossWire modules where the Debian packages are installed
// (sword-text-web, sword-text-kjv, sword-text-sparv, sword-dict-naves); skipped elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterCount, verseCount } from '../versification/index.js';
import { DictionaryModule } from './dictionary.module.js';
import { findModules } from './module.discovery.js';
import { openModule } from './module.open.js';
import { parseNaveEntry } from './nave.topic.js';
import { renderOsis } from './osis.markup.js';
import { VerseModule } from './verse.module.js';

const ROOT = '/usr/share/sword';
const found = existsSync(join(ROOT, 'mods.d')) ? findModules([ROOT]) : [];
const has = (name: string) => found.some((m) => m.name === name);
const bible = (name: string) => openModule(found.find((m) => m.name === name)!) as VerseModule;
const skip = (name: string) => {
  if (!has(name)) console.log(`skipping ${name} checks: module not installed under ${ROOT}`);
  return !has(name);
};

describe('installed SWORD modules', () => {
  it.skipIf(skip('engWEB2015eb'))('WEB: John 3:16, words of Jesus, notes kept apart', () => {
    const web = bible('engWEB2015eb');
    expect(web.versification.name).toBe('NRSVA');
    const r = renderOsis(web.readVerse('John', 3, 16)!);
    expect(r.text).toMatch(/^For God so loved the world, that he gave his only born Son/);
    expect(r.segments.every((s) => s.jesus)).toBe(true);
    expect(r.notes[0].text).toContain('only born');
    const narrative = renderOsis(web.readVerse('John', 3, 22)!);
    expect(narrative.segments.some((s) => s.jesus)).toBe(false);
    // The WEB stores Gen 1:1 as "God<note/>created": the note's removal must not glue the words.
    expect(renderOsis(web.readVerse('Gen', 1, 1)!).text).toBe('In the beginning, God created the heavens and the earth.');
    expect(renderOsis(web.readVerse('Tob', 1, 1)!).text).toMatch(/Tobit/);
  });

  it.skipIf(skip('engWEB2015eb'))('WEB: every verse iterates in versification order, well under a second', () => {
    const web = bible('engWEB2015eb');
    const started = performance.now();
    let verses = 0;
    let last = '';
    let ordered = true;
    const v = web.versification;
    let book = 0;
    for (const e of web.entries({ versesOnly: true })) {
      verses++;
      while (v.books[book].osis !== e.osis) book++;
      const key = `${String(book).padStart(2, '0')}.${String(e.chapter).padStart(3, '0')}.${String(e.verse).padStart(3, '0')}`;
      if (key <= last) ordered = false;
      last = key;
      if (e.chapter > chapterCount(v, e.osis) || e.verse > verseCount(v, e.osis, e.chapter)) ordered = false;
    }
    const ms = performance.now() - started;
    console.log(`iterated ${verses} WEB verses in ${ms.toFixed(0)} ms`);
    expect(ordered).toBe(true);
    expect(verses).toBeGreaterThan(35000);
  });

  it.skipIf(skip('engKJV2006eb'))('KJV: John 3:16 and the LORD of Psalm 23 with its title', () => {
    const kjv = bible('engKJV2006eb');
    expect(renderOsis(kjv.readVerse('John', 3, 16)!).text).toBe(
      'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.',
    );
    const ps = renderOsis(kjv.readVerse('Ps', 23, 1)!);
    expect(ps.text).toBe('The LORD is my shepherd; I shall not want.');
    expect(ps.headings).toEqual([{ text: 'A Psalm of David.', type: 'psalm', canonical: true, offset: 0 }]);
  });

  it.skipIf(skip('spaRV1909eb'))('RV1909: Juan 3:16', () => {
    expect(renderOsis(bible('spaRV1909eb').readVerse('John', 3, 16)!).text).toMatch(/^Porque de tal manera amó Dios al mundo/);
  });

  it.skipIf(skip('Nave'))("Nave's: INTERCESSION and PRAYER as topics with sections and references", () => {
    const nave = openModule(found.find((m) => m.name === 'Nave')!) as DictionaryModule;
    expect(nave).toBeInstanceOf(DictionaryModule);
    expect(nave.size).toBeGreaterThan(5000);
    const topic = parseNaveEntry(nave.get('intercession')!);
    expect(topic.name).toBe('INTERCESSION');
    const instances = topic.sections.find((s) => s.heading === 'INSTANCES OF')!;
    expect(instances.lines[0]).toMatchObject({ label: 'Reuben for Joseph', refs: ['Gen.37.21', 'Gen.37.22'] });
    expect(topic.seeAlso).toContainEqual({ topic: 'PRAYER', subtopic: 'INTERCESSORY' });
    const prayer = parseNaveEntry(nave.get('PRAYER')!);
    expect(prayer.sections.length).toBeGreaterThan(5);
    expect(prayer.sections.flatMap((s) => s.lines).length).toBeGreaterThan(100);
  });

  const diatheke = (() => {
    try {
      execFileSync('diatheke', ['-b', 'system', '-k', 'modulelist'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!diatheke) console.log('skipping diatheke cross-check: diatheke not installed');
  it.skipIf(!diatheke || !has('engKJV2006eb'))('agrees with diatheke on KJV verses', () => {
    const kjv = bible('engKJV2006eb');
    for (const [osis, ref, c, v] of [
      ['Gen', 'Genesis 1:1', 1, 1],
      ['Heb', 'Hebrews 7:25', 7, 25],
      ['Rom', 'Romans 8:34', 8, 34],
      ['1John', '1 John 2:1', 2, 1],
    ] as const) {
      const out = execFileSync('diatheke', ['-b', 'engKJV2006eb', '-f', 'plain', '-k', ref], { encoding: 'utf8' });
      const theirs = out.split('\n').find((l) => /^\s*\S.* \d+:\d+: /.test(l))!.replace(/^\s*.*? \d+:\d+: /, '').replace(/\s+/g, ' ').trim();
      expect(renderOsis(kjv.readVerse(osis, c, v)!).text, ref).toBe(theirs.replace(/^¶ /, ''));
    }
  });
});
