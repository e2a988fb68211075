// A markdown-it rule that turns every Scripture reference in an article's text into a link to the
// passage: `<a class="scripture-ref" data-osis="Heb.7.25" href="/bible/WEB/Heb/7#v25">Hebrews 7:25</a>`.
// It runs on the token stream after inline parsing, so text inside code spans, code blocks and existing
// links is never touched. References are found over a whole paragraph at once (so "Romans 8:34, 38"
// and "verse 39" read in context) and linked when they lie inside one text run.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { extractReferences, type InvalidReference, type ReferenceLanguage } from '../../scripture/reference/index.js';
import type { VersificationName } from '../../scripture/versification/index.js';
import { chapterPath, versePath } from '../../scripture/views/bible.paths.js';

/** Where and how references link; put in markdown-it's `env.scripture`. */
export interface ScriptureLinkOptions {
  /** Translation code the links open (`/bible/<code>/…`). */
  readonly translation: string;
  readonly language: ReferenceLanguage;
  readonly versification: VersificationName;
  /** Put before every link path: a locale prefix (`/es`) and/or the site's address for feeds. */
  readonly prefix?: string;
  /** Wrap references that point nowhere ("Romans 17:1") in `<mark class="scripture-invalid">` (the author's preview). */
  readonly markInvalid?: boolean;
}

/** What the rule found while rendering, in text order. */
export interface ScriptureLinkResult {
  readonly links: Array<{ text: string; osis: string; href: string }>;
  readonly invalid: InvalidReference[];
}

export interface ScriptureEnv {
  [key: string | symbol]: unknown;
  scripture?: ScriptureLinkOptions;
  found?: ScriptureLinkResult;
}

/** Stands in for text that must not be read (code, link text): no reference runs across it. */
const BARRIER = '\uFFFC';

/** The page a reference's first passage lives on. */
export function passageHref(osis: string, translation: string, prefix = ''): string {
  const first = osis.split(/[-,]/)[0];
  const [book, chapter, verse] = first.split('.');
  const path = verse ? versePath(translation, book, Number(chapter), Number(verse)) : chapterPath(translation, book, Number(chapter));
  return prefix + path;
}

interface Segment {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The Markdown plugin. */
export function scriptureLinks(md: MarkdownIt): void {
  md.core.ruler.push('scripture_links', (state: StateCore) => {
    const env = state.env as ScriptureEnv;
    const options = env.scripture;
    if (!options) return;
    const found: ScriptureLinkResult = env.found ?? { links: [], invalid: [] };
    env.found = found;
    for (const block of state.tokens) {
      if (block.type === 'inline' && block.children?.length) block.children = linkInline(block.children, options, found, state);
    }
  });
}

function linkInline(children: Token[], options: ScriptureLinkOptions, found: ScriptureLinkResult, state: StateCore): Token[] {
  let text = '';
  const segments: Segment[] = [];
  let depth = 0;
  children.forEach((child, index) => {
    if (child.type === 'link_open') depth++;
    else if (child.type === 'link_close') depth--;
    if (child.type === 'text' && depth === 0) {
      segments.push({ index, start: text.length, end: text.length + child.content.length });
      text += child.content;
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'text' || child.type === 'code_inline' || child.type === 'image') text += BARRIER;
  });
  if (!segments.length) return children;
  const extraction = extractReferences(text, { language: options.language, versification: options.versification });
  type Cut = { start: number; end: number; make: () => Token[] };
  const cuts = new Map<number, Cut[]>();
  const place = (start: number, end: number, make: () => Token[]) => {
    const segment = segments.find((s) => s.start <= start && end <= s.end);
    if (!segment) return false;
    const list = cuts.get(segment.index) ?? [];
    list.push({ start: start - segment.start, end: end - segment.start, make });
    cuts.set(segment.index, list);
    return true;
  };
  for (const ref of extraction.references) {
    const href = passageHref(ref.osis, options.translation, options.prefix);
    const placed = place(ref.start, ref.end, () => {
      const open = new state.Token('link_open', 'a', 1);
      open.attrs = [
        ['href', href],
        ['class', 'scripture-ref'],
        ['data-osis', ref.osis],
      ];
      const label = new state.Token('text', '', 0);
      label.content = ref.text;
      return [open, label, new state.Token('link_close', 'a', -1)];
    });
    if (placed) found.links.push({ text: ref.text, osis: ref.osis, href });
  }
  for (const bad of extraction.invalid) {
    found.invalid.push(bad);
    if (!options.markInvalid) continue;
    place(bad.start, bad.end, () => {
      const open = new state.Token('scripture_invalid_open', 'mark', 1);
      open.attrs = [
        ['class', 'scripture-invalid'],
        ['title', bad.reason],
      ];
      const label = new state.Token('text', '', 0);
      label.content = bad.text;
      return [open, label, new state.Token('scripture_invalid_close', 'mark', -1)];
    });
  }
  if (!cuts.size) return children;
  const out: Token[] = [];
  children.forEach((child, index) => {
    const list = cuts.get(index);
    if (!list) return void out.push(child);
    list.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const cut of list) {
      if (cut.start < at) continue;
      if (cut.start > at) out.push(textToken(state, child.content.slice(at, cut.start)));
      out.push(...cut.make());
      at = cut.end;
    }
    if (at < child.content.length) out.push(textToken(state, child.content.slice(at)));
  });
  return out;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
