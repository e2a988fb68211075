// Public face of the reference engine.
export { extractReferences } from './extract-references.js';
export { parseReference } from './parse-reference.js';
export { formatOsis, mergePassages, passageOsis } from './osis-format.js';
export { osisVerseSet, sameVerses } from './verse-set.js';
export type {
  Extraction,
  FoundReference,
  InvalidReference,
  ParseResult,
  Passage,
  ReferenceLanguage,
  ReferenceOptions,
} from './types.js';
