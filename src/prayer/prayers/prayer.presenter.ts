/** A recorded prayer as the intercessor who prayed it receives it back. */
import { displayOsis } from '../scriptures/prayer-scriptures.service.js';
import type { RecordedPrayer } from './prayer.service.js';

/** The 201 answer of `POST /api/v1/prayer-requests/:id/prayers`. */
export interface RecordedPrayerView {
  id: string;
  requestId: string;
  at: string;
  note: string | null;
  /** `visible`: the requester will see the note; `held`: a moderator reads it first; `none`: no note. */
  noteStatus: 'none' | 'visible' | 'held';
  verse: { osis: string; reference: string } | null;
  prayerCount: number;
}

/** Presents a recorded prayer; the verse is named in the request's language. */
export function presentRecordedPrayer(p: RecordedPrayer): RecordedPrayerView {
  return {
    id: p.id,
    requestId: p.requestId,
    at: p.createdAt,
    note: p.note,
    noteStatus: p.noteStatus,
    verse: p.verseOsis ? { osis: p.verseOsis, reference: displayOsis(p.verseOsis, p.language) } : null,
    prayerCount: p.prayerCount,
  };
}
