// The Scripture check of an article: references that point nowhere ("Romans 17:1"), and quotations
// beside a reference whose words do not follow the cited verse in any installed translation — with the
// closest translation's text, the similarity, and, when a search finds the words elsewhere, the verse
// they really come from. The author's preview and `intercede article check` print this same report.
import { AppError } from '../../platform/errors.js';
import { extractReferences, osisVerseSet, type ReferenceLanguage } from '../../scripture/reference/index.js';
import { ANONYMOUS_READER } from '../../scripture/scripture.actor.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import type { TranslationInfo } from '../../scripture/translation.types.js';
import type { VersificationName } from '../../scripture/versification/index.js';
import { articleTextBlocks, rawHtmlLines } from './markdown.render.js';
import { citedQuotations, distinctiveWords, quoteSimilarity } from './quotation.check.js';

/** A quotation at or above this similarity to the cited verse, in some installed translation, matches it. */
export const QUOTE_MATCH = 0.8;
/** Found elsewhere: another verse this similar, and clearly closer than the cited one. */
export const ELSEWHERE_MATCH = 0.6;
const ELSEWHERE_MARGIN = 0.15;

/** A verse text a quotation was compared with. */
export interface ComparedText {
  readonly translation: string;
  readonly osis: string;
  /** "Hebrews 7:25" in the translation's language. */
  readonly reference: string;
  readonly text: string;
  /** 0…1, see quotation.check.ts. */
  readonly similarity: number;
}

export type CheckProblem =
  | { readonly kind: 'source'; readonly line: number; readonly message: string }
  | { readonly kind: 'invalid-reference'; readonly line: number; readonly text: string; readonly reason: string }
  | {
      readonly kind: 'quotation-mismatch';
      readonly line: number;
      readonly quote: string;
      readonly reference: { readonly text: string; readonly osis: string };
      /** The installed translation whose text of the cited passage is closest; null when none has it. */
      readonly closest: ComparedText | null;
      /** Where the words really come from, when a search finds them. */
      readonly foundElsewhere: ComparedText | null;
    }
  | { readonly kind: 'raw-html'; readonly line: number }
  | { readonly kind: 'no-translations' };

/** A quotation that matches its reference. */
export interface VerifiedQuotation {
  readonly line: number;
  readonly quote: string;
  readonly reference: { readonly text: string; readonly osis: string };
  readonly match: ComparedText;
}

export interface CheckReport {
  /** References found (valid ones). */
  readonly references: number;
  /** Quotations paired with a reference and compared. */
  readonly quotations: number;
  readonly verified: readonly VerifiedQuotation[];
  /** In line order. Empty: the article is clean. */
  readonly problems: readonly CheckProblem[];
}

export interface CheckOptions {
  readonly language: ReferenceLanguage;
  readonly versification: VersificationName;
  /** Maps a body line (0-based) to the line reported (1-based); by default body line + 1. */
  readonly fileLine?: (bodyLine: number) => number;
  /** Problems found before (front matter), merged into the report. */
  readonly sourceProblems?: ReadonlyArray<{ line: number; message: string }>;
}

type Services = Pick<ScriptureServices, 'passages' | 'search' | 'translations'>;

/** Checks an article's Markdown body against the installed Bibles. */
export async function checkArticleScripture(scripture: Services, body: string, options: CheckOptions): Promise<CheckReport> {
  const fileLine = options.fileLine ?? ((k: number) => k + 1);
  const problems: CheckProblem[] = (options.sourceProblems ?? []).map((p) => ({ kind: 'source' as const, line: p.line, message: p.message }));
  const verified: VerifiedQuotation[] = [];

  // One text for the whole article, blocks separated by a blank line, so that a reference in one line
  // ("Romans 8:34 powerfully states:") pairs with the quotation on the next.
  const blocks = articleTextBlocks(body);
  let text = '';
  const starts: Array<{ offset: number; line: number }> = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    starts.push({ offset: text.length, line: block.line });
    text += block.text;
  }
  const lineAt = (offset: number): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k].offset > offset) k--;
    const start = starts[k] ?? { offset: 0, line: 0 };
    let extra = 0;
    for (let i = start.offset; i < offset; i++) if (text.charCodeAt(i) === 10) extra++;
    return fileLine(start.line + extra);
  };

  const extraction = extractReferences(text, { language: options.language, versification: options.versification });
  for (const bad of extraction.invalid) problems.push({ kind: 'invalid-reference', line: lineAt(bad.start), text: bad.text, reason: bad.reason });
  for (const line of rawHtmlLines(body)) problems.push({ kind: 'raw-html', line: fileLine(line) });

  const pairs = citedQuotations(text, extraction.references);
  const translations = await scripture.translations.list(ANONYMOUS_READER);
  if (pairs.length && translations.length === 0) problems.push({ kind: 'no-translations' });
  else {
    for (const { quote, reference } of pairs) {
      const compared = await compareWithInstalled(scripture, translations, quote.text, reference.osis);
      const best = compared.sort((a, b) => b.similarity - a.similarity)[0] ?? null;
      const ref = { text: reference.text, osis: reference.osis };
      if (best && best.similarity >= QUOTE_MATCH) {
        verified.push({ line: lineAt(quote.start), quote: quote.text, reference: ref, match: best });
        continue;
      }
      // Searching a Spanish Bible for English words finds nothing: search the article's language's Bibles.
      const sameLanguage = translations.filter((t) => t.language === options.language);
      const elsewhere = await findElsewhere(scripture, sameLanguage.length ? sameLanguage : translations, quote.text, reference.osis);
      const foundElsewhere = elsewhere && elsewhere.similarity >= ELSEWHERE_MATCH && elsewhere.similarity >= (best?.similarity ?? 0) + ELSEWHERE_MARGIN ? elsewhere : null;
      problems.push({ kind: 'quotation-mismatch', line: lineAt(quote.start), quote: quote.text, reference: ref, closest: best, foundElsewhere });
    }
  }
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return { references: extraction.references.length, quotations: pairs.length, verified, problems };
}

function lineOf(p: CheckProblem): number {
  return 'line' in p ? p.line : 0;
}

/** The cited passage in every installed translation that has it, with the quote's similarity to each. */
async function compareWithInstalled(scripture: Services, translations: readonly TranslationInfo[], quote: string, osis: string): Promise<ComparedText[]> {
  const out: ComparedText[] = [];
  for (const t of translations) {
    try {
      const result = await scripture.passages.lookup(ANONYMOUS_READER, { reference: osis, translation: t.code });
      const passageText = result.passages.map((p) => p.text).join(' ').trim();
      if (!passageText) continue;
      out.push({ translation: t.code, osis: result.osis, reference: result.reference, text: passageText, similarity: quoteSimilarity(quote, passageText) });
    } catch (err) {
      // A translation without this passage (a versification gap, a book it lacks) is simply not compared.
      if (err instanceof AppError) continue;
      throw err;
    }
  }
  return out;
}

/**
 * Searches each installed translation for the quote's most distinctive words (any of them), then scores
 * the best hits, alone and with the verses either side (quotes often run across a verse boundary).
 */
async function findElsewhere(scripture: Services, translations: readonly TranslationInfo[], quote: string, citedOsis: string): Promise<ComparedText | null> {
  const words = distinctiveWords(quote);
  if (words.length === 0) return null;
  const cited = osisVerseSet(citedOsis);
  let best: ComparedText | null = null;
  for (const t of translations) {
    let hits;
    try {
      hits = (await scripture.search.search(ANONYMOUS_READER, { query: words.join(' OR '), translation: t.code, limit: 10 })).hits;
    } catch (err) {
      if (err instanceof AppError) continue;
      throw err;
    }
    const scored = hits.map((h) => ({ h, similarity: quoteSimilarity(quote, h.text) })).sort((a, b) => b.similarity - a.similarity);
    for (const { h, similarity } of scored.slice(0, 3)) {
      let candidate: ComparedText = { translation: t.code, osis: h.osis, reference: h.reference, text: h.text, similarity };
      if (similarity < 1) {
        const window = await lookupQuiet(scripture, t.code, `${h.book}.${h.chapter}.${Math.max(1, h.verse - 1)}-${h.book}.${h.chapter}.${h.verse + 1}`);
        if (window) {
          const s = quoteSimilarity(quote, window.text);
          // The window only wins when it explains clearly more of the quote than the verse alone.
          if (s >= similarity + 0.1) candidate = { ...window, translation: t.code, similarity: s };
        }
      }
      if (overlaps(cited, candidate.osis)) continue;
      if (!best || candidate.similarity > best.similarity) best = candidate;
    }
  }
  return best;
}

async function lookupQuiet(scripture: Services, translation: string, reference: string): Promise<Omit<ComparedText, 'similarity' | 'translation'> | null> {
  try {
    const r = await scripture.passages.lookup(ANONYMOUS_READER, { reference, translation });
    const text = r.passages.map((p) => p.text).join(' ').trim();
    return text ? { osis: r.osis, reference: r.reference, text } : null;
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

function overlaps(cited: Set<string>, osis: string): boolean {
  for (const verse of osisVerseSet(osis)) if (cited.has(verse)) return true;
  return false;
}

/** Without a better source found: a close text suggests another translation, a distant one the wrong passage. */
export function likelyCause(p: Extract<CheckProblem, { kind: 'quotation-mismatch' }>): 'other-translation' | 'other-passage' {
  return (p.closest?.similarity ?? 0) >= 0.5 ? 'other-translation' : 'other-passage';
}

/** The report as text, the same for `intercede article check` and anyone reading logs. */
export function formatCheckReport(report: CheckReport, name: string): string {
  const out: string[] = [];
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  for (const p of report.problems) {
    switch (p.kind) {
      case 'source':
        out.push(`${name}:${p.line}: ${p.message}`);
        break;
      case 'invalid-reference':
        out.push(`${name}:${p.line}: invalid reference "${p.text}": ${p.reason}`);
        break;
      case 'raw-html':
        out.push(`${name}:${p.line}: raw HTML is shown as text, not used; write Markdown instead`);
        break;
      case 'no-translations':
        out.push(`${name}: quotations not checked: no Bible translation is installed (intercede bible install)`);
        break;
      case 'quotation-mismatch':
        out.push(`${name}:${p.line}: quotation does not match ${p.reference.text} in any installed translation`);
        out.push(`    quoted:  “${p.quote}”`);
        if (p.closest) out.push(`    closest: ${p.closest.reference} (${p.closest.translation}), ${pct(p.closest.similarity)} similar: “${p.closest.text}”`);
        else out.push(`    closest: no installed translation has ${p.reference.text}`);
        if (p.foundElsewhere) out.push(`    found:   ${p.foundElsewhere.reference} (${p.foundElsewhere.translation}), ${pct(p.foundElsewhere.similarity)} similar: “${p.foundElsewhere.text}”`);
        else out.push(`    note:    ${likelyCause(p) === 'other-translation' ? 'probably quoted from a translation that is not installed, or paraphrased' : 'these words may not come from this passage'}`);
        break;
    }
  }
  const summary = `${report.references} ${report.references === 1 ? 'reference' : 'references'}, ${report.quotations} ${report.quotations === 1 ? 'quotation' : 'quotations'} checked (${report.verified.length} matching an installed translation): ${report.problems.length === 0 ? 'no problems' : `${report.problems.length} ${report.problems.length === 1 ? 'problem' : 'problems'}`}.`;
  out.push(`${name}: ${summary}`);
  return out.join('\n') + '\n';
}
