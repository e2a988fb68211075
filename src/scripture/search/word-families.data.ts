// English words whose forms a stemmer does not bring together: Porter (SQLite) and Snowball (PostgreSQL)
// stem "intercede" to interced but "intercession" to intercess. Each family lists endings that mark one
// word (inflections included) and the endings a search then also looks for; the stemmer covers the rest.

/** One derivational family: a word ending in any of `endings` is also searched with each of `search`. */
export interface WordFamily {
  readonly endings: readonly string[];
  readonly search: readonly string[];
  /** Shortest stem the ending may follow, so short words are left alone. */
  readonly minStem: number;
}

/** Derivational families of English (intercede · intercession · intercessor, redeem · redemption …). */
export const ENGLISH_FAMILIES: readonly WordFamily[] = [
  {
    // intercede, precede, concede; proceed, succeed, exceed; and their -cession / -cessor nouns.
    endings: ['cede', 'cedes', 'ceded', 'ceding', 'ceed', 'ceeds', 'ceeded', 'ceeding', 'cession', 'cessions', 'cessor', 'cessors'],
    search: ['cede', 'ceed', 'cession', 'cessor'],
    minStem: 2,
  },
  { endings: ['eem', 'eems', 'eemed', 'eeming', 'eemer', 'eemers', 'emption', 'emptions'], search: ['eem', 'eemer', 'emption'], minStem: 3 },
  { endings: ['ceive', 'ceives', 'ceived', 'ceiving', 'ception', 'ceptions'], search: ['ceive', 'ception'], minStem: 2 },
  { endings: ['ify', 'ifies', 'ified', 'ifying', 'ification', 'ifications'], search: ['ify', 'ification'], minStem: 3 },
  { endings: ['ieve', 'ieves', 'ieved', 'ieving', 'ief', 'iefs'], search: ['ieve', 'ief'], minStem: 3 },
  { endings: ['ray', 'rays', 'rayed', 'raying', 'rayer', 'rayers'], search: ['ray', 'rayer'], minStem: 1 },
  { endings: ['give', 'gives', 'gave', 'given', 'giving'], search: ['give', 'gave', 'given'], minStem: 0 },
];
