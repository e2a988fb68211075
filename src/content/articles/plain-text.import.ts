// Plain text to Markdown, for articles pasted from a web page: one paragraph a line, headings as short
// title-case lines (an emoji in front marks a section), "- " list items, and quotations standing alone
// on their line. The first line is the title and a short second line the summary (a subtitle). Text is
// escaped so that nothing in it is read as Markdown syntax it did not mean.
import type { SourceFields } from './front-matter.parse.js';

/** Words that stay lower-case inside a title-case heading (English and Spanish). */
const SMALL_WORDS = new Set(
  'a an the and but or nor for of on in at to by with from into onto as up per via than so yet vs de del la el los las y e o u en con por para al un una que su sus se sin sobre'.split(' '),
);

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
const LIST_ITEM = /^\s*(?:[-*•–]|\d+[.)])\s+/u;
const OPENING_QUOTE = /^[“"«‘]/u;

/** Does this line read as a heading: short, no closing punctuation, title case or led by an emoji? */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 90) return false;
  if (LIST_ITEM.test(text) || OPENING_QUOTE.test(text)) return false;
  if (/[.,;:…”"’')\]]$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > 12) return false;
  if (PICTOGRAPH.test(text)) return true;
  let lettered = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!/\p{L}/u.test(word)) continue;
    lettered++;
    if (lettered > 1 && SMALL_WORDS.has(word.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return lettered > 0;
}

/** A line that is a quotation on its own: opens with a quotation mark and closes one, maybe followed by a reference. */
function isQuotationLine(line: string): boolean {
  if (!OPENING_QUOTE.test(line)) return false;
  const close = Math.max(line.lastIndexOf('”'), line.lastIndexOf('"'), line.lastIndexOf('»'), line.lastIndexOf('’'));
  if (close <= 0) return false;
  const after = line.slice(close + 1).trim();
  return after === '' || /^[.,;:!?]?\s*(\(.*\))?[.,;]?$/u.test(after);
}

/** Escapes what Markdown would read as syntax, so plain text shows as written. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&|~]/g, '\\$&');
  // At a line's start: headings, quotes, list markers, thematic breaks, ordered lists.
  return inline.replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/u, '$1\\$2');
}

/**
 * Turns a plain-text article into fields (title, summary) and a Markdown body; `lines[k]` is the
 * 1-based line of the original text that body line k (0-based) came from, so reports point at the file.
 */
export function plainTextToMarkdown(text: string, known: SourceFields = {}): { fields: SourceFields; body: string; lines: number[] } {
  const all = text.split('\n').map((l, n) => ({ text: l.trim(), line: n + 1 }));
  while (all.length && all.at(-1)!.text === '') all.pop();
  while (all.length && all[0].text === '') all.shift();
  const fields: SourceFields = {};
  let i = 0;
  // The first line is the title, unless the front matter gave one (then it is dropped when it repeats it).
  let titled = false;
  if (all.length && !known.title) {
    fields.title = all[i++].text;
    titled = true;
  } else if (all.length && all[0].text === known.title) {
    i++;
    titled = true;
  }
  // A subtitle: right after the title, short, not a heading of the body, and the text goes on after it.
  if (titled && !known.summary && i < all.length - 1 && all[i].text.length <= 200 && !looksLikeHeading(all[i].text) && !isQuotationLine(all[i].text)) fields.summary = all[i++].text;
  const rest = all.slice(i).filter((l) => l.text !== '');
  const sections = rest.some((l) => looksLikeHeading(l.text) && PICTOGRAPH.test(l.text));
  const out: string[] = [];
  const lines: number[] = [];
  const emit = (markdown: string, line: number) => {
    out.push(markdown);
    lines.push(line);
  };
  let inList = false;
  for (const { text: line, line: n } of rest) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      emit(`- ${escapeMarkdown(line.slice(item[0].length))}`, n);
      inList = true;
      continue;
    }
    if (inList) emit('', n);
    inList = false;
    if (looksLikeHeading(line)) emit(`${sections && !PICTOGRAPH.test(line) ? '###' : '##'} ${escapeMarkdown(line)}`, n);
    else if (isQuotationLine(line)) emit(`> ${escapeMarkdown(line)}`, n);
    else emit(escapeMarkdown(line), n);
    emit('', n);
  }
  while (out.length && out.at(-1) === '') {
    out.pop();
    lines.pop();
  }
  return { fields, body: out.join('\n') + '\n', lines };
}
