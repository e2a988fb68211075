/**
 * Queue items as moderators and pastors see them. Requests show their scrubbed text — exactly what the
 * wall or intercessors would show — never the requester's own words or email (those are on the pastors'
 * audited request page). Flags show why, never who.
 */
import type { Locale } from '../../platform/i18n/locale.js';
import type { RequestLanguage } from '../prayer.types.js';
import { checkNote, type HoldReason } from '../prayers/note-safety.js';
import type { PrayerRequest } from '../requests/request.js';
import { presentForModerator, publicFirstName, type RequestCardView } from '../requests/request.presenter.js';
import { readableReference } from '../requests/requester.service.js';
import { scrubPublicText } from '../safety/index.js';
import type { FlaggedRequest, NoteForReview, OpenFlag, TestimonyForReview } from './moderation.repository.js';

/** A flag's reason and time. */
export interface FlagView {
  reason: string;
  at: string;
}

/** A request in a queue: what the wall or intercessors would show, and its state. */
export interface QueueRequestView extends RequestCardView {
  hidden: boolean;
  flagCount: number;
}

/** A flagged request with its open flags. */
export interface FlaggedView extends QueueRequestView {
  flags: FlagView[];
}

/** A note waiting for review, with why it waits. */
export interface NoteView {
  prayerId: string;
  note: string;
  /** The verse sent with it, named in the reader's language. */
  verse: string | null;
  /** Held from the requester until decided (otherwise: flagged while visible). */
  held: boolean;
  /** What the safety check finds in it. */
  safety: HoldReason[];
  flags: FlagView[];
  author: string | null;
  createdAt: string;
  request: QueueRequestView;
}

/** A testimony waiting for approval, as it would be published. */
export interface TestimonyView {
  id: string;
  /** Scrubbed like request text: what the public would read. */
  text: string;
  firstName: string | null;
  language: RequestLanguage;
  source: 'answered_prayer' | 'story';
  createdAt: string;
  requestId: string | null;
}

const flagViews = (flags: readonly OpenFlag[]): FlagView[] => flags.map((f) => ({ reason: f.reason, at: f.createdAt }));

/** A request as a queue shows it. */
export function presentQueueRequest(r: PrayerRequest): QueueRequestView {
  const view = presentForModerator(r);
  return {
    id: r.id,
    text: view.text ?? '',
    firstName: view.firstName,
    forWhom: view.forWhom,
    category: r.category,
    language: r.language,
    visibility: r.visibility,
    urgent: r.urgent,
    hidden: r.hidden,
    flagCount: r.flagCount,
    createdAt: r.createdAt,
  };
}

/** A flagged request. */
export function presentFlagged(item: FlaggedRequest): FlaggedView {
  return { ...presentQueueRequest(item.request), flags: flagViews(item.flags) };
}

/** A note for review, its verse named in `locale`. */
export function presentNote(item: NoteForReview, locale: Locale): NoteView {
  const note = item.note ?? '';
  return {
    prayerId: item.prayerId,
    note,
    verse: item.verseOsis ? readableReference(item.verseOsis, locale) : null,
    held: item.noteStatus === 'held',
    safety: note ? [...checkNote(note, item.request.language).reasons] : [],
    flags: flagViews(item.flags),
    author: item.authorName,
    createdAt: item.createdAt,
    request: presentQueueRequest(item.request),
  };
}

/** A testimony for review, scrubbed as it would be published. */
export function presentTestimony(item: TestimonyForReview): TestimonyView {
  const language: RequestLanguage = item.language === 'es' ? 'es' : 'en';
  return {
    id: item.id,
    text: scrubPublicText(item.text, language).text,
    firstName: publicFirstName(item.request?.firstName ?? item.firstName),
    language,
    source: item.source === 'story' ? 'story' : 'answered_prayer',
    createdAt: item.createdAt,
    requestId: item.request?.id ?? null,
  };
}
