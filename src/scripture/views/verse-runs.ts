import type { VerseHeading, VerseView } from '../passages/passage.types.js';

/** A piece of a verse as the reader lays it out. */
export type VerseRun =
  | { kind: 'text'; text: string; jesus: boolean }
  | { kind: 'break'; type: 'paragraph' | 'line' }
  | { kind: 'heading'; heading: VerseHeading };

/**
 * Cuts a verse's segments at its breaks and mid-verse headings, in text order, so the page can open
 * paragraphs and lines where the translation has them.
 */
export function verseRuns(verse: VerseView): VerseRun[] {
  const cuts: Array<{ offset: number; run: VerseRun }> = [
    ...verse.breaks.filter((b) => b.offset > 0).map((b) => ({ offset: b.offset, run: { kind: 'break', type: b.kind } as VerseRun })),
    ...verse.headings.filter((h) => h.offset > 0).map((h) => ({ offset: h.offset, run: { kind: 'heading', heading: h } as VerseRun })),
  ].sort((a, b) => a.offset - b.offset);
  const runs: VerseRun[] = [];
  let position = 0;
  let cut = 0;
  for (const segment of verse.segments) {
    let text = segment.text;
    let start = position;
    while (cut < cuts.length && cuts[cut].offset < start + text.length) {
      const at = cuts[cut].offset - start;
      if (at > 0) runs.push({ kind: 'text', text: text.slice(0, at), jesus: Boolean(segment.jesus) });
      runs.push(cuts[cut].run);
      text = text.slice(Math.max(at, 0));
      start += Math.max(at, 0);
      cut++;
    }
    if (text) runs.push({ kind: 'text', text, jesus: Boolean(segment.jesus) });
    position += segment.text.length;
  }
  for (; cut < cuts.length; cut++) runs.push(cuts[cut].run);
  return runs;
}

/** Headings that stand before the verse (offset 0), printed above it. */
export function leadingHeadings(verse: VerseView): VerseHeading[] {
  return verse.headings.filter((h) => h.offset === 0);
}

/** Does the verse begin a new paragraph? */
export function opensParagraph(verse: VerseView): boolean {
  return verse.breaks.some((b) => b.offset === 0 && b.kind === 'paragraph');
}
