// Collects text from markup: collapses whitespace (markup spacing is layout, not content), keeps one
// space where a removed note separated words, and records styled runs, links and breaks by offset.
import type { TextBreak, TextLink, TextSegment } from './rendered.text.js';

const WORD = /[\p{L}\p{N}]/u;
const CLOSING = /[,.;:!?)\]]/;

/** Builds one clean text with segments, links and breaks. */
export class TextBuilder {
  // Parts joined at the end: reading the last character of a growing concatenated string would
  // flatten it on every word.
  private readonly parts: string[] = [];
  private length = 0;
  private lastCode = 0;
  private lastChar = '';
  private spacePending = false;
  private spaceJesus = false;
  private gapPending = false;
  private readonly runs: { start: number; jesus: boolean }[] = [];
  readonly links: TextLink[] = [];
  readonly breaks: TextBreak[] = [];

  /** @param keepNewlines dictionaries keep line breaks as '\n' in the text; Bible text records them as breaks. */
  constructor(private readonly keepNewlines = false) {}

  /** Current length of the text (where the next character will go, once a pending space is written). */
  get offset(): number {
    return this.length + (this.spacePending && this.length > 0 ? 1 : 0);
  }

  /** Appends a run of text, collapsing whitespace. */
  append(chunk: string, jesus = false): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (chunk.charCodeAt(i) <= 32) {
        if (!this.spacePending) this.spaceJesus = jesus;
        this.spacePending = true;
        while (++i < n && chunk.charCodeAt(i) <= 32);
        continue;
      }
      let j = i + 1;
      while (j < n && chunk.charCodeAt(j) > 32) j++;
      this.word(i === 0 && j === n ? chunk : chunk.slice(i, j), jesus);
      i = j;
    }
  }

  private word(body: string, jesus: boolean): void {
    if (this.length > 0) {
      // A note set off by spaces before punctuation ("coins <note/> ?") leaves no space before it.
      if (this.spacePending && this.gapPending && CLOSING.test(body[0])) this.spacePending = false;
      if (this.spacePending && this.lastCode !== 10) this.write(' ', this.spaceJesus);
      // A note removed between two letters stood where a space was ("God<note/>created").
      else if (!this.spacePending && this.gapPending && WORD.test(this.lastChar) && WORD.test(body[0])) {
        this.write(' ', jesus);
      }
    }
    this.spacePending = false;
    this.gapPending = false;
    this.write(body, jesus);
  }

  /** Marks that something was removed here (a note), so words on either side stay apart. */
  gap(): void {
    this.gapPending = true;
  }

  /** Records a paragraph or poetry line starting here; with keepNewlines also writes '\n'. */
  lineBreak(kind: TextBreak['kind']): void {
    if (this.keepNewlines) {
      if (this.length > 0 && this.lastCode !== 10) this.write('\n', false);
      this.spacePending = false;
      this.gapPending = false;
      return;
    }
    // A break separates words even where the markup has no space.
    if (this.length > 0 && !this.spacePending) {
      this.spacePending = true;
      this.spaceJesus = false;
    }
    const offset = this.offset;
    const last = this.breaks[this.breaks.length - 1];
    if (last && last.offset === offset) {
      if (kind === 'paragraph' && last.kind === 'line') this.breaks[this.breaks.length - 1] = { offset, kind };
      return;
    }
    this.breaks.push({ offset, kind });
  }

  /** Records a link over text appended between `start` (an earlier `offset`) and now. */
  link(start: number, target: { osisRef?: string; passage?: string; target?: string }): void {
    const end = this.length;
    if (end > start) this.links.push({ start, end, ...target });
  }

  /** The finished text and its segments. */
  finish(): { text: string; segments: TextSegment[] } {
    let text = this.parts.join('');
    // Spaces never precede or follow a written '\n' (see append/lineBreak); only a trailing one can remain.
    if (this.keepNewlines) text = text.replace(/\n+$/, '');
    // Links closed after a trimmed trailing newline must end inside the text.
    for (let i = this.links.length - 1; i >= 0; i--) {
      const l = this.links[i];
      if (l.end > text.length) {
        if (l.start >= text.length) this.links.splice(i, 1);
        else this.links[i] = { ...l, end: text.length };
      }
    }
    const pieces: { text: string; jesus: boolean }[] = [];
    this.runs.forEach((run, i) => {
      const end = i + 1 < this.runs.length ? this.runs[i + 1].start : text.length;
      const piece = text.slice(run.start, Math.min(end, text.length));
      if (!piece) return;
      const prev = pieces[pieces.length - 1];
      // A lone space between two runs of the same style belongs to them (`</q> <q>` in the WEB).
      if (prev && prev.jesus === run.jesus) prev.text += piece;
      else pieces.push({ text: piece, jesus: run.jesus });
    });
    for (let i = pieces.length - 2; i >= 1; i--) {
      if (pieces[i].text.trim() === '' && pieces[i - 1].jesus === pieces[i + 1].jesus) {
        pieces[i - 1].text += pieces[i].text + pieces[i + 1].text;
        pieces.splice(i, 2);
      }
    }
    const segments: TextSegment[] = pieces.map((p) => (p.jesus ? { text: p.text, jesus: true } : { text: p.text }));
    return { text, segments };
  }

  private write(s: string, jesus: boolean): void {
    const last = this.runs[this.runs.length - 1];
    if (!last || last.jesus !== jesus) this.runs.push({ start: this.length, jesus });
    this.parts.push(s);
    this.length += s.length;
    this.lastCode = s.charCodeAt(s.length - 1);
    this.lastChar = s[s.length - 1];
  }
}
