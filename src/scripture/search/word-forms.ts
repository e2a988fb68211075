// Widens a search word to the other members of its derivational family, so the stemmer's gaps
// (intercede / intercession) do not hide verses.
import type { WordFamily } from './word-families.data.js';

/** The word and its family members (deduplicated, the word first); just the word when no family fits. */
export function wordForms(word: string, families: readonly WordFamily[]): string[] {
  for (const f of families) {
    // Longest ending first, so "ceding" is not read as "ing" of something else.
    let best = '';
    for (const e of f.endings) if (e.length > best.length && word.endsWith(e) && word.length - e.length >= f.minStem) best = e;
    if (!best) continue;
    const stem = word.slice(0, word.length - best.length);
    const forms = [word];
    for (const s of f.search) if (!forms.includes(stem + s)) forms.push(stem + s);
    return forms;
  }
  return [word];
}
