// Public face of the versification module: data tables (KJV, NRSVA), fast lookups, slot layout, mapping.
export type {
  MappedVerse,
  SlotAddress,
  SlotInfo,
  VerseRef,
  Versification,
  VersificationName,
  VersifiedBook,
} from './versification.js';
export { getVersification, isVersificationName, VERSIFICATION_NAMES } from './versification.registry.js';
export {
  bookIndex,
  chapterCount,
  getBook,
  hasVerse,
  slotCount,
  slotOf,
  verseCount,
} from './versification.lookup.js';
export { indexOf as versificationIndex } from './versification.index.js';
export type { BookIndexEntry, VersificationIndex } from './versification.index.js';
export { mapVerse } from './verse.map.js';
