import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bookIndex,
  chapterCount,
  getVersification,
  hasVerse,
  mapVerse,
  slotCount,
  slotOf,
  verseCount,
  versificationIndex,
} from './index.js';

const total = (name: 'KJV' | 'NRSVA') =>
  getVersification(name).books.reduce((n, b) => n + b.verses.reduce((a, c) => a + c, 0), 0);

describe('versification tables', () => {
  it('KJV has the 66 books of the Protestant canon, 1,189 chapters, 31,102 verses', () => {
    const kjv = getVersification('KJV');
    expect(kjv.books).toHaveLength(66);
    expect(kjv.books.reduce((n, b) => n + b.verses.length, 0)).toBe(1189);
    expect(total('KJV')).toBe(31102);
    expect(kjv.books[0].osis).toBe('Gen');
    expect(kjv.books[65].osis).toBe('Rev');
  });

  it('NRSVA carries the deuterocanon between Malachi and Matthew, 83 books', () => {
    const v = getVersification('NRSVA');
    expect(v.books).toHaveLength(83);
    expect(bookIndex(v, 'Mal')).toBe(38);
    expect(bookIndex(v, 'Tob')).toBe(39);
    expect(bookIndex(v, '4Macc')).toBe(55);
    expect(bookIndex(v, 'Matt')).toBe(56);
    expect(v.books.filter((b) => b.testament === 'ot')).toHaveLength(56);
  });

  it('answers chapter and verse counts, 0 for what does not exist', () => {
    const kjv = getVersification('KJV');
    expect(chapterCount(kjv, 'John')).toBe(21);
    expect(chapterCount(kjv, 'Ps')).toBe(150);
    expect(chapterCount(kjv, 'Tob')).toBe(0);
    expect(verseCount(kjv, 'Ps', 119)).toBe(176);
    expect(verseCount(kjv, 'John', 22)).toBe(0);
    expect(verseCount(kjv, '3John', 1)).toBe(14);
    expect(verseCount(getVersification('NRSVA'), '3John', 1)).toBe(15);
    expect(verseCount(getVersification('NRSVA'), 'Rev', 12)).toBe(18);
    expect(hasVerse(kjv, 'Jude', 1, 25)).toBe(true);
    expect(hasVerse(kjv, 'Jude', 1, 26)).toBe(false);
    expect(hasVerse(kjv, 'Jude', 1, 0)).toBe(false);
  });

  it('instances are shared and frozen', () => {
    expect(getVersification('KJV')).toBe(getVersification('KJV'));
    expect(Object.isFrozen(getVersification('NRSVA').books[0].verses)).toBe(true);
  });
});

describe('slot layout', () => {
  const kjv = getVersification('KJV');
  it('places headings and intros before verses', () => {
    // 0 module heading, 1 testament heading, 2 Genesis intro, 3 Gen 1 intro, 4 Gen 1:1
    expect(slotOf(kjv, 'Gen', 0, 0)).toEqual({ testament: 'ot', index: 2 });
    expect(slotOf(kjv, 'Gen', 1, 0)).toEqual({ testament: 'ot', index: 3 });
    expect(slotOf(kjv, 'Gen', 1, 1)).toEqual({ testament: 'ot', index: 4 });
    expect(slotOf(kjv, 'Gen', 2, 1)).toEqual({ testament: 'ot', index: 4 + 31 + 1 });
    expect(slotOf(kjv, 'Matt', 1, 1)).toEqual({ testament: 'nt', index: 4 });
    expect(slotOf(kjv, 'Gen', 1, 32)).toBeUndefined();
    expect(slotOf(kjv, 'Gen', 0, 1)).toBeUndefined();
    expect(slotOf(kjv, 'Tob', 1, 1)).toBeUndefined();
  });

  it('the slot list agrees with slotOf for every verse', () => {
    for (const name of ['KJV', 'NRSVA'] as const) {
      const v = getVersification(name);
      const idx = versificationIndex(v);
      for (const t of ['ot', 'nt'] as const) {
        expect(idx.slots[t]).toHaveLength(slotCount(v, t));
        const wrong = idx.slots[t].filter((s, i) => {
          const at = s.osis ? slotOf(v, s.osis, s.chapter, s.verse) : { testament: t, index: i };
          return at?.testament !== t || at.index !== i;
        });
        expect(wrong).toEqual([]);
      }
    }
  });

  // The strongest check of the tables: SWORD sizes a zText index at 10 bytes per slot, so the real
  // modules' .bzv sizes must equal our slot counts exactly.
  const root = process.env.SWORD_PATH ?? '/usr/share/sword';
  const modules = [
    ['engKJV2006eb', 'KJV'],
    ['engWEB2015eb', 'NRSVA'],
  ] as const;
  const dirOf = (mod: string) => join(root, 'modules/texts/ztext', mod);
  const missing = modules.filter(([mod]) => !existsSync(join(dirOf(mod), 'ot.bzv')));
  if (missing.length) console.log(`skipping .bzv slot-count check: ${missing.map((m) => m[0]).join(', ')} not under ${root}`);
  it.skipIf(missing.length > 0)('slot counts equal the .bzv sizes of the installed WEB (NRSVA) and KJV modules', () => {
    for (const [mod, name] of modules) {
      for (const t of ['ot', 'nt'] as const) {
        expect(statSync(join(dirOf(mod), `${t}.bzv`)).size / 10, `${mod} ${t}`).toBe(slotCount(getVersification(name), t));
      }
    }
  });
});

describe('mapVerse', () => {
  it('is the identity where KJV and NRSVA agree', () => {
    expect(mapVerse('KJV', 'NRSVA', 'John', 3, 16)).toEqual({ osis: 'John', chapter: 3, verse: 16 });
    expect(mapVerse('NRSVA', 'KJV', 'Rev', 12, 17)).toEqual({ osis: 'Rev', chapter: 12, verse: 17 });
  });

  it('maps KJV Rev 13:1 to the NRSVA span that holds its words, and back', () => {
    expect(mapVerse('KJV', 'NRSVA', 'Rev', 13, 1)).toEqual({ osis: 'Rev', chapter: 12, verse: 18, end: { chapter: 13, verse: 1 } });
    expect(mapVerse('NRSVA', 'KJV', 'Rev', 12, 18)).toEqual({ osis: 'Rev', chapter: 13, verse: 1 });
    expect(mapVerse('NRSVA', 'KJV', 'Rev', 13, 1)).toEqual({ osis: 'Rev', chapter: 13, verse: 1 });
    expect(mapVerse('KJV', 'NRSVA', 'Rev', 13, 2)).toEqual({ osis: 'Rev', chapter: 13, verse: 2 });
  });

  it('maps 3 John 14 (KJV) to 14–15 (NRSVA) and 15 back to 14', () => {
    expect(mapVerse('KJV', 'NRSVA', '3John', 1, 14)).toEqual({ osis: '3John', chapter: 1, verse: 14, end: { chapter: 1, verse: 15 } });
    expect(mapVerse('NRSVA', 'KJV', '3John', 1, 15)).toEqual({ osis: '3John', chapter: 1, verse: 14 });
  });

  it('returns null for verses the source or target lacks', () => {
    expect(mapVerse('NRSVA', 'KJV', 'Tob', 1, 1)).toBeNull();
    expect(mapVerse('KJV', 'NRSVA', 'John', 22, 1)).toBeNull();
    expect(mapVerse('KJV', 'KJV', 'Ps', 151, 1)).toBeNull();
  });
});
