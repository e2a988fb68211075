// GBF (General Bible Format): paired two-letter tags, upper case opens and lower case closes —
// <FR>…<Fr> words of Jesus, <RF>…<Rf> footnote, <TS>…<Ts> / <TH>…<Th> / <TT>…<Tt> headings;
// <CM> paragraph, <CL> line; word-level tags (<WG…>, <WH…>, <WT…>, <FI>…) carry no text.
import type { RenderOptions } from './markup.options.js';
import type { Heading, Note, RenderedText } from './rendered.text.js';
import { TextBuilder } from './text.builder.js';
import { scanMarkup } from './xml.scanner.js';

const HEADING_OPEN = new Set(['TS', 'TH', 'TT']);

/** Turns GBF markup into clean text with its structure. */
export function renderGbf(raw: string, options: RenderOptions = {}): RenderedText {
  const main = new TextBuilder(options.newlines ?? false);
  const headings: Heading[] = [];
  const notes: Note[] = [];
  let jesus = false;
  let capture: { kind: 'heading' | 'note'; close: string; builder: TextBuilder; offset: number } | undefined;

  scanMarkup(raw, {
    text(t) {
      if (capture) capture.builder.append(t);
      else main.append(t, jesus);
    },
    tag(tag) {
      // GBF tags may carry a suffix (`<RF q=a>`, `<WG2316>`); the code is the first two letters.
      const code = tag.name.slice(0, 2);
      if (capture) {
        if (code === capture.close) {
          const text = capture.builder.finish().text;
          if (capture.kind === 'note') {
            notes.push({ type: 'footnote', text, refs: [], offset: capture.offset });
            main.gap();
          } else if (text) headings.push({ text, offset: main.offset });
          capture = undefined;
        }
        return;
      }
      if (code === 'RF') capture = { kind: 'note', close: 'Rf', builder: new TextBuilder(), offset: main.offset };
      else if (HEADING_OPEN.has(code)) {
        capture = { kind: 'heading', close: code[0] + code[1].toLowerCase(), builder: new TextBuilder(), offset: main.offset };
      } else if (code === 'FR') jesus = true;
      else if (code === 'Fr') jesus = false;
      else if (code === 'CM') main.lineBreak('paragraph');
      else if (code === 'CL') main.lineBreak('line');
    },
  });
  const { text, segments } = main.finish();
  return { text, segments, headings, notes, links: main.links, breaks: main.breaks };
}
