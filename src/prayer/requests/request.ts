/** A prayer request as the services see it: the row of `prayer_requests` in camelCase, with parsed types. */
import type { Category, CrisisKind, ModerationState, RequestLanguage, RequestStatus, Visibility } from '../prayer.types.js';

/** One prayer request. Text and personal fields are null once the requester deleted it or it was purged. */
export interface PrayerRequest {
  readonly id: string;
  /** The requester's own words: pastors and the requester read these. */
  readonly text: string | null;
  /** The text with emails, phones, addresses and surnames scrubbed: what everyone else reads. */
  readonly publicText: string | null;
  readonly firstName: string | null;
  readonly email: string | null;
  readonly forWhom: string | null;
  readonly category: Category;
  readonly visibility: Visibility;
  readonly language: RequestLanguage;
  readonly status: RequestStatus;
  readonly moderation: ModerationState;
  readonly urgent: boolean;
  /** Kinds of crisis language found at intake or in a later update, most urgent first; empty when none. */
  readonly crisisKinds: readonly CrisisKind[];
  readonly hidden: boolean;
  readonly flagCount: number;
  /** Prayers by the team. */
  readonly prayerCount: number;
  /** "I prayed" from visitors of the public wall, counted apart. */
  readonly visitorPrayerCount: number;
  readonly firstPrayedAt: string | null;
  readonly lastPrayedAt: string | null;
  /** The signed-in person who submitted it, if any (never given their own request to pray for). */
  readonly submittedBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly expiresAt: string;
  readonly approvedAt: string | null;
  readonly approvedBy: string | null;
  readonly answeredAt: string | null;
  readonly closedAt: string | null;
  readonly deletedAt: string | null;
  readonly purgedAt: string | null;
  readonly unsubscribedAt: string | null;
}

/** A prayer said for a request, as its requester may learn of it. */
export interface PrayerEntry {
  readonly id: string;
  readonly kind: 'team' | 'visitor';
  readonly note: string | null;
  /** none | visible | held | removed */
  readonly noteStatus: string;
  readonly verseOsis: string | null;
  readonly createdAt: string;
}

/** An update or the answer the requester posted. */
export interface RequestUpdate {
  readonly id: string;
  readonly kind: 'update' | 'answer';
  /** Null once the request was deleted. */
  readonly text: string | null;
  readonly createdAt: string;
}

/** A commitment to pray daily, without who made it (the requester never learns intercessors' names). */
export interface CommitmentSummary {
  readonly days: number;
  readonly createdAt: string;
  readonly endsAt: string;
}

/** An answered-prayer testimony attached to a request. */
export interface RequestTestimony {
  readonly id: string;
  readonly text: string;
  readonly consentPublic: boolean;
  /** pending | approved | rejected | private */
  readonly status: string;
  readonly createdAt: string;
}

/** Statuses in which the requester may still change the request (post updates, answer, renew, close). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['active', 'expired'];

/**
 * The status a requester or integrator is shown: the life-cycle status, except that a public request
 * still waiting for a moderator reads `pending`.
 */
export type DisplayStatus = RequestStatus | 'pending';

/** Life-cycle status with moderation folded in (see DisplayStatus). */
export function displayStatus(request: Pick<PrayerRequest, 'status' | 'moderation'>): DisplayStatus {
  return request.status === 'active' && request.moderation === 'pending' ? 'pending' : request.status;
}
