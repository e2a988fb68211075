// Folding for lexicon matching. People in distress type fast, on phones, in two languages: without
// accents, with curly apostrophes, with letters held down ("pleeease") or digits for letters ("su1cide").
// Matching runs on a folded copy; `origin` maps every folded unit back to the original text so that the
// spans we report (and a pastor's dashboard highlights) are spans of what the person actually wrote.

/** Folded text plus, for each folded unit, the index of the original unit it came from. */
export interface FoldedText {
  /** Lower-case, accent-free, apostrophes unified to `'`, runs of 3+ equal letters cut to 2. */
  readonly folded: string;
  /** `origin[i]` is the original index of `folded[i]`; `origin[folded.length]` is the original length. */
  readonly origin: Int32Array;
}

const APOSTROPHE = 0x27;
const DROP = -1;
const LETTER = /^\p{L}$/u;
// Apostrophe look-alikes typed by phone keyboards and word processors.
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032]);
// Digits and symbols used for letters — only between two letters, so real numbers are left alone.
const LEET = new Uint8Array(0x80);
for (const [digit, letter] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '!': 'i' })) LEET[digit.charCodeAt(0)] = letter.charCodeAt(0);

// Worked out once per non-ASCII code unit, then looked up: text is folded on every submission.
const foldedUnit = new Int32Array(0x10000).fill(-2);
const letterUnit = new Int8Array(0x10000);

/** One original code unit → one folded unit, or DROP. Every folded unit is a single code unit, so offsets map one to one. */
function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  let f = foldedUnit[code];
  if (f === -2) {
    if (APOSTROPHES.has(code)) f = APOSTROPHE;
    else if (code >= 0x300 && code <= 0x36f) f = DROP;
    else {
      const ch = String.fromCharCode(code);
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      // Characters whose folding is not one unit (ligatures, lone surrogates) stay as they are.
      f = base.length === 1 ? base.charCodeAt(0) : code;
    }
    foldedUnit[code] = f;
  }
  return f;
}

function isLetterCode(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  let known = letterUnit[code];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterUnit[code] = known;
  }
  return known === 1;
}

const CHUNK = 8192;

// Scratch space reused across calls (folding is synchronous): allocating typed arrays per call cost
// more than the folding itself.
let units = new Uint16Array(1024);
let from = new Int32Array(1024);
let kept = new Uint16Array(1024);
let keptFrom = new Int32Array(1024);

function ensureScratch(n: number): void {
  if (units.length >= n) return;
  const size = Math.max(n, units.length * 2);
  units = new Uint16Array(size);
  from = new Int32Array(size);
  kept = new Uint16Array(size);
  keptFrom = new Int32Array(size);
}

/** Folds `text` for matching and keeps the way back to original offsets. */
export function foldForMatching(text: string): FoldedText {
  const n = text.length;
  ensureScratch(n);
  // First pass: one folded unit (or none) per original unit.
  let count = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === DROP) continue;
    units[count] = f;
    from[count++] = i;
  }
  // Second pass: leetspeak between letters, then long runs of one letter.
  let k = 0;
  for (let j = 0; j < count; j++) {
    let c = units[j];
    const sub = c < 0x80 ? LEET[c] : 0;
    if (sub !== 0 && j > 0 && j + 1 < count && isLetterCode(units[j - 1]) && isLetterCode(units[j + 1])) c = sub;
    if (k >= 2 && kept[k - 1] === c && kept[k - 2] === c && isLetterCode(c)) continue;
    kept[k] = c;
    keptFrom[k++] = from[j];
  }
  const origin = new Int32Array(k + 1);
  origin.set(keptFrom.subarray(0, k));
  origin[k] = n;
  let folded = '';
  for (let s = 0; s < k; s += CHUNK) folded += String.fromCharCode.apply(null, kept.subarray(s, Math.min(k, s + CHUNK)) as unknown as number[]);
  return { folded, origin };
}

/** Maps a folded span back to the original text; the end includes accents and held-down letters dropped after the last unit. */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  // The next kept unit starts where the span stops, so anything folded away in between (a combining accent,
  // the extra l's of "killlll") stays inside the span.
  return { start: f.origin[start], end: f.origin[end] };
}
