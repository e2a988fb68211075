/**
 * What an intercessor receives with a request: the intercessor's view of the request policy's presenter
 * (scrubbed text, a first name at most, never an email), the text pastors may read in full, and the
 * Scriptures to pray. Rows never leave raw.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { presentForIntercessor, type RequestCardView } from '../requests/request.presenter.js';
import { requestPolicy } from '../requests/request.policy.js';
import { scrubPublicText } from '../safety/index.js';
import type { Assignment } from './dispatch.service.js';
import { textFor } from './dispatch.service.js';

/** A Scripture to pray, as clients receive it. */
export interface ScriptureView {
  osis: string;
  reference: string;
  /** Null when no translation in the request's language is installed. */
  text: string | null;
  translation: string | null;
}

/** A request in a prayer session. */
export interface SessionRequestView extends RequestCardView {
  prayerCount: number;
  lastPrayedAt: string | null;
  scriptures: ScriptureView[];
}

/** The answer of `POST /api/v1/intercession/next` and of opening one request. */
export interface SessionView {
  lease: { id: string; expiresAt: string } | null;
  request: SessionRequestView;
  /** May a prayer be recorded now. */
  canPray: boolean;
}

/** An assignment as the intercessor who holds it may see it. */
export function presentAssignment(actor: Actor, assignment: Assignment): SessionView {
  const r = assignment.request;
  const base = presentForIntercessor(r);
  const pastor = requestPolicy.can(actor, 'readPrivate', r);
  return {
    lease: assignment.lease ? { id: assignment.lease.id, expiresAt: assignment.lease.expiresAt } : null,
    request: {
      id: r.id,
      text: textFor(actor, r),
      firstName: base.firstName,
      forWhom: pastor ? r.forWhom : r.forWhom === null ? null : scrubPublicText(r.forWhom, r.language).text,
      category: r.category,
      language: r.language,
      visibility: r.visibility,
      urgent: r.urgent,
      createdAt: r.createdAt,
      prayerCount: r.prayerCount,
      lastPrayedAt: r.lastPrayedAt,
      scriptures: assignment.scriptures.map((s) => ({ osis: s.osis, reference: s.reference, text: s.text, translation: s.translation })),
    },
    canPray: assignment.canPray,
  };
}
