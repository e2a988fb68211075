// Compiles the language tables once, at module load, into reversed tries (for exact names, ordinals,
// connecting words and prefixes) and a list of spellings for fuzzy matching.
import type { LanguageTable } from './language-table.js';
import { EN } from './names.en.js';
import { ES } from './names.es.js';
import { consonantMask, foldPhrase } from './normalize.js';
import { PhraseTrie } from './phrase-trie.js';

/** Which languages' names to recognise. */
export type LanguageMode = 'en' | 'es' | 'auto';

/** How careful the scanner must be with a name: 0 plain, 1 everyday word or person, 2 short function word. */
export type NameCaution = 0 | 1 | 2;

/** What a written name stands for. */
export interface NameTarget {
  /** Book meant when no ordinal is written, or null when the name needs one ("2 Kgs" but not "Kgs"). */
  readonly bare: string | null;
  /** Book meant after ordinal n (index 1…4), if any. */
  readonly numbered: readonly (string | undefined)[];
  readonly caution: NameCaution;
  /** Letters in the name (without spaces). */
  readonly letters: number;
  /** Languages the name belongs to (bit 1 English, bit 2 Spanish). */
  readonly langs: number;
}

/** A spelling fuzzy matching may compare a word against. */
export interface Spelling {
  /** Folded letters only, no spaces. */
  readonly letters: string;
  /** Number of words in the written name. */
  readonly words: number;
  readonly target: NameTarget;
  /** True for a book's main name (the first in its row), which abbreviations are cut from. */
  readonly main: boolean;
  /** False for names marked `=`: matched only as written. */
  readonly fuzzy: boolean;
  /** The folded words of a multi-word name, for word-by-word abbreviation. */
  readonly parts: readonly string[] | null;
  /** consonantMask of the letters. */
  readonly consonants: number;
}

/** Everything compiled for one language mode. */
export interface NameIndex {
  readonly names: PhraseTrie<NameTarget>;
  readonly ordinals: PhraseTrie<number>;
  readonly connectors: PhraseTrie<true>;
  readonly prefixes: PhraseTrie<true>;
  readonly spellings: readonly Spelling[];
  /**
   * Spellings by the letter a misspelling of them would start with (index 0 = "a"): their own first
   * letter, and for a silent first letter ("psalm") the second too.
   */
  readonly byInitial: readonly (readonly Spelling[])[];
  /** Display name of each book in this mode's first language. */
  readonly display: ReadonlyMap<string, string>;
}

function parseName(raw: string): { name: string; caution: NameCaution; exact: boolean } {
  const exact = raw.startsWith('=');
  const r = exact ? raw.slice(1) : raw;
  if (r.startsWith('~')) return { name: r.slice(1), caution: 1, exact };
  if (r.startsWith('!')) return { name: r.slice(1), caution: 2, exact };
  return { name: r, caution: 0, exact };
}

/** Spellings a name also goes by: "and" written "&", "three" written "3". */
function variants(folded: string): string[] {
  const out = [folded];
  if (folded.includes(' and ')) out.push(folded.replace(/ and /g, ' & '));
  for (const v of [...out]) if (v.includes('three')) out.push(v.replace(/three/g, '3'));
  return out;
}

function mergeTargets(a: NameTarget, b: NameTarget): NameTarget {
  const numbered: (string | undefined)[] = [];
  for (let n = 0; n < 5; n++) numbered[n] = a.numbered[n] ?? b.numbered[n];
  return {
    bare: a.bare ?? b.bare,
    numbered,
    caution: Math.max(a.caution, b.caution) as NameCaution,
    letters: a.letters,
    langs: a.langs | b.langs,
  };
}

function build(tables: readonly LanguageTable[]): NameIndex {
  const names = new PhraseTrie<NameTarget>();
  const ordinals = new PhraseTrie<number>();
  const connectors = new PhraseTrie<true>();
  const prefixes = new PhraseTrie<true>();
  const spellings: Spelling[] = [];
  const display = new Map<string, string>();
  const keep = <V>(old: V) => old;

  for (const table of tables) {
    const langs = table.lang === 'en' ? 1 : 2;
    const addName = (raw: string, bare: string | null, numbered: (string | undefined)[], main: boolean) => {
      const { name, caution, exact } = parseName(raw);
      const folded = foldPhrase(name);
      const letters = folded.replace(/ /g, '');
      const target: NameTarget = { bare, numbered, caution, letters: letters.length, langs };
      for (const v of variants(folded)) names.add(v, target, mergeTargets);
      const parts = folded.split(' ');
      spellings.push({
        letters,
        words: parts.length,
        target,
        main,
        fuzzy: !exact,
        parts: parts.length > 1 ? parts : null,
        consonants: consonantMask(letters),
      });
    };
    for (const [osis, list] of table.books) {
      const all = list.split('|');
      if (!display.has(osis)) display.set(osis, parseName(all[0]).name);
      all.forEach((raw, i) => addName(raw, osis, [], i === 0));
      // The OSIS id itself is accepted wherever English is (`1John.2.1`, `Phlm`).
      if (table.lang === 'en') {
        const numbered = /^\d/.test(osis);
        addName(osis.replace(/^\d/, ''), numbered ? null : osis, numbered ? numberedFor(osis) : [], false);
      }
    }
    for (const s of table.series) {
      const numbered: (string | undefined)[] = [undefined, ...s.books];
      s.names.split('|').forEach((raw, i) => {
        // A series name stands for its default book alone only when it is at least three letters long.
        const long = foldPhrase(parseName(raw).name).replace(/ /g, '').length >= 3;
        addName(raw, s.bare && long ? s.bare : null, numbered, i === 0);
      });
    }
    table.ordinals.forEach((forms, n) => {
      if (n > 0) for (const f of forms.split('|')) ordinals.add(foldPhrase(f), n, keep);
    });
    for (const c of table.connectors.split('|')) connectors.add(foldPhrase(c), true, keep);
    for (const p of table.prefixes.split('|')) prefixes.add(foldPhrase(p), true, keep);
  }
  const byInitial: Spelling[][] = Array.from({ length: 26 }, () => []);
  for (const sp of spellings) {
    if (!sp.fuzzy) continue;
    const first = sp.letters.charCodeAt(0) - 97;
    if (first >= 0 && first < 26) byInitial[first].push(sp);
    const second = sp.letters.charCodeAt(1) - 97;
    if (sp.letters.startsWith('ps') && second >= 0 && second < 26) byInitial[second].push(sp);
  }
  return { names, ordinals, connectors, prefixes, spellings, byInitial, display };
}

/** The numbered-series slot an OSIS id like `2Kgs` fills, so `2Kgs` parses as ordinal + name. */
function numberedFor(osis: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  out[Number(osis[0])] = osis;
  return out;
}

const TABLES: Record<LanguageMode, readonly LanguageTable[]> = { en: [EN], es: [ES], auto: [EN, ES] };
const indexes = new Map<LanguageMode, NameIndex>();

/** The compiled name index for a language mode, built on first use (most processes need only one). */
export function nameIndex(mode: LanguageMode): NameIndex {
  let index = indexes.get(mode);
  if (!index) {
    index = build(TABLES[mode]);
    indexes.set(mode, index);
  }
  return index;
}
