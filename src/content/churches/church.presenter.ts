// What callers see of a listing: never the row itself (the submitter's address stays inside).
import type { ChurchTable } from '../../platform/db/tables.js';
import type { ChurchStatus } from './church.repository.js';
import type { ChurchInput, Tradition } from './church.input.js';

/** A listing as pages and the API show it: the checked fields but the contact email, with its id and state. */
export interface ChurchView extends Omit<ChurchInput, 'email'> {
  readonly id: string;
  readonly status: ChurchStatus;
  readonly publishedAt: string | null;
}

/** A listing as moderators review it. */
export interface ChurchReview extends ChurchView {
  readonly submittedAt: string;
  readonly rejectionReason: string | null;
  /** Whether someone will be told by email when it is decided (never the address itself). */
  readonly notifiesSubmitter: boolean;
}

function languagesOf(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

/** The public view of a listing. */
export function presentChurch(row: ChurchTable): ChurchView {
  return {
    id: row.id,
    name: row.name,
    street: row.street,
    city: row.city,
    postalCode: row.postal_code,
    country: row.country,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    website: row.website,
    serviceTimes: row.service_times ? row.service_times.split('\n') : [],
    languages: languagesOf(row.languages),
    tradition: row.tradition as Tradition,
    traditionOther: row.tradition_other,
    status: row.status as ChurchStatus,
    publishedAt: row.published_at,
  };
}

/** The moderators' view of a listing. */
export function presentChurchReview(row: ChurchTable): ChurchReview {
  return { ...presentChurch(row), submittedAt: row.created_at, rejectionReason: row.rejection_reason, notifiesSubmitter: row.submitter_email !== null };
}
