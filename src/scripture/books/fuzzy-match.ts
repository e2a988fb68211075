// Tolerance for abbreviations and misspellings by rule, not by list. Two rules over the name table:
//  1. Abbreviation: the word is the start of a book's main name, or its letters appear in order in it
//     starting with the same letter ("Kngs", "Phlmn", "Jdg").
//  2. Misspelling: a weighted edit distance in which the slips people make cost little — a vowel for a
//     vowel (Corinthains), a doubled or dropped double letter (Phillipians, Macccabees), a swapped pair
//     (Jonh), a stray h (Jhon, Thimothy).
// The scanner only asks when the surroundings already look like a reference, so the rules can be generous.
import { bookPriority } from './book-priority.js';
import type { NameIndex, NameTarget, Spelling } from './name-index.js';
import { consonantMask, maskDistance } from './normalize.js';
import { NOT_BOOK_WORDS } from './prose-words.js';

/** A book found by fuzzy matching, with how far the written word was from the name (0 = abbreviation). */
export interface FuzzyHit {
  readonly book: string;
  readonly target: NameTarget;
  readonly distance: number;
}

const MAX = 40;
const rows = [new Float32Array(MAX + 1), new Float32Array(MAX + 1), new Float32Array(MAX + 1)];

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

// Pairs of letters that stand for the same sound often enough to be confused.
const SOUNDALIKE = ['ck', 'cs', 'sz', 'iy', 'kq'];

// Neighbouring keys on a QWERTY row: the commonest typing slip ("Johm", "Jphn", "1 Per").
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Substitution costs for every pair of ASCII codes, built once: names and words are folded ASCII. */
const SUB = new Float32Array(128 * 128).fill(1);
function cheap(a: string, b: string): void {
  SUB[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 0.5;
  SUB[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = 0.5;
}
for (let c = 0; c < 128; c++) SUB[c * 128 + c] = 0;
for (const a of 'aeiouy') for (const b of 'aeiouy') if (a !== b) cheap(a, b);
// An h is often silent, so it trades places with vowels ("Jhhn" for "John").
for (const v of 'aeiouy') cheap('h', v);
for (const pair of SOUNDALIKE) cheap(pair[0], pair[1]);
for (const row of KEY_ROWS) for (let i = 0; i + 1 < row.length; i++) cheap(row[i], row[i + 1]);

function subCost(a: number, b: number): number {
  return a < 128 && b < 128 ? SUB[a * 128 + b] : a === b ? 0 : 1;
}

/** Cost of inserting or dropping letter `s[i]`: cheap when it only doubles a neighbour or is silent. */
function indelCost(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((i > 0 && s.charCodeAt(i - 1) === c) || (i + 1 < s.length && s.charCodeAt(i + 1) === c)) return 0.25;
  if (c === 104) return 0.5;
  // The silent p of "psalm" is often left out ("Salm").
  if (i === 0 && c === 112 && s.charCodeAt(1) === 115) return 0.5;
  if (isVowel(c)) return 0.75;
  return 1;
}

const wordIndel = new Float32Array(MAX);
const nameIndel = new Float32Array(MAX);

/**
 * Weighted Damerau–Levenshtein distance from `word` to `name`; with `prefix`, to the closest start of
 * `name` at least as long as the word minus one (a misspelled abbreviation such as "Corinth").
 * Gives up (Infinity) as soon as the distance must exceed `limit`.
 */
export function nameDistance(word: string, name: string, prefix: boolean, limit = Infinity): number {
  const n = word.length;
  const m = name.length;
  if (n > MAX || m > MAX) return Infinity;
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let i = 0; i < n; i++) wordIndel[i] = indelCost(word, i);
  for (let j = 0; j < m; j++) nameIndel[j] = indelCost(name, j);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + nameIndel[j - 1];
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const wDel = wordIndel[i - 1];
    cur[0] = prev[0] + wDel;
    const wc = word.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const nc = name.charCodeAt(j - 1);
      let best = prev[j - 1] + subCost(wc, nc);
      const del = prev[j] + wDel;
      if (del < best) best = del;
      const ins = cur[j - 1] + nameIndel[j - 1];
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && wc === name.charCodeAt(j - 2) && word.charCodeAt(i - 2) === nc) {
        const tr = prev2[j - 2] + 0.5;
        if (tr < best) best = tr;
      }
      cur[j] = best;
    }
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) if (cur[j] < rowMin) rowMin = cur[j];
    // Later cells build on this row (or, by a swap, on the one before), so nothing comes back under the limit.
    if (rowMin > limit && prevMin + 0.5 > limit) return Infinity;
    prevMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  let d = prev[m];
  if (prefix) {
    for (let j = Math.max(4, n - 1); j < m; j++) if (prev[j] + 0.25 < d) d = prev[j] + 0.25;
  }
  return d;
}

/** How much misspelling a word of this many letters may carry. */
function allowance(letters: number, ordinal: boolean): number {
  if (letters <= 3) return ordinal ? 0.75 : 0;
  if (letters === 4) return 0.75;
  if (letters <= 6) return 1.5;
  if (letters <= 9) return 2;
  if (letters <= 13) return 2.5;
  return 3;
}

/**
 * Position-gap score when `word` is an abbreviation of `name`: 0 for a plain prefix, the number of
 * skipped letters for an in-order subsequence, -1 otherwise. Both must start with the same letter.
 */
export function abbreviationScore(word: string, name: string): number {
  if (word.charCodeAt(0) !== name.charCodeAt(0) || word.length > name.length) return -1;
  if (name.startsWith(word)) return 0;
  let j = 1;
  let gaps = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    while (j < name.length && name.charCodeAt(j) !== c) {
      j++;
      gaps++;
    }
    if (j >= name.length) return -1;
    j++;
  }
  return gaps;
}

function vowelsAfterFirst(s: string): number {
  let v = 0;
  for (let i = 1; i < s.length; i++) if (isVowel(s.charCodeAt(i))) v++;
  return v;
}

function resolve(target: NameTarget, ordinal: number): string | undefined {
  return ordinal > 0 ? target.numbered[ordinal] : (target.bare ?? undefined);
}

/** Orders candidates: closer first, then real books before a series' default, then better-known books. */
function rankOf(distance: number, target: NameTarget, book: string): number {
  // "Corinthians" alone defaults to 1 Corinthians, a weaker reading than a book's own name.
  const seriesDefault = target.bare !== null && book === target.bare && /^\d/.test(book) ? 100 : 0;
  return distance * 1000 + seriesDefault + bookPriority(book);
}

function sameInitials(a: readonly string[], b: readonly string[] | null): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].charCodeAt(0) !== b[i].charCodeAt(0)) return false;
  return true;
}

/** True when every word of `words` starts the matching word of `name` ("Let of Jer" for "Letter of Jeremiah"). */
function wordwise(words: readonly string[], name: readonly string[]): boolean {
  if (words.length !== name.length) return false;
  for (let i = 0; i < words.length; i++) if (!name[i].startsWith(words[i])) return false;
  return true;
}

/**
 * The book a word (folded letters, words separated by single spaces) most likely names, or null.
 * `ordinal` is the number written before it (0 if none), which narrows the choice to numbered books.
 * `weak` is set when the number after the word is a bare chapter: only close misspellings count then.
 * `led` is set when lead-in words ("Gospel of", "Saint") already announce a book.
 */
export function fuzzyBook(
  word: string,
  ordinal: number,
  index: NameIndex,
  weak: boolean,
  led = false,
): FuzzyHit | null {
  // A document repeats its misspellings; remember recent answers (bounded, so memory stays flat).
  let memo = memos.get(index);
  if (!memo) {
    memo = new Map();
    memos.set(index, memo);
  }
  const key = `${ordinal}${weak ? 'w' : 's'}${led ? 'l' : '-'}${word}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const hit = search(word, ordinal, index, weak, led);
  if (memo.size >= 512) memo.clear();
  memo.set(key, hit);
  return hit;
}

const memos = new WeakMap<NameIndex, Map<string, FuzzyHit | null>>();

function search(word: string, ordinal: number, index: NameIndex, weak: boolean, led: boolean): FuzzyHit | null {
  const letters = word.replace(/ /g, '');
  const parts = word.split(' ');
  const words = parts.length;
  const n = letters.length;
  if (n < 2 || n > MAX || (ordinal === 0 && !led && NOT_BOOK_WORDS.has(word))) return null;
  let best: FuzzyHit | null = null;
  let bestRank = Infinity;
  const consider = (sp: Spelling, distance: number) => {
    const book = resolve(sp.target, ordinal);
    if (!book) return;
    const r = rankOf(distance, sp.target, book);
    if (r < bestRank) {
      bestRank = r;
      best = { book, target: sp.target, distance };
    }
  };
  const limit = weak ? Math.min(1, allowance(n, ordinal > 0)) : allowance(n, ordinal > 0);
  const minLength = ordinal > 0 ? 3 : 4;
  // Without an ordinal to vouch for it, a misspelling must keep the name's consonants but one.
  const consonants = ordinal > 0 ? -1 : consonantMask(letters);
  const first = letters.charCodeAt(0);
  // Names keep their first letter when misspelt, except a silent one ("Salm").
  const candidates = index.byInitial[first - 97];
  if (!candidates) return null;
  for (const sp of candidates) {
    if (sp.words !== words) continue;
    const f = sp.letters.charCodeAt(0);
    if (!weak && f === first) {
      if (words === 1 && sp.main) {
        const score = abbreviationScore(letters, sp.letters);
        // Skipping letters is how abbreviations drop vowels ("Kngs", "Jdg"); a long or vowel-rich word
        // that merely contains a name's letters in order ("ratio" in "revelation") is not one. Two
        // letters only count as the start of a name unless an ordinal makes the context plain.
        const ok =
          score === 0 || (score > 0 && n <= 5 && vowelsAfterFirst(letters) <= 1 && (n >= 3 || ordinal > 0 || led));
        if (ok) consider(sp, score === 0 ? 0 : 0.5 + 0.25 * score);
      } else if (words > 1 && sp.parts && wordwise(parts, sp.parts)) consider(sp, 0.5);
    }
    if (limit === 0 || sp.letters.length < minLength || Math.abs(sp.letters.length - n) > 4) continue;
    // Each word of a misspelt multi-word name still starts with the right letter ("Song of Salomon").
    if (words > 1 && !sameInitials(parts, sp.parts)) continue;
    if (consonants >= 0 && maskDistance(consonants, sp.consonants) > 1) continue;
    const d = nameDistance(letters, sp.letters, n >= 5, limit);
    if (d <= limit) consider(sp, d);
  }
  return best;
}
