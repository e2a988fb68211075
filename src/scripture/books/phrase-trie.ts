// A trie of folded phrases stored back to front, so the scanner can start at a number and read the
// name before it leftwards without slicing the text.
import { fold, GAP, isLetter, SKIP } from './normalize.js';

interface Node<T> {
  next: Map<number, Node<T>> | null;
  value: T | null;
}

/** One phrase found ending at a position: where it starts in the text, and its value. */
export interface PhraseMatch<T> {
  start: number;
  value: T;
}

/** Reversed trie of folded phrases mapping each to a value. */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: null, value: null };

  /** Adds a folded phrase; `merge` combines values when the phrase is already present. */
  add(folded: string, value: T, merge: (old: T, added: T) => T): void {
    let node = this.root;
    for (let i = folded.length - 1; i >= 0; i--) {
      const c = folded.charCodeAt(i);
      if (!node.next) node.next = new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, value: null };
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = node.value === null ? value : merge(node.value, value);
  }

  /**
   * Reads leftwards from `end` (exclusive) and reports every phrase that ends there and starts at a
   * word boundary, longest last. `out` is reused to avoid allocation; returns the number found.
   * A phrase may start right after a digit (`1John`); the caller decides whether that digit belongs.
   * With `glued`, phrases right after a letter count too (`1stTim`), again for the caller to judge.
   */
  matchBefore(text: string, end: number, out: PhraseMatch<T>[], glued = false): number {
    let node = this.root;
    let found = 0;
    let i = end - 1;
    let prevGap = true;
    while (i >= 0 && node.next) {
      const f = fold(text.charCodeAt(i));
      if (f === SKIP) {
        i--;
        continue;
      }
      if (f === 0) break;
      if (f === GAP && prevGap) {
        i--;
        continue;
      }
      prevGap = f === GAP;
      const child = node.next.get(f);
      if (!child) break;
      node = child;
      i--;
      if (node.value !== null && f !== GAP && (glued || !letterAt(text, i))) {
        const slot = out[found];
        if (slot) {
          slot.start = i + 1;
          slot.value = node.value;
        } else out[found] = { start: i + 1, value: node.value };
        found++;
      }
    }
    return found;
  }
}

/** True when the code unit at `i` (skipping combining marks leftwards) is a letter. */
export function letterAt(text: string, i: number): boolean {
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      i--;
      continue;
    }
    return isLetter(c);
  }
  return false;
}
