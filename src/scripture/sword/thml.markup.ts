// ThML (HTML-like): <note> footnotes, <scripRef passage> Scripture links, <sync> Strong's (dropped),
// <div class="sechead"> and <h1>–<h6> headings. ThML has no standard words-of-Christ element; modules
// mark them with red <font> or a span class, so those are read as words of Jesus.
import type { RenderOptions } from './markup.options.js';
import type { Heading, Note, RenderedText } from './rendered.text.js';
import { TextBuilder } from './text.builder.js';
import { attr, scanMarkup, type Tag } from './xml.scanner.js';

const RED = /^(red|#f00|#ff0000)$/i;
const JESUS_CLASS = /\b(jesus|wordsofjesus|wordsofchrist|woc)\b/i;

// `name` is the tag's lower-cased name (ThML is HTML-like and case-insensitive).
function isJesus(tag: Tag, name: string): boolean {
  if (name === 'font') return RED.test(attr(tag, 'color') ?? '');
  if (name === 'span') return JESUS_CLASS.test(attr(tag, 'class') ?? '');
  return false;
}

function isHeading(tag: Tag, name: string): boolean {
  if (/^h[1-6]$/.test(name)) return true;
  return name === 'div' && /^(sechead|title)$/i.test(attr(tag, 'class') ?? '');
}

/** Turns ThML markup into clean text with its structure. */
export function renderThml(raw: string, options: RenderOptions = {}): RenderedText {
  const main = new TextBuilder(options.newlines ?? false);
  const headings: Heading[] = [];
  const notes: Note[] = [];
  // Each open element remembers what closing it undoes.
  const stack: { name: string; jesus?: boolean; heading?: boolean }[] = [];
  let jesusDepth = 0;
  let capture: { kind: 'heading' | 'note'; depth: number; builder: TextBuilder; offset: number } | undefined;
  const refs: { start: number; passage?: string; target?: string }[] = [];

  scanMarkup(raw, {
    text(t) {
      if (capture) capture.builder.append(t);
      else main.append(t, jesusDepth > 0);
    },
    tag(tag) {
      const name = tag.name.toLowerCase();
      if (capture) {
        const opens = capture.kind === 'note' ? name === 'note' : /^(div|h[1-6])$/.test(name);
        if (opens && !tag.empty) capture.depth += tag.end ? -1 : 1;
        if (capture.depth === 0) {
          const text = capture.builder.finish().text;
          if (capture.kind === 'note') {
            notes.push({ type: 'footnote', text, refs: [], offset: capture.offset });
            main.gap();
          } else if (text) headings.push({ text, offset: main.offset });
          capture = undefined;
        }
        return;
      }
      if (name === 'note' && !tag.end && !tag.empty) {
        capture = { kind: 'note', depth: 1, builder: new TextBuilder(), offset: main.offset };
        return;
      }
      if (!tag.end && !tag.empty && isHeading(tag, name)) {
        capture = { kind: 'heading', depth: 1, builder: new TextBuilder(), offset: main.offset };
        return;
      }
      switch (name) {
        case 'scripref':
        case 'a': {
          if (tag.empty) return;
          if (!tag.end) {
            const passage = name === 'scripref' ? attr(tag, 'passage') : undefined;
            const target = name === 'a' ? attr(tag, 'href') : undefined;
            refs.push({ start: main.offset, ...(passage ? { passage } : {}), ...(target ? { target } : {}) });
          } else {
            const open = refs.pop();
            if (open) {
              const { start, ...to } = open;
              main.link(start, to);
            }
          }
          return;
        }
        case 'br':
          main.lineBreak('line');
          return;
        case 'p':
        case 'div':
          if (!tag.end) main.lineBreak('paragraph');
          return;
        case 'font':
        case 'span': {
          if (tag.empty) return;
          if (tag.end) {
            for (let i = stack.length - 1; i >= 0; i--) {
              if (stack[i].name === name) {
                if (stack[i].jesus) jesusDepth--;
                stack.splice(i, 1);
                break;
              }
            }
          } else {
            const jesus = isJesus(tag, name);
            if (jesus) jesusDepth++;
            stack.push({ name, jesus });
          }
          return;
        }
        default:
          return;
      }
    },
  });
  const { text, segments } = main.finish();
  return { text, segments, headings, notes, links: main.links, breaks: main.breaks };
}
