// The verse an intercessor sends with a prayer: any reference the Scripture engine accepts ("Rom 8:34",
// "Juan 3:16", "Ps 23"), within one chapter, checked against the versification so that "John 22:1" is
// refused with the engine's reason ("John has 21 chapters").
import { AppError } from '../../platform/errors.js';
import { parseReference } from '../../scripture/reference/index.js';

/** Most passages one verse field may hold ("Rom 8:1, 34" is two). */
const MAX_PASSAGES = 3;

/** Problem codes of the verse field, for messages beside it. */
export type VerseProblem = 'notReference' | 'unknown' | 'tooLong';

/** A VALIDATION error naming `verse`, with the reason in the message and the code and reason in details. */
export function verseError(problem: VerseProblem, reason: string): AppError {
  return new AppError('VALIDATION', `verse: ${reason}`, { fields: { verse: problem }, reason });
}

/** The OSIS of a typed verse reference, or null when the field was left empty; throws verseError. */
export function parseVerse(input: string | undefined | null): string | null {
  const value = (input ?? '').trim();
  if (!value) return null;
  if (value.length > 100) throw verseError('tooLong', 'a verse reference is at most 100 characters');
  const parsed = parseReference(value, { language: 'auto' });
  if (!parsed.ok) {
    const notReference = parsed.reason.startsWith('not a Bible reference');
    throw verseError(notReference ? 'notReference' : 'unknown', parsed.reason);
  }
  const wide = parsed.passages.length > MAX_PASSAGES || parsed.passages.some((p) => p.endBook !== p.book || p.endChapter !== p.chapter);
  if (wide) throw verseError('tooLong', 'choose a verse or a few verses within one chapter');
  return parsed.osis;
}
