// A set of everyday words that can be tested against a span of text without slicing it: the scanner
// asks "is the word before this number 'at'?" thousands of times per document.
import { fold, SKIP } from './normalize.js';

/** Folded lower-case words, looked up by string or by a span of text. */
export class WordSet {
  private readonly buckets = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let h = 0;
      for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
      const list = this.buckets.get(h);
      if (list) list.push(w);
      else this.buckets.set(h, [w]);
    }
  }

  /** True for a folded word in the set. */
  has(word: string): boolean {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
    return this.buckets.get(h)?.includes(word) ?? false;
  }

  /** True when the letters of `text` between `start` and `end`, folded, form a word in the set. */
  hasSpan(text: string, start: number, end: number): boolean {
    let h = 0;
    let n = 0;
    for (let i = start; i < end; i++) {
      const f = fold(text.charCodeAt(i));
      if (f === SKIP) continue;
      if (f < 97 || f > 122) return false;
      h = (Math.imul(h, 31) + f) | 0;
      n++;
    }
    const list = this.buckets.get(h);
    if (!list) return false;
    for (const w of list) if (w.length === n && sameFolded(text, start, end, w)) return true;
    return false;
  }
}

function sameFolded(text: string, start: number, end: number, word: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const f = fold(text.charCodeAt(i));
    if (f === SKIP) continue;
    if (f !== word.charCodeAt(k++)) return false;
  }
  return k === word.length;
}
