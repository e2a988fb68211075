import { describe, expect, it } from 'vitest';
import { abbreviationScore, fuzzyBook, nameDistance } from './fuzzy-match.js';
import { nameIndex } from './name-index.js';

const en = nameIndex('en');
const book = (w: string, ordinal = 0) => fuzzyBook(w, ordinal, en, false)?.book ?? null;

describe('nameDistance', () => {
  it('charges little for the slips people make', () => {
    expect(nameDistance('phillipians', 'philippians', false)).toBeLessThanOrEqual(0.5);
    expect(nameDistance('corinthains', 'corinthians', false)).toBeLessThanOrEqual(0.5);
    expect(nameDistance('macccabees', 'maccabees', false)).toBe(0.25);
    expect(nameDistance('jhon', 'john', false)).toBe(0.5);
    expect(nameDistance('johm', 'john', false)).toBe(0.5);
  });

  it('charges full price for unrelated letters', () => {
    expect(nameDistance('march', 'mark', false)).toBeGreaterThan(0.75);
    expect(nameDistance('game', 'gen', false)).toBeGreaterThan(1);
  });

  it('can measure against the start of a name', () => {
    expect(nameDistance('corinth', 'corinthians', true)).toBeLessThan(nameDistance('corinth', 'corinthians', false));
  });
});

describe('abbreviationScore', () => {
  it('scores prefixes 0 and in-order letters by the letters skipped', () => {
    expect(abbreviationScore('gen', 'genesis')).toBe(0);
    expect(abbreviationScore('kngs', 'kings')).toBe(1);
    expect(abbreviationScore('phlmn', 'philemon')).toBe(3);
    expect(abbreviationScore('xyz', 'genesis')).toBe(-1);
    expect(abbreviationScore('gns', 'kings')).toBe(-1);
  });
});

describe('fuzzyBook', () => {
  it.each([
    ['mathew', 'Matt'],
    ['revalation', 'Rev'],
    ['ecclesiates', 'Eccl'],
    ['habbakuk', 'Hab'],
    ['zephania', 'Zeph'],
    ['levitcus', 'Lev'],
    ['phlmn', 'Phlm'],
    ['jdg', 'Judg'],
    ['salm', 'Ps'],
    ['song of salomon', 'Song'],
  ])('%s → %s', (w, expected) => {
    expect(book(w)).toBe(expected);
  });

  it('uses the ordinal to pick a numbered book', () => {
    expect(book('corinthains', 2)).toBe('2Cor');
    expect(book('thesalonians', 1)).toBe('1Thess');
    expect(book('kns', 2)).toBe('2Kgs');
  });

  it('prefers the better-known book when a short form fits several', () => {
    expect(book('ma')).toBe('Matt');
    expect(book('jo')).toBe('John');
  });

  it('refuses everyday words and vowel-rich look-alikes', () => {
    expect(book('at')).toBeNull();
    expect(book('march')).toBeNull();
    expect(book('ratio')).toBeNull();
    expect(book('soon')).toBeNull();
  });
});
