// TEI as SWORD dictionaries use it (Nave's, Strong's): <entryFree>/<def> wrap lines separated by <lb/>
// and <list>/<item>; <ref osisRef> links Scripture, <ref target="Nave:X"> another entry.
import type { RenderOptions } from './markup.options.js';
import type { Heading, Note, RenderedText } from './rendered.text.js';
import { TextBuilder } from './text.builder.js';
import { attr, scanMarkup } from './xml.scanner.js';

const LINE_TAGS = new Set(['lb', 'item', 'list', 'sense', 'p', 'entryFree', 'def', 'div']);

/** Turns TEI markup into clean text; lines stay lines (as '\n' unless `newlines: false`). */
export function renderTei(raw: string, options: RenderOptions = {}): RenderedText {
  const main = new TextBuilder(options.newlines ?? true);
  const headings: Heading[] = [];
  const notes: Note[] = [];
  const refs: { start: number; osisRef?: string; target?: string }[] = [];
  let capture: { kind: 'title' | 'note'; builder: TextBuilder; refs: string[]; offset: number } | undefined;

  scanMarkup(raw, {
    text(t) {
      (capture ? capture.builder : main).append(t);
    },
    tag(tag) {
      const name = tag.name;
      if ((name === 'title' || name === 'note') && !tag.empty) {
        if (!tag.end && !capture) {
          capture = { kind: name, builder: new TextBuilder(), refs: [], offset: main.offset };
        } else if (tag.end && capture?.kind === name) {
          const text = capture.builder.finish().text;
          if (name === 'title') {
            if (text) headings.push({ text, offset: main.offset });
          } else {
            notes.push({ type: 'footnote', text, refs: capture.refs, offset: capture.offset });
            main.gap();
          }
          capture = undefined;
        }
        return;
      }
      if (name === 'ref') {
        if (tag.empty) return;
        if (!tag.end) {
          const osisRef = attr(tag, 'osisRef');
          const target = attr(tag, 'target');
          if (capture && osisRef) capture.refs.push(osisRef);
          refs.push({ start: main.offset, ...(osisRef ? { osisRef } : {}), ...(target ? { target } : {}) });
        } else {
          const open = refs.pop();
          if (open && !capture) {
            const { start, ...to } = open;
            main.link(start, to);
          }
        }
        return;
      }
      if (capture) return;
      if (LINE_TAGS.has(name)) main.lineBreak(name === 'lb' || name === 'item' ? 'line' : 'paragraph');
    },
  });
  const { text, segments } = main.finish();
  return { text, segments, headings, notes, links: main.links, breaks: main.breaks };
}
