// The crisis matcher. It knows nothing about words: phrases, idioms and negation rules come from
// crisis.lexicon.ts. It folds the text once, runs every compiled phrase, drops idiom overlaps and governed
// negations, and reports spans in the original text.

import {
  CRISIS_IDIOMS,
  CRISIS_PHRASES,
  MACROS,
  NEGATION_CUES,
  NEGATION_DOUBT_WORDS,
  NEGATION_SCOPE_WORDS,
  NEGATION_WINDOW,
  type CrisisKind,
  type LexiconLanguage,
} from './crisis.lexicon.js';
import { foldForMatching, originalSpan, type FoldedText } from './text-fold.js';

/** Language hint for crisis detection. */
export type CrisisLanguage = 'en' | 'es' | 'auto';

/** One piece of crisis language found, as UTF-16 offsets into the original text. */
export interface CrisisMatch {
  readonly start: number;
  readonly end: number;
  readonly kind: CrisisKind;
  /** Lexicon rule that fired, for reviewers; not meant for display to the requester. */
  readonly rule: string;
}

/** The outcome of a crisis check: `crisis` is null when nothing was found. */
export interface CrisisAssessment {
  readonly crisis: null | {
    /** Kinds found, most urgent first (danger, self_harm, abuse), so `kinds[0]` is the primary kind. */
    readonly kinds: CrisisKind[];
    readonly matches: CrisisMatch[];
  };
}

/** Most urgent first: immediate danger needs 911/112 before anything else. */
export const CRISIS_KIND_ORDER: readonly CrisisKind[] = ['danger', 'self_harm', 'abuse'];

interface Compiled {
  readonly id: string;
  readonly kind?: CrisisKind;
  readonly lang: LexiconLanguage;
  readonly re: RegExp;
  readonly negatable: boolean;
}

// A letter or digit of folded text. Folding leaves only a-z among Latin letters plus other scripts, so an
// explicit class does the work of \p{L}\p{N} — and compiles several times faster, which matters with
// over a hundred expressions built on the first request.
const WORD_CHAR = String.raw`a-z0-9\u00c0-\u024f\u0370-\u1fff\u2c00-\ud7ff\uf900-\uffef`;
const WORD_EDGE_BEFORE = `(?<![${WORD_CHAR}])`;
const WORD_EDGE_AFTER = `(?![${WORD_CHAR}])`;

/**
 * Compiles the lexicon's phrase syntax into a regular expression source. Exported for the lexicon test.
 * With `edgeBefore: false` the leading word edge is left to the caller (the matcher checks it itself).
 */
export function compilePhrase(pattern: string, macros: Readonly<Record<string, string>> = MACROS, edgeBefore = true): string {
  let src = pattern;
  // Macros may refer to macros; a fixed bound stops a cycle from hanging start-up.
  for (let depth = 0; depth < 8 && src.includes('@'); depth++) {
    src = src.replace(/@([a-z_]+)/g, (whole, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new Error(`crisis lexicon: unknown macro ${whole} in ${pattern}`);
      return body;
    });
  }
  if (/@[a-z_]/.test(src)) throw new Error(`crisis lexicon: macros nest too deeply in ${pattern}`);
  src = src
    .replace(/ ~(\d+) /g, (_w, n: string) => String.raw`\s+(?:[^\s.!?;]+\s+){0,${n}}`)
    .replace(/ \?/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`)
    .replace(/'/g, "'?")
    .replace(/\\p\{L\}/g, `[${WORD_CHAR}]`);
  return `${edgeBefore ? WORD_EDGE_BEFORE : ''}(?:${src})${WORD_EDGE_AFTER}`;
}

let compiledPhrases: Compiled[] | undefined;
let compiledIdioms: Compiled[] | undefined;

// Compiled lazily and once: about a hundred expressions, built on the first request rather than at import.
function phrases(): Compiled[] {
  compiledPhrases ??= CRISIS_PHRASES.map((p) => ({
    id: p.id,
    kind: p.kind,
    lang: p.lang,
    re: new RegExp(compilePhrase(p.pattern, MACROS, false), 'gu'),
    negatable: p.negatable === true,
  }));
  return compiledPhrases;
}

function idioms(): Compiled[] {
  compiledIdioms ??= CRISIS_IDIOMS.map((p) => ({
    id: p.id,
    lang: p.lang,
    re: new RegExp(compilePhrase(p.pattern, MACROS, false), 'gu'),
    negatable: false,
  }));
  return compiledIdioms;
}

/** Compiles the lexicon now rather than on the first request (call at start-up; later calls are free). */
export function prepareCrisisLexicon(): void {
  phrases();
  idioms();
}

const bare = (w: string): string => w.replace(/'/g, '');
const CUES = new Set(NEGATION_CUES.map(bare));
const SCOPE = new Set(NEGATION_SCOPE_WORDS.map(bare));
const DOUBT = new Set(NEGATION_DOUBT_WORDS.map(bare));
const DOUBT_LOOKBACK = 3;

function isCue(word: string): boolean {
  const w = bare(word);
  return CUES.has(w) || word.endsWith("n't");
}

const TRAILING_WORD = /([\p{L}\p{N}']+)(\s*)$/u;

/**
 * True when a negation cue governs the phrase starting at `start`: walking back from it, only
 * whitespace-separated function words (at most NEGATION_WINDOW) stand between the cue and the phrase.
 */
function isNegated(folded: string, start: number): boolean {
  let prefix = folded.slice(Math.max(0, start - 120), start);
  // The phrase must follow its predecessor after whitespace only; punctuation ends the clause.
  if (prefix.length > 0 && !/(^|\s)$/u.test(prefix)) return false;
  for (let seen = 0; seen <= NEGATION_WINDOW; seen++) {
    const m = TRAILING_WORD.exec(prefix);
    if (m === null) return false;
    const word = m[1];
    if (isCue(word)) return !doubtBefore(prefix.slice(0, m.index));
    if (!SCOPE.has(bare(word))) return false;
    prefix = prefix.slice(0, m.index);
    if (prefix.length > 0 && !/\s$/u.test(prefix)) return false;
  }
  return false;
}

// "not sure I won't…": a doubt word among the last few words before the cue.
function doubtBefore(prefix: string): boolean {
  const words = prefix.match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.slice(-DOUBT_LOOKBACK).some((w) => DOUBT.has(bare(w)));
}

interface RawMatch {
  start: number;
  end: number;
  kind: CrisisKind;
  rule: string;
}

const WORD_CHAR_AT = new RegExp(`[${WORD_CHAR}]`);

function runAll(list: Compiled[], f: FoldedText, each: (c: Compiled, start: number, end: number) => void): void {
  const text = f.folded;
  for (const c of list) {
    const re = c.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // The word edge before a phrase is checked here, not by a lookbehind in the expression: without
      // one, V8 can skip ahead to the phrase's first letters, which made detection several times faster.
      if (m.index > 0 && WORD_CHAR_AT.test(text[m.index - 1])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      each(c, m.index, m.index + m[0].length);
    }
  }
}

/**
 * Looks for self-harm, abuse and immediate-danger language in English and Spanish.
 *
 * Every lexicon runs whatever `language` says: forms default to the page's language, not the text's,
 * and people mix languages; a Spanish cry for help on an English page must still be heard. The hint is
 * kept so that callers state what they know, and for future languages where cross-matching would misfire.
 */
export function assessCrisis(text: string, language: CrisisLanguage = 'auto'): CrisisAssessment {
  void language;
  if (text.length === 0) return { crisis: null };
  const f = foldForMatching(text);

  const found: RawMatch[] = [];
  runAll(phrases(), f, (c, s, e) => {
    if (c.negatable && isNegated(f.folded, s)) return;
    found.push({ start: s, end: e, kind: c.kind as CrisisKind, rule: c.id });
  });
  // Idioms only ever take matches away, so they are looked for only when there is something to take:
  // most requests match no phrase at all.
  if (found.length === 0) return { crisis: null };
  const idiomSpans: Array<[number, number]> = [];
  runAll(idioms(), f, (_c, s, e) => idiomSpans.push([s, e]));
  const raw = found.filter((m) => !idiomSpans.some(([is, ie]) => m.start < ie && is < m.end));
  if (raw.length === 0) return { crisis: null };

  const matches = mergeOverlaps(raw).map((m) => ({ ...m, ...originalSpan(f, m.start, m.end) }));
  const present = new Set(matches.map((m) => m.kind));
  return { crisis: { kinds: CRISIS_KIND_ORDER.filter((k) => present.has(k)), matches } };
}

// Several rules often fire on one phrase ("kill myself" and "want to kill myself"); a reviewer wants one
// highlight per phrase and kind, so overlapping matches of a kind become their union.
function mergeOverlaps(raw: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (const kind of CRISIS_KIND_ORDER) {
    const ofKind = raw.filter((m) => m.kind === kind).sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: RawMatch | undefined;
    for (const m of ofKind) {
      if (cur !== undefined && m.start < cur.end) {
        if (m.end > cur.end) cur.end = m.end;
        continue;
      }
      cur = { ...m };
      out.push(cur);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
