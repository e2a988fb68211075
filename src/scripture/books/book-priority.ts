// When an abbreviation or a misspelling fits several books equally well ("Ma", "Jo", "Ph"), the book
// people cite more often wins. The order is a rough ranking of how often each book is cited.

const RANKED =
  'John Matt Rom Ps Luke Mark Acts Gen Isa Heb 1Cor Eph Phil Rev Prov Exod Gal Jas 2Cor Col 1John 1Pet Jer Deut ' +
  '1Thess 2Tim 1Tim Dan Job Eccl 1Sam 2Sam 1Kgs 2Kgs Lev Num Josh Judg Ruth Ezek Hos Joel Amos Mic Jonah Zech ' +
  'Mal Neh Ezra Esth Lam Song 1Chr 2Chr Hab Hag Zeph Nah Obad 2Pet 2Thess Titus Phlm Jude 2John 3John Sir Wis ' +
  'Tob Jdt 1Macc 2Macc Bar GkEsth Sus Bel PrAzar SgThree EpJer PrMan 1Esd 2Esd 3Macc 4Macc';

const rank = new Map(RANKED.split(' ').map((osis, i) => [osis, i]));

/** Lower is cited more often; unknown ids rank last. */
export function bookPriority(osis: string): number {
  return rank.get(osis) ?? rank.size;
}
