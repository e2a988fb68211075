import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRISIS_CORPUS } from './crisis.corpus.js';
import { foldForMatching } from './text-fold.js';

/**
 * The folding rules written the slow, obvious way, one character at a time with strings: the oracle the
 * typed-array implementation must agree with on every input.
 */
function foldByTheRules(text: string): { folded: string; origin: number[] } {
  const apostrophes = new Set(['\u2019', '\u2018', '\u02bc', '\u0060', '\u00b4', '\u2032']);
  const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '!': 'i' };
  const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c.charCodeAt(0) >= 0x80 && /^\p{L}$/u.test(c));
  const units: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let f: string;
    if (ch.charCodeAt(0) < 0x80) f = ch.toLowerCase();
    else if (apostrophes.has(ch)) f = "'";
    else if (/^[\u0300-\u036f]$/.test(ch)) continue;
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      f = base.length === 1 ? base : ch;
    }
    units.push(f);
    from.push(i);
  }
  const kept: string[] = [];
  const origin: number[] = [];
  units.forEach((u, j) => {
    const c = leet[u] !== undefined && j > 0 && j + 1 < units.length && isLetter(units[j - 1]) && isLetter(units[j + 1]) ? leet[u] : u;
    const n = kept.length;
    if (n >= 2 && kept[n - 1] === c && kept[n - 2] === c && isLetter(c)) return;
    kept.push(c);
    origin.push(from[j]);
  });
  return { folded: kept.join(''), origin: [...origin, text.length] };
}

const agrees = (text: string) => {
  const f = foldForMatching(text);
  expect({ folded: f.folded, origin: [...f.origin] }).toEqual(foldByTheRules(text));
};

describe('foldForMatching against the rules', () => {
  it('agrees on every text of the crisis corpus', () => {
    for (const c of CRISIS_CORPUS) agrees(c.text);
  });

  it('agrees on text made of the characters the rules treat specially', () => {
    const tricky = fc.constantFrom(...[...'aAzZ01345@$!\'’‘ʼ`´′ .,lLoO', '\u0301', '\u0300', 'é', 'É', 'ñ', 'Ñ', 'ß', 'ﬁ', '\ud83d', '\ude00', 'İ', 'ı', 'Σ', 'ç']);
    fc.assert(fc.property(fc.array(tricky, { maxLength: 40 }).map((a) => a.join('')), (text) => agrees(text)), { numRuns: 3000 });
  });

  it('agrees on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => agrees(text)), { numRuns: 2000 });
  });

  it('folds text longer than its scratch space', () => {
    const long = 'Ñandú SU1CIDE pleeease '.repeat(2000);
    agrees(long);
    expect(foldForMatching(long).folded.startsWith('nandu suicide pleease')).toBe(true);
  });
});
