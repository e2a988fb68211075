// Scrubs personal details from text that people other than pastors will read (the prayer wall, the
// intercessor's screen): email addresses, phone numbers and street addresses are replaced with a readable
// token, surnames are cut to initials. A person asking for prayer for "my son Daniel García, 612 345 678"
// should be prayed for, not found.
//
// The result never carries what was removed — only kinds and counts — so it can be logged or stored next
// to the public text without leaking the private one.

import {
  AMBIGUOUS_FIRST_NAMES,
  BIBLE_BOOKS,
  COMPOUND_GIVEN_NAMES,
  FIRST_NAMES_EN,
  FIRST_NAMES_ES,
  NAME_PARTICLES,
  NOT_SURNAMES,
  PLACE_NAMES,
  PLACE_PREFIXES,
  STREET_TYPES_EN,
  STREET_TYPES_EN_CAPITALISED,
  STREET_TYPES_ES,
  SURNAME_TITLES,
} from './pii.lexicon.js';

/** Kinds of personal detail removed from public text. */
export type PiiKind = 'email' | 'phone' | 'address' | 'surname';

/** How many details of one kind were removed. Never the details themselves. */
export interface PiiRemoval {
  readonly kind: PiiKind;
  readonly count: number;
}

/** Scrubbed text and what kinds of detail were taken out. */
export interface ScrubResult {
  readonly text: string;
  readonly removed: PiiRemoval[];
}

/** Replacement tokens per language: readable, and shaped so that a second scrub leaves them alone. */
export const PII_TOKENS: Readonly<Record<'en' | 'es', Readonly<Record<'email' | 'phone' | 'address', string>>>> = {
  en: { email: '[email removed]', phone: '[phone removed]', address: '[address removed]' },
  es: { email: '[correo eliminado]', phone: '[teléfono eliminado]', address: '[dirección eliminada]' },
};

const KIND_ORDER: readonly PiiKind[] = ['email', 'phone', 'address', 'surname'];

const PLAIN_ASCII = /^[\x00-\x7f]*$/;
// Most words are plain ASCII, and for them folding is lower-casing; the full path runs on the rest.
const fold = (w: string): string =>
  PLAIN_ASCII.test(w)
    ? w.toLowerCase()
    : w
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’‘]/g, "'")
        .toLowerCase();
const foldedSet = (...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> => new Set(lists.flat().map(fold));

const FIRST_NAMES = foldedSet(FIRST_NAMES_EN, FIRST_NAMES_ES);
const COMPOUND = foldedSet(COMPOUND_GIVEN_NAMES);
const PARTICLES = foldedSet(NAME_PARTICLES);
const NOT_SURNAME = foldedSet(NOT_SURNAMES, PLACE_NAMES);
const BOOKS = foldedSet(BIBLE_BOOKS);
const TITLES = foldedSet(SURNAME_TITLES);
const PLACE_BEFORE = foldedSet(PLACE_PREFIXES);
const CONJUNCTIONS = new Set(['y', 'i', 'e']);
const AMBIGUOUS = foldedSet(AMBIGUOUS_FIRST_NAMES);

/** True when the token at `start` opens the text or a sentence (or a heading line). */
function sentenceInitial(text: string, start: number): boolean {
  return /(?:^|[.!?:;\n"“«¡¿—–]|\s-)\s*$/u.test(text.slice(Math.max(0, start - 40), start));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// ── Email ──────────────────────────────────────────────────────────────────────────────────────────────
// Deliberately wider than RFC 5322: anything shaped like someone@somewhere.tld goes, including Unicode
// and odd punctuation. What a mail server would reject still identifies a person.
// A doubled at-sign ("maria@@gmail.com") is a slip of the thumb, and the address is still hers.
const EMAIL_RUN = /[^\s@<>()[\],;:"]+@+[^\s@<>()[\],;:"]+/gu;
const EMAIL_TRAILING = /[.,;:!?)\]'"’”»>}`-]+$/u;
// Quotes around an address stay around the token: 'ana@x.es' → '[email removed]'.
const CLOSING_QUOTE: Readonly<Record<string, string>> = { "'": "'", '`': '`', '‘': '’', '“': '”', '«': '»' };
// Spelled-out addresses meant to dodge filters: "juan at gmail dot com", "ana arroba hotmail punto es".
const AT = String.raw`(?:\s*[([{]\s*(?:at|arroba)\s*[)\]}]\s*|\s+(?:at|arroba)\s+)`;
const DOT = String.raw`(?:\s*[([{]\s*(?:dot|punto)\s*[)\]}]\s*|\s+(?:dot|punto)\s+|\.)`;
const TLD = '(?:com|net|org|edu|gov|es|mx|co|us|uk|info|io|me|ar|cl|pe|ve|ec|biz|online)';
const EMAIL_SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*?${DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);

const HAS_DIGIT = /\d/;
// What an address needs before any expression is worth running: an @, or "at"/"arroba" standing alone
// (between spaces or brackets), as both shapes of EMAIL_SPELLED require. Most requests have neither.
const SPELLED_AT = /[\s([{](?:at|arroba)[\s)\]}]/i;
const mayHoldEmail = (text: string): boolean => text.includes('@') || SPELLED_AT.test(text);

function scrubEmails(text: string, token: string, count: () => void): string {
  let out = '';
  let copied = 0;
  EMAIL_RUN.lastIndex = 0;
  for (let m = EMAIL_RUN.exec(text); m !== null; m = EMAIL_RUN.exec(text)) {
    const run = m[0];
    const trail = EMAIL_TRAILING.exec(run)?.[0] ?? '';
    const closer = CLOSING_QUOTE[run[0]];
    const lead = closer !== undefined && trail.includes(closer) ? run[0] : '';
    const core = run.slice(lead.length, run.length - trail.length);
    const at = core.indexOf('@');
    // A domain needs a dot with something after it; "@john" (a mention) and "a@b" are left alone. The
    // search goes on just after this @, not after the run: in "a@b@c.com" the address is "b@c.com".
    if (at <= 0 || !/\.[^.\s]/u.test(core.slice(at + 1))) {
      EMAIL_RUN.lastIndex = m.index + run.indexOf('@') + 1;
      continue;
    }
    count();
    out += text.slice(copied, m.index) + lead + token + trail;
    copied = m.index + run.length;
  }
  out += text.slice(copied);
  out = out.replace(EMAIL_SPELLED, () => {
    count();
    return token;
  });
  return out;
}

// ── Phone ──────────────────────────────────────────────────────────────────────────────────────────────
// Digits joined by at most one separator each (space, dot, dash) and bracketed area codes, optionally led
// by +. Colons and slashes are not separators, so times, Bible references and dates stay out; a double
// separator ends the run, so "Psalm 23. 612345678" yields the phone alone.
const SEP = '[ .\\-\\u00a0]';
const PHONE_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:\+[ \u00a0]?)?(?:\(\+?\d{1,4}\)${SEP}?)?\d(?:${SEP}?\d|${SEP}?\(\d{1,4}\)${SEP}?\d)*(?![\p{L}\p{N}])`,
  'gu',
);
const MONEY_AFTER = /^\s*(?:€|\$|£|euros?|pesos?|d[oó]lares|dollars?|usd|eur|mxn|millones|mil\b|%|por ciento|percent)/iu;
const MONEY_BEFORE = /(?:[$€£]|usd|eur|mxn)\s*$/iu;

function isPhone(run: string, before: string, after: string): boolean {
  const digits = run.replace(/\D/g, '');
  const international = /^(?:\+|\(\+|00)/.test(run);
  const groups = run.split(/[\s().-]+/).filter((g) => g.length > 0);
  // Counting ("1 2 3 4 5 6 7 8 9") is not a number to call.
  if (groups.filter((g) => g.length === 1).length > 1) return false;
  const money = MONEY_AFTER.test(after) || MONEY_BEFORE.test(before);
  // US local numbers: 555-1234.
  if (/^\d{3}[.-]\d{4}$/.test(run)) return !money;
  if (digits.length < (international ? 8 : 9) || digits.length > 15) return false;
  // A run of years ("1999 2005 2012") is a list, not a number.
  if (groups.length > 1 && groups.every((g) => /^(19|20)\d\d$/.test(g))) return false;
  // Thousands ("100.000.000 pesos", "$1 000 000") are money.
  if (/^\d{1,3}(?:[. \u00a0]\d{3})+$/.test(run) && money) return false;
  return true;
}

function scrubPhones(text: string, token: string, count: () => void): string {
  return text.replace(PHONE_RUN, (run: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 12), offset);
    // "#123456789" is an order or case number.
    if (before.endsWith('#')) return run;
    const after = text.slice(offset + run.length, offset + run.length + 20);
    if (!isPhone(run, before, after)) return run;
    count();
    return token;
  });
}

// ── Address ────────────────────────────────────────────────────────────────────────────────────────────
const alternation = (list: readonly string[]): string =>
  [...list]
    .sort((x, y) => y.length - x.length)
    .map((w) => escapeRe(w).replace(/\\\.$/, String.raw`\.?`))
    .join('|');
// Unambiguous types in capitalised, lower and upper case; everyday words ("close", "row") only capitalised.
const STREET_EN = alternation([
  ...STREET_TYPES_EN.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]),
  ...STREET_TYPES_EN_CAPITALISED,
]);
const STREET_ES = alternation(STREET_TYPES_ES.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]));
const ANY_WORD = String.raw`[\p{L}\p{N}'’.-]+`;
const UNIT_EN = String.raw`(?:,?\s*(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|#)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}(?![\p{L}\p{N}]))`;
const CITY_ZIP_EN = String.raw`(?:,\s*\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2},?\s*(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?(?![\p{N}]))`;
// The dot after "St." goes with the address only when more of it follows; otherwise it ends the sentence.
const ADDRESS_EN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+((?:${ANY_WORD}\s+){1,5}?)(?:${STREET_EN})(?![\p{L}\p{N}])(?:\.?(?:${UNIT_EN}${CITY_ZIP_EN}?|${CITY_ZIP_EN}))?`,
  'gu',
);
const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?\s?O\.?\s*Box|Post Office Box|Apartado(?: de correos| postal)?)\s*#?\s*\d{1,7}(?![\p{N}])/giu;
// Spanish: type, name (capitalised words, particles between), number, then floor, door and postcode.
const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th|º|ª)?)`;
const PARTICLE_ES = String.raw`(?:(?:de|del|de la|de las|de los|la|las|los|el|y|e)\s+)`;
const NUMBER_ES = String.raw`,?\s*(?:n[º°o]\.?\s*|núm\.?\s*|número\s*|#\s*)?\d{1,5}[A-Za-z]?(?![\p{L}])(?:\s*-\s*\d{1,5})?`;
const FLOOR_ES = String.raw`(?:,?\s*(?:\d{1,2}\s*[º°ª]\s*(?:[A-Za-z](?![\p{L}]))?|piso\s*\d{1,2}|planta\s*\d{1,2}|bajo|entlo\.?|puerta\s*\w{1,3}|pta\.?\s*\w{1,3}|esc(?:alera)?\.?\s*\w{1,3}|izq(?:uierda)?\.?|dcha\.?|derecha|dpto\.?\s*\w{1,5}|depto\.?\s*\w{1,5}|int(?:erior)?\.?\s*\w{1,4}))*`;
const CP_ES = String.raw`(?:,?\s*(?:C\.?P\.?\s*)?\d{5}(?![\p{N}]))?`;
const ADDRESS_ES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${STREET_ES})(?:\s+|(?<=/))${PARTICLE_ES}*${CAP_WORD}(?:\s+${PARTICLE_ES}*${CAP_WORD}){0,4}${NUMBER_ES}${FLOOR_ES}${CP_ES}`,
  'gu',
);
// Words that show "12 days on the road" is a phrase, not an address, when the street name is lower case.
const NOT_STREET_NAME = new Set(
  'the a an on of in to down up my our your his her their this that and or for at by long same whole rough hard narrow open rocky dirt days weeks months years miles blocks kids times hours minutes people children very more'.split(' '),
);

function isEnglishStreetName(nameWords: string): boolean {
  const ws = nameWords.trim().split(/\s+/);
  if (ws.some((w) => NOT_STREET_NAME.has(fold(w)))) return false;
  // "123 main street" (all lower case) is an address too, but only with a short name.
  return ws.every((w) => /^(?:\p{Lu}|\d)/u.test(w)) || ws.length <= 2;
}

function scrubAddresses(text: string, token: string, count: () => void): string {
  const replace = (): string => {
    count();
    return token;
  };
  return text
    .replace(ADDRESS_EN, (whole: string, nameWords: string) => (isEnglishStreetName(nameWords) ? replace() : whole))
    .replace(ADDRESS_ES, replace)
    .replace(PO_BOX, replace);
}

// ── Surnames ───────────────────────────────────────────────────────────────────────────────────────────
interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** Title-case word with at least one lower-case letter: "Smith", "O'Brien", "McDonald" (not "USA", "S"). */
function isCapitalised(w: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}/u.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 2;
}

function stripPossessive(w: string): { base: string; suffix: string } {
  const m = /['’]s$/u.exec(w);
  return m === null ? { base: w, suffix: '' } : { base: w.slice(0, m.index), suffix: m[0] };
}

function initials(surname: string): string {
  // "García-López" → "G.-L."; the initial keeps its case and accent ("Álvarez" → "Á.").
  return surname
    .split('-')
    .filter((p) => p.length > 0)
    .map((p) => `${String.fromCodePoint(p.codePointAt(0) ?? 0x3f)}.`)
    .join('-');
}

function isSurnameCandidate(t: Tok, next: string): boolean {
  const { base } = stripPossessive(t.text);
  if (!isCapitalised(base)) return false;
  const f = fold(base);
  if (NOT_SURNAME.has(f)) return false;
  // "Mark 5", "Juan 3:16": a book of the Bible followed by a chapter.
  if (BOOKS.has(f) && /^\s+\d/.test(next)) return false;
  return true;
}

/** Only a single space (or no-break space) joins the parts of one name; a comma or line break does not. */
const joined = (text: string, a: Tok, b: Tok): boolean => /^[ \u00a0]$/.test(text.slice(a.end, b.start));

function scrubSurnames(text: string, count: () => void): string {
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) toks.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const edits: Array<{ start: number; end: number; with: string }> = [];

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const f = fold(t.text);
    const titled = TITLES.has(f) && /^\.?[ \u00a0]/.test(text.slice(t.end, t.end + 2));
    if (!titled && !(FIRST_NAMES.has(f) && isCapitalised(t.text))) continue;
    if (!titled && AMBIGUOUS.has(f) && sentenceInitial(text, t.start)) continue;
    // "San José", "Fort Worth", "St. Paul": a place or a saint.
    const prev = toks[i - 1];
    if (!titled && prev !== undefined && PLACE_BEFORE.has(fold(prev.text)) && /^\.?[ \u00a0]$/.test(text.slice(prev.end, t.start))) continue;

    let j = i + 1;
    if (!titled) {
      // Continue a compound given name: "Mary Ann", "María José", "María del Carmen", "María de los Ángeles".
      for (let extra = 0; extra < 2; extra++) {
        let k = j;
        while (k < toks.length && PARTICLES.has(fold(toks[k].text)) && joined(text, toks[k - 1], toks[k]) && toks[k].text === toks[k].text.toLowerCase()) k++;
        const c = toks[k];
        if (c === undefined || !joined(text, toks[k - 1], c) || !COMPOUND.has(fold(c.text)) || !isCapitalised(c.text)) break;
        j = k + 1;
      }
    } else if (j < toks.length && FIRST_NAMES.has(fold(toks[j].text))) {
      // "Mrs. Mary Smith": the first name leads; let the loop reach it.
      continue;
    }

    // Surname words: up to three capitalised words, with particles between them ("de la Fuente").
    const surnames: Tok[] = [];
    let k = j;
    while (surnames.length < 3 && k < toks.length) {
      let p = k;
      let conjunction = false;
      while (p < toks.length && PARTICLES.has(fold(toks[p].text)) && toks[p].text === toks[p].text.toLowerCase() && joined(text, toks[p - 1], toks[p])) {
        if (CONJUNCTIONS.has(fold(toks[p].text))) conjunction = true;
        p++;
      }
      const c = toks[p];
      // After a title the first surname follows its dot: "Dr. Smith".
      const afterTitle = titled && surnames.length === 0 && p === i + 1 && /^\.?[ \u00a0]$/.test(text.slice(t.end, c?.start));
      if (c === undefined || !(afterTitle || joined(text, toks[p - 1], c))) break;
      if (!isSurnameCandidate(c, text.slice(c.end, c.end + 3))) break;
      // "García y López" joins two surnames; "Juan y María" joins two people.
      if (conjunction && (surnames.length === 0 || FIRST_NAMES.has(fold(c.text)))) break;
      surnames.push(c);
      k = p + 1;
    }
    if (surnames.length === 0) continue;
    for (const s of surnames) {
      const { base, suffix } = stripPossessive(s.text);
      // A sentence-final period doubles as the initial's: "John S." rather than "John S..".
      const dotFollows = text[s.end] === '.' && suffix === '';
      let abbreviated = initials(base) + suffix;
      if (dotFollows) abbreviated = abbreviated.slice(0, -1);
      edits.push({ start: s.start, end: s.end, with: abbreviated });
    }
    count();
    i = k - 1;
  }

  if (edits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.with;
    at = e.end;
  }
  return out + text.slice(at);
}

// ── Public entry point ─────────────────────────────────────────────────────────────────────────────────

/** The most passes a scrub makes; one is normally enough, a second confirms nothing is left. */
const MAX_PASSES = 4;

/**
 * Removes emails, phone numbers and street addresses and cuts surnames to initials, in text shown to
 * anyone but pastors. Idempotent: scrubbing the result again changes nothing.
 */
export function scrubPublicText(text: string, language: 'en' | 'es'): ScrubResult {
  const tokens = PII_TOKENS[language] ?? PII_TOKENS.en;
  const counts: Record<PiiKind, number> = { email: 0, phone: 0, address: 0, surname: 0 };
  let current = text;
  // Removing one detail can expose another shape (an email whose trailing text was a phone); passes run
  // until the text stops changing, which is what makes the function idempotent.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let next = mayHoldEmail(current) ? scrubEmails(current, tokens.email, () => counts.email++) : current;
    // Phones and every address shape (house number, Spanish número, P.O. box) need an ASCII digit.
    if (HAS_DIGIT.test(next)) {
      next = scrubPhones(next, tokens.phone, () => counts.phone++);
      next = scrubAddresses(next, tokens.address, () => counts.address++);
    }
    next = scrubSurnames(next, () => counts.surname++);
    if (next === current) break;
    current = next;
  }
  return { text: current, removed: KIND_ORDER.filter((k) => counts[k] > 0).map((k) => ({ kind: k, count: counts[k] })) };
}
