// Character folding shared by the name tables and the text scanner, so both see the same letters:
// case and accents dropped, dots and spaces merged into one gap. One table lookup per code unit keeps
// the scanner allocation-free.

/** Folded value of a word gap (space, dot, tab, no-break space). */
export const GAP = 32;
/** Folded value of a code unit to skip (combining accent of decomposed text). */
export const SKIP = 1;

const TABLE = new Uint8Array(0x250);

function set(chars: string, to: string): void {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
}

for (let c = 0x61; c <= 0x7a; c++) TABLE[c] = c;
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 32;
for (let c = 0x30; c <= 0x39; c++) TABLE[c] = c;
set(' .\t\n\r\u00a0', ' ');
set('&', '&');
set('ÀÁÂÃÄÅàáâãäåĀāĂăĄąª', 'a');
set('ÇçĆćĈĉĊċČč', 'c');
set('ÈÉÊËèéêëĒēĔĕĖėĘęĚě', 'e');
set('ÌÍÎÏìíîïĨĩĪīĬĭĮįİı', 'i');
set('Ññ', 'n');
set('ÒÓÔÕÖØòóôõöøŌōŎŏŐőº°', 'o');
set('ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų', 'u');
set('ÝýÿŸ', 'y');

/** Folds one UTF-16 code unit: a lower-case ASCII letter or digit code, GAP, SKIP, `&`, or 0 for anything else. */
export function fold(c: number): number {
  if (c < 0x250) return TABLE[c];
  if (c >= 0x300 && c <= 0x36f) return SKIP;
  // Thin, narrow and other typographic spaces separate words like a space.
  if (c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a || c === 0x3000) return GAP;
  return 0;
}

const LETTER = /\p{L}/u;

/** True for a letter in any script: names must start and end at word boundaries. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 0x61 && (c | 32) <= 0x7a;
  if (c < 0x250) return c !== 0xd7 && c !== 0xf7 && c >= 0xc0;
  if (c >= 0x300 && c <= 0x36f) return true;
  // Punctuation, symbols and surrogates (emoji) are common in prose and never letters.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER.test(String.fromCharCode(c));
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True when the code unit is an upper-case letter (Latin scripts). */
export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return c >= 0xc0 && c <= 0xde && c !== 0xd7;
}

/** Folds a whole phrase the way the scanner folds text: lower-case, no accents, single spaces, trimmed. */
export function foldPhrase(s: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const f = fold(s.charCodeAt(i));
    if (f === SKIP) continue;
    if (f === GAP || f === 0) {
      gap = out.length > 0;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += String.fromCharCode(f);
  }
  return out;
}

// Consonants that stand in for one another in misspellings, by sound or by neighbouring keys: each maps
// to the first of its group.
const CONSONANT_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CONSONANT_CLASS[c] = c;
for (const group of ['kcqg', 'szx', 'nm', 'fpv']) {
  for (const ch of group) CONSONANT_CLASS[ch.charCodeAt(0)] = group.charCodeAt(0);
}

/**
 * The set of consonant classes in a folded word as a 26-bit mask (h and the vowels left out: they
 * drift too often). Misspellings keep a name's consonants; look-alike words ("Matches", "Jokes") do not.
 */
export function consonantMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122 || c === 104 || c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) {
      continue;
    }
    mask |= 1 << (CONSONANT_CLASS[c] - 97);
  }
  return mask;
}

/** Number of consonants in one mask and not the other. */
export function maskDistance(a: number, b: number): number {
  let x = a ^ b;
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}
