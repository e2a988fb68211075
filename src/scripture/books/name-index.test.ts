import { describe, expect, it } from 'vitest';
import { getVersification } from '../versification/index.js';
import { BOOKS } from './book-ids.js';
import { nameIndex } from './name-index.js';
import { EN } from './names.en.js';
import { ES } from './names.es.js';
import type { PhraseMatch } from './phrase-trie.js';
import type { NameTarget } from './name-index.js';

/** The book a whole string names exactly (no ordinal), or undefined. */
function exact(name: string, mode: 'en' | 'es' | 'auto' = 'auto'): string | null | undefined {
  const out: PhraseMatch<NameTarget>[] = [];
  const n = nameIndex(mode).names.matchBefore(name, name.length, out);
  const whole = out.slice(0, n).find((m) => m.start === 0);
  return whole?.value.bare;
}

describe('book tables', () => {
  it('cover every book of the WEB (NRSVA) under a reference id', () => {
    const ids = new Set(BOOKS.map((b) => b.osis));
    const aliases = new Set(['EsthGr', 'AddPs']);
    for (const b of getVersification('NRSVA').books) {
      if (!aliases.has(b.osis)) expect(ids.has(b.osis), b.osis).toBe(true);
    }
  });

  it('name every book in English and Spanish', () => {
    for (const { osis } of BOOKS) {
      for (const table of [EN, ES]) {
        const direct = table.books.some(([id]) => id === osis);
        const series = table.series.some((s) => s.books.includes(osis));
        expect(direct || series, `${table.lang} ${osis}`).toBe(true);
      }
    }
  });

  it('match case, dots and accents loosely', () => {
    expect(exact('Genesis')).toBe('Gen');
    expect(exact('GENESIS')).toBe('Gen');
    expect(exact('Gén', 'es')).toBe('Gen');
    expect(exact('Gen.'.slice(0, 3))).toBe('Gen');
    expect(exact('Exodo', 'es')).toBe('Exod');
    expect(exact('Song  of   Songs')).toBe('Song');
    expect(exact('St. John')).toBeUndefined();
    expect(exact('Bel & the Dragon')).toBe('Bel');
    expect(exact('Song of the 3 Young Men')).toBe('SgThree');
  });

  it('keep languages apart unless asked for both', () => {
    expect(exact('Juan', 'en')).toBeUndefined();
    expect(exact('Juan', 'es')).toBe('John');
    expect(exact('Juan', 'auto')).toBe('John');
    expect(exact('Philippians', 'es')).toBeUndefined();
  });

  it('give numbered books only through an ordinal, with a default where usage has one', () => {
    expect(exact('Ki')).toBeNull();
    expect(exact('Peter')).toBeNull();
    expect(exact('Corinthians')).toBe('1Cor');
    const out: PhraseMatch<NameTarget>[] = [];
    nameIndex('en').names.matchBefore('Kings', 5, out);
    expect(out[0].value.numbered[2]).toBe('2Kgs');
  });

  it('mark names that are also everyday words', () => {
    const out: PhraseMatch<NameTarget>[] = [];
    nameIndex('en').names.matchBefore('Job', 3, out);
    expect(out[0].value.caution).toBe(1);
    nameIndex('en').names.matchBefore('Is', 2, out);
    expect(out[0].value.caution).toBe(2);
    nameIndex('en').names.matchBefore('Genesis', 7, out);
    expect(out[0].value.caution).toBe(0);
  });
});
