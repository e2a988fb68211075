/**
 * Who may do what with a prayer request — the one place that says it, for routes (`requestPolicy.access`),
 * services (`requestPolicy.authorize`) and other areas (the dispatcher, the wall, moderation pages).
 *
 * Reading follows the request's visibility: intercessors read public and team requests; moderators read
 * public requests (to approve them) and team ones (to review flags); pastors read everything, pastoral
 * and crisis requests included. Only pastors read the unscrubbed text and the requester's email — never
 * intercessors. Everyone who reads requests has accepted the confidentiality covenant first. The
 * requester is no account: their private link is their authority, checked by the requester service.
 */
import type { Actor, Role, UserActor } from '../../platform/auth/actor.js';
import { definePolicy } from '../../platform/auth/policy.js';
import type { ModerationState, RequestStatus, Visibility } from '../prayer.types.js';

/** What the rules look at. A PrayerRequest fits. */
export interface RequestSubject {
  readonly visibility: Visibility;
  readonly moderation: ModerationState;
  readonly status: RequestStatus;
  readonly hidden: boolean;
  readonly submittedBy: string | null;
}

const READERS: Readonly<Record<Visibility, readonly Role[]>> = {
  public: ['intercessor', 'moderator', 'pastor'],
  team: ['intercessor', 'moderator', 'pastor'],
  pastoral: ['pastor'],
};

/** Roles that read requests at all. */
const READING_ROLES: readonly Role[] = ['intercessor', 'moderator', 'pastor'];

/** Visibilities `actor` may read (empty for the public and for roles that read no requests). */
export function readableVisibilities(actor: Actor): Visibility[] {
  if (actor.kind === 'system') return ['public', 'team', 'pastoral'];
  if (actor.kind !== 'user' || !actor.covenantAcceptedAt) return [];
  return (Object.keys(READERS) as Visibility[]).filter((v) => READERS[v].some((role) => actor.roles.includes(role)));
}

function canRead(actor: UserActor, r: RequestSubject): boolean {
  if (r.status === 'deleted') return false;
  if (!READERS[r.visibility].some((role) => actor.roles.includes(role))) return false;
  // A request hidden by flags waits for review: moderators and pastors still see it, intercessors do not.
  if (r.hidden && !actor.roles.includes('moderator') && !actor.roles.includes('pastor')) return false;
  return true;
}

const isPastor = (actor: UserActor) => actor.roles.includes('pastor');

export type RequestAction = 'submit' | 'read' | 'readPrivate' | 'pray' | 'moderate' | 'listModeration' | 'listPastoral';

/** The rules of prayer requests. */
export const requestPolicy = definePolicy<RequestSubject, RequestAction>('prayer_request', {
  // Anyone may ask for prayer, signed in or not.
  submit: { access: 'public' },
  // Reading a request's scrubbed text, category, counts: by visibility (see READERS).
  read: { access: { roles: READING_ROLES, covenant: true }, when: canRead },
  // The unscrubbed text and the requester's email, for following a person up: pastors only.
  readPrivate: { access: { roles: ['pastor'], covenant: true }, when: (actor, r) => canRead(actor, r) && isPastor(actor) },
  // Praying for it in a session: a live request the intercessor may read, not their own, not refused by a moderator.
  pray: {
    access: { roles: ['intercessor'], covenant: true },
    when: (actor, r) => canRead(actor, r) && r.status === 'active' && !r.hidden && r.moderation !== 'rejected' && r.submittedBy !== actor.id,
  },
  // Approving or refusing a public request for the wall. Crisis requests are pastoral, so never here.
  moderate: { access: { roles: ['moderator'], covenant: true }, when: (_actor, r) => r.visibility === 'public' && r.status !== 'deleted' },
  listModeration: { access: { roles: ['moderator'], covenant: true } },
  listPastoral: { access: { roles: ['pastor'], covenant: true } },
});

/** May `actor` see the requester's email address? Pastors only; never intercessors or moderators. */
export function canSeeContact(actor: Actor, r: RequestSubject): boolean {
  return requestPolicy.can(actor, 'readPrivate', r);
}
