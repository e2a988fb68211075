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

const COMBINING = /^[\u0300-\u036f]$/;
const LETTER = /^\p{L}$/u;
// Apostrophe look-alikes typed by phone keyboards and word processors.
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u0060', '\u00b4', '\u2032']);
// Digits and symbols used for letters — only between two letters, so real numbers are left alone.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '!': 'i' };

const unitCache = new Map<string, string>();

/** One original code unit → one folded unit (or '' to drop it). */
function foldUnit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (APOSTROPHES.has(ch)) return "'";
  if (COMBINING.test(ch)) return '';
  let f = unitCache.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    // Characters whose folding is not one unit (ligatures, lone surrogates) stay as they are: offsets
    // must stay one-to-one per kept unit.
    f = base.length === 1 ? base : ch;
    unitCache.set(ch, f);
  }
  return f;
}

/** Folds `text` for matching and keeps the way back to original offsets. */
export function foldForMatching(text: string): FoldedText {
  const out: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text[i]);
    if (f === '') continue;
    out.push(f);
    origin.push(i);
  }
  // Second pass over the folded units: leetspeak between letters, then long runs of one letter.
  const kept: string[] = [];
  const keptOrigin: number[] = [];
  for (let j = 0; j < out.length; j++) {
    let c = out[j];
    const sub = LEET[c];
    if (sub !== undefined && j > 0 && j + 1 < out.length && isLetter(out[j - 1]) && isLetter(out[j + 1])) c = sub;
    const n = kept.length;
    if (n >= 2 && isLetter(c) && kept[n - 1] === c && kept[n - 2] === c) continue;
    kept.push(c);
    keptOrigin.push(origin[j]);
  }
  const originArr = new Int32Array(kept.length + 1);
  for (let k = 0; k < kept.length; k++) originArr[k] = keptOrigin[k];
  originArr[kept.length] = text.length;
  return { folded: kept.join(''), origin: originArr };
}

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z' ? true : c.charCodeAt(0) >= 0x80 && LETTER.test(c);
}

/** Maps a folded span back to the original text; the end includes accents and held-down letters dropped after the last unit. */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  // The next kept unit starts where the span stops, so anything folded away in between (a combining accent,
  // the extra l's of "killlll") stays inside the span.
  return { start: f.origin[start], end: f.origin[end] };
}
