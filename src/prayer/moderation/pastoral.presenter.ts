/**
 * Urgent and pastoral requests as pastors see them: the list without any text (a pastor opens one
 * request at a time, on the record), and one request with everything needed to follow the person up.
 */
import type { Category, CrisisKind, RequestLanguage, Visibility } from '../prayer.types.js';
import { displayStatus, type DisplayStatus } from '../requests/request.js';
import { presentForPastor, type PastorRequestView } from '../requests/request.presenter.js';
import type { FollowUp, PastoralItem } from './pastoral.repository.js';
import type { PastoralDetails } from './pastoral.service.js';

/** A row of the dashboard. */
export interface PastoralRowView {
  id: string;
  category: Category;
  crisisKinds: CrisisKind[];
  urgent: boolean;
  visibility: Visibility;
  language: RequestLanguage;
  status: DisplayStatus;
  createdAt: string;
  prayerCount: number;
  /** An email was given and still receives messages. */
  contactable: boolean;
  followUp: FollowUp;
}

/** One request as a pastor opens it. */
export interface PastoralRequestView extends PastorRequestView {
  followUp: FollowUp;
  updates: Array<{ kind: 'update' | 'answer'; text: string | null; at: string }>;
  contactable: boolean;
}

/** A dashboard row: no text, no name, no email. */
export function presentPastoralRow(item: PastoralItem): PastoralRowView {
  const r = item.request;
  return {
    id: r.id,
    category: r.category,
    crisisKinds: [...r.crisisKinds],
    urgent: r.urgent,
    visibility: r.visibility,
    language: r.language,
    status: displayStatus(r),
    createdAt: r.createdAt,
    prayerCount: r.prayerCount,
    contactable: r.email !== null && r.unsubscribedAt === null,
    followUp: item.followUp,
  };
}

/** The opened request: the requester's own words, contact details, updates and follow-up. */
export function presentPastoralRequest(details: PastoralDetails): PastoralRequestView {
  const r = details.request;
  return {
    ...presentForPastor(r),
    followUp: details.followUp,
    updates: details.updates.map((u) => ({ kind: u.kind, text: u.text, at: u.createdAt })),
    contactable: r.email !== null && r.unsubscribedAt === null,
  };
}
