// Topic names compare without case, accents or punctuation: "Laying on of hands", "LAYING ON OF HANDS"
// and "laying-on-of-hands" (a URL slug) are one topic.
import { foldAccents } from '../text-fold.js';

/** The form topic names are stored and compared in. */
export function normalizeTopicName(name: string): string {
  return foldAccents(name)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
