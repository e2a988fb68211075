/**
 * Which articles end with a response block. The author decides with the `respond` field: `yes` always,
 * `no` never, and `auto` (the default, so no front-matter key is needed) when the article invites a
 * response — a heading that asks for one ("Will you respond?", "¿Responderás?") — or ends with a prayer
 * (its last paragraph ends in "Amen"/"Amén"), the way evangelistic articles close.
 */
import type { ArticleRespond } from '../articles/article.input.js';

// A heading line (Markdown ATX) that asks the reader to respond, in English or Spanish.
const INVITING_HEADING = /^#{1,6}[ \t]+.*(\brespond\b|\bresponse\b|respond[eé]r[aá]s|\bresponde\b)/im;
// The last non-empty paragraph ends in Amen (with optional closing punctuation, quotes or emphasis).
const ENDS_WITH_AMEN = /\bam[eé]n[.!»”"*_\s]*$/i;

/** Does this article end with the response block? */
export function offersResponse(article: { readonly body: string; readonly respond?: ArticleRespond }): boolean {
  if (article.respond === 'yes') return true;
  if (article.respond === 'no') return false;
  const body = article.body.replace(/\r\n?/g, '\n').trimEnd();
  if (INVITING_HEADING.test(body)) return true;
  const paragraphs = body.split(/\n[ \t]*\n/);
  return ENDS_WITH_AMEN.test(paragraphs.at(-1) ?? '');
}
