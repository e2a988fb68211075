// The books the engine knows, in canonical order. Ids are the OSIS codes bible-passage-reference-parser
// prints, so its output and ours compare directly; where the WEB's NRSVA versification files a book under
// another id (Greek Esther, the Letter of Jeremiah, the Song of the Three, Psalm 151) the mapping lives in
// versification-aliases.ts, not here.

/** Which part of the Bible a book belongs to: Old Testament, New Testament, or deuterocanon. */
export type Testament = 'ot' | 'nt' | 'dc';

/** One book of the canon. */
export interface BookDef {
  /** OSIS id as printed in references, e.g. `Gen`, `1John`, `Tob`. */
  readonly osis: string;
  readonly testament: Testament;
  /** Position in canonical order (0-based); ranges and merging follow this order. */
  readonly order: number;
}

const OT = 'Gen Exod Lev Num Deut Josh Judg Ruth 1Sam 2Sam 1Kgs 2Kgs 1Chr 2Chr Ezra Neh Esth Job Ps Prov Eccl Song Isa Jer Lam Ezek Dan Hos Joel Amos Obad Jonah Mic Nah Hab Zeph Hag Zech Mal';
const NT = 'Matt Mark Luke John Acts Rom 1Cor 2Cor Gal Eph Phil Col 1Thess 2Thess 1Tim 2Tim Titus Phlm Heb Jas 1Pet 2Pet 1John 2John 3John Jude Rev';
// The deuterocanon as the WEB carries it, plus the ids the reference parser uses for parts of it.
const DC = 'Tob Jdt GkEsth Wis Sir Bar EpJer PrAzar SgThree Sus Bel 1Macc 2Macc 3Macc 4Macc 1Esd 2Esd PrMan';

function build(): readonly BookDef[] {
  const out: BookDef[] = [];
  const add = (ids: string, testament: Testament) => {
    for (const osis of ids.split(' ')) out.push(Object.freeze({ osis, testament, order: out.length }));
  };
  add(OT, 'ot');
  add(NT, 'nt');
  add(DC, 'dc');
  return Object.freeze(out);
}

/** Every book, canonical order: Old Testament, New Testament, deuterocanon. */
export const BOOKS: readonly BookDef[] = build();

const byOsis = new Map(BOOKS.map((b) => [b.osis, b]));

/** The book with that OSIS id, or undefined. */
export function bookById(osis: string): BookDef | undefined {
  return byOsis.get(osis);
}
