// A note from an intercessor reaches the requester only when it passes the same safety rules as
// requests: crisis language (the intercessor may be the one in danger, or may be describing abuse) and
// personal details (a phone number, an address, a full name) hold it for a moderator instead.
import { assessCrisis, scrubPublicText } from '../safety/index.js';
import type { RequestLanguage } from '../prayer.types.js';

/** Why a note was held. */
export type HoldReason = 'crisis' | 'personal_information';

/** The status a new note is stored with, and why when it is held. */
export interface NoteCheck {
  readonly status: 'visible' | 'held';
  readonly reasons: readonly HoldReason[];
}

/** Checks a note written for a request in `language` (crisis language is looked for in both languages). */
export function checkNote(note: string, language: RequestLanguage): NoteCheck {
  const reasons: HoldReason[] = [];
  if (assessCrisis(note, 'auto').crisis !== null) reasons.push('crisis');
  if (scrubPublicText(note, language).removed.length > 0) reasons.push('personal_information');
  return { status: reasons.length > 0 ? 'held' : 'visible', reasons };
}
