// One call for any module's markup, chosen by the conf's SourceType.
import { renderGbf } from './gbf.markup.js';
import type { RenderOptions } from './markup.options.js';
import { renderOsis } from './osis.markup.js';
import type { RenderedText } from './rendered.text.js';
import { renderTei } from './tei.markup.js';
import { TextBuilder } from './text.builder.js';
import { renderThml } from './thml.markup.js';

/** Plain text modules: whitespace collapsed, newlines recorded as line breaks. */
export function renderPlain(raw: string, options: RenderOptions = {}): RenderedText {
  const b = new TextBuilder(options.newlines ?? false);
  raw.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) b.lineBreak('line');
    b.append(line);
  });
  const { text, segments } = b.finish();
  return { text, segments, headings: [], notes: [], links: [], breaks: b.breaks };
}

/** Renders raw module text by its SourceType (OSIS, TEI, ThML, GBF; anything else as plain text). */
export function renderMarkup(raw: string, sourceType: string, options: RenderOptions = {}): RenderedText {
  switch (sourceType.toUpperCase()) {
    case 'OSIS':
      return renderOsis(raw, options);
    case 'TEI':
      return renderTei(raw, options);
    case 'THML':
      return renderThml(raw, options);
    case 'GBF':
      return renderGbf(raw, options);
    default:
      return renderPlain(raw, options);
  }
}
