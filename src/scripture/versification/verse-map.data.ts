// Where KJV and NRSVA number the same text differently. Everywhere else the two share numbering
// (their protocanonical chapter/verse tables differ only in these two chapters), so the mapping is the identity.
// Each row pairs a KJV span with the NRSVA span holding the same text, in one book:
// [osis, kjv: [chapter, verse, endChapter, endVerse], nrsva: [chapter, verse, endChapter, endVerse]].

/** A span of verses: start chapter, start verse, end chapter, end verse (inclusive). */
export type Span = readonly [chapter: number, verse: number, endChapter: number, endVerse: number];

/** One correspondence between a KJV span and an NRSVA span of the same book. */
export type Correspondence = readonly [osis: string, kjv: Span, nrsva: Span];

/** The KJV↔NRSVA correspondences that are not one-to-one. */
export const KJV_NRSVA: readonly Correspondence[] = [
  // NRSV ends Rev 12 with "Then the dragon took his stand on the sand of the seashore" (12:18),
  // which KJV counts as the start of 13:1.
  ['Rev', [13, 1, 13, 1], [12, 18, 13, 1]],
  // NRSV splits KJV 3 John 14 in two: "Peace to you…" becomes verse 15.
  ['3John', [1, 14, 1, 14], [1, 14, 1, 15]],
];
