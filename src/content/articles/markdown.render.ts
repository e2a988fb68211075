// Article Markdown to safe HTML. Two layers, each enough on its own:
//  1. markdown-it with `html: false`: raw HTML in the source is never interpreted (it shows as the text
//     the author typed), and its link validator refuses `javascript:`, `vbscript:`, `file:` and `data:`
//     URLs (except images in a few data formats);
//  2. sanitize-html over the result, with an allowlist of the tags and attributes Markdown produces and
//     only http, https and mailto links: script, style, event handlers and other schemes cannot survive
//     whatever a future markdown-it option or plugin lets through.
// Scripture references become links on the way (scripture-links.ts).
import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { ReferenceLanguage } from '../../scripture/reference/index.js';
import type { VersificationName } from '../../scripture/versification/index.js';
import { scriptureLinks, type ScriptureEnv, type ScriptureLinkOptions, type ScriptureLinkResult } from './scripture-links.js';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
markdown.use(scriptureLinks);
// The page's title is its only h1: the body's headings start at h2, whatever level the author used.
markdown.core.ruler.push('demote_headings', (state) => {
  const headings = state.tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
  const shift = headings.length ? Math.max(0, 2 - top) : 0;
  if (shift) for (const t of headings) t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + shift)}`;
});

/** Only to find raw HTML the author typed (shown as text), so the preview can say so. */
const withHtml = new MarkdownIt({ html: true });

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 's', 'del', 'code', 'pre', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'mark'],
  allowedAttributes: {
    a: ['href', 'title', 'class', 'data-osis'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    code: ['class'],
    mark: ['class', 'title'],
  },
  allowedClasses: { a: ['scripture-ref'], mark: ['scripture-invalid'], code: [/^language-[\w-]{1,30}$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images only from this site: the Content-Security-Policy would block any other anyway.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** The allowlist sanitizer alone (exported so tests can attack it directly). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

export interface RenderOptions {
  /** Translation code links open. */
  readonly translation: string;
  readonly language: ReferenceLanguage;
  readonly versification: VersificationName;
  /** Before every Scripture link's path: a locale prefix (`/es`), and for feeds the site's address too. */
  readonly prefix?: string;
  /** Mark references that do not exist (the author's preview). */
  readonly markInvalid?: boolean;
}

export interface RenderedBody extends ScriptureLinkResult {
  readonly html: string;
}

/** Renders an article's Markdown body to sanitized HTML with linked references. Never throws on content. */
export function renderArticleBody(source: string, options: RenderOptions): RenderedBody {
  const scripture: ScriptureLinkOptions = options;
  const env: ScriptureEnv = { scripture };
  const html = markdown.render(source, env);
  return { html: sanitizeArticleHtml(html), links: env.found?.links ?? [], invalid: env.found?.invalid ?? [] };
}

/** One block of an article as text (code left out), with the body line it starts on (0-based). */
export interface TextBlock {
  readonly text: string;
  readonly line: number;
}

/**
 * The article's readable text, block by block, for the Scripture check: paragraphs, headings, list items
 * and quotations, including link text; code is left out. A soft line break is kept as "\n" so that
 * positions map back to source lines.
 */
export function articleTextBlocks(source: string, options: { code?: boolean } = {}): TextBlock[] {
  const tokens = markdown.parse(source, {});
  const blocks: TextBlock[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map) continue;
    blocks.push({ text: inlineText(token.children ?? [], options.code === true), line: token.map[0] });
  }
  return blocks;
}

function inlineText(children: Token[], code: boolean): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'code_inline' && code) text += child.content;
    else if (child.type === 'code_inline' || child.type === 'image') text += '\uFFFC';
  }
  return text;
}

/** Body lines (0-based) where the author typed raw HTML, which is shown as text rather than used. */
export function rawHtmlLines(source: string): number[] {
  const lines = new Set<number>();
  for (const token of withHtml.parse(source, {})) {
    if (token.type === 'html_block' && token.map) lines.add(token.map[0]);
    if (token.type === 'inline' && token.map) {
      let line = token.map[0];
      for (const child of token.children ?? []) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
        if (child.type === 'html_inline' && !/^<\/?(br)\s*\/?>$/i.test(child.content)) lines.add(line);
      }
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** Plain text of a Markdown excerpt (a summary fallback, feed descriptions): no markup, whitespace collapsed. */
export function markdownExcerpt(source: string, max = 240): string {
  const text = articleTextBlocks(source, { code: true })
    .map((b) => b.text)
    .join(' ')
    .replace(/\uFFFC/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut.slice(0, max)).replace(/[\s,;:.—-]+$/u, '')}…`;
}
