/**
 * Which articles end with a response block. No front-matter key is needed: an article offers the block
 * when it invites a response — a heading that asks for one ("Will you respond?", "¿Responderás?") — or
 * ends with a prayer (its last paragraph ends in "Amen"/"Amén"), the way evangelistic articles close.
 */

// A heading line (Markdown ATX) that asks the reader to respond, in English or Spanish.
const INVITING_HEADING = /^#{1,6}[ \t]+.*(\brespond\b|\bresponse\b|respond[eé]r[aá]s|\bresponde\b)/im;
// The last non-empty paragraph ends in Amen (with optional closing punctuation, quotes or emphasis).
const ENDS_WITH_AMEN = /\bam[eé]n[.!»”"*_\s]*$/i;

/** Does this article end with the response block? */
export function offersResponse(article: { readonly body: string }): boolean {
  const body = article.body.replace(/\r\n?/g, '\n').trimEnd();
  if (INVITING_HEADING.test(body)) return true;
  const paragraphs = body.split(/\n[ \t]*\n/);
  return ENDS_WITH_AMEN.test(paragraphs.at(-1) ?? '');
}
