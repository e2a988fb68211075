// The shape of a language's book-name table. Tables are plain data; name-index.ts compiles them.
//
// A name is written as people write it (case, accents and dots don't matter). A leading marker says the
// name is also an everyday word, so prose must look like a reference before it counts:
//   `~`  a person's name or a common word (Job, Mark, Acts): a bare chapter (`Mark 12`) needs a capital
//        letter and no count-like word after it ("Mark 12 people"); chapter:verse always counts.
//   `!`  a short function word (Is, Am, He, Mi): always needs a capital letter, plus the same checks.
// A leading `=` (before any other marker) keeps a name out of fuzzy matching: it counts only as written
// (rare or ambiguous names such as "Kingdoms", whose misspellings would shadow commoner books).

/** Names of one book in one language; the first name is the one used in messages. */
export type BookNameRow = readonly [osis: string, names: string];

/** Names shared by a numbered series (1–2 Samuel, 1–3 John): an ordinal picks the book. */
export interface SeriesRow {
  /** Books in ordinal order: `books[0]` is "1 …". */
  readonly books: readonly string[];
  /** Book meant when no ordinal is written (`Corinthians 13` → 1 Corinthians), if any. */
  readonly bare?: string;
  readonly names: string;
}

/** Everything the reference finder needs to know about one language. */
export interface LanguageTable {
  readonly lang: 'en' | 'es';
  readonly books: readonly BookNameRow[];
  readonly series: readonly SeriesRow[];
  /** `ordinals[n]` lists the ways to write "n" before a book (n = 1…4). */
  readonly ordinals: readonly string[];
  /** Words that may sit between an ordinal and the name ("1st letter to the Corinthians"). */
  readonly connectors: string;
  /** Optional words before a name that belong to the reference ("the Gospel according to"). */
  readonly prefixes: string;
}
