/**
 * Prayer requests as each reader may see them; rows never leave the server raw.
 * - requester: their own words, prayers with notes and verses, updates, commitments (no intercessor names);
 * - intercessor (and the wall): the scrubbed text, a first name at most, no email, no surnames;
 * - moderator: the intercessor's view plus moderation state and flags;
 * - pastor: everything, the requester's own words and email included, for following a person up.
 */
import type { Actor } from '../../platform/auth/actor.js';
import { scrubPublicText, type CrisisCheck, type CrisisResource } from '../safety/index.js';
import type { Category, CrisisKind, ModerationState, RequestLanguage, Visibility } from '../prayer.types.js';
import type { IntakeResult } from './intake.service.js';
import { displayStatus, type DisplayStatus, type PrayerRequest, type RequestUpdate } from './request.js';
import { canSeeContact, requestPolicy } from './request.policy.js';
import type { RequesterDetails, RequesterPrayer } from './requester.service.js';

/** The `crisis` member of answers: the most urgent kind and what to do now. */
export interface CrisisView {
  kind: CrisisKind;
  resources: Array<{ name: string; contact: string }>;
}

/** The answer to `POST /api/v1/prayer-requests`. */
export interface IntakeResultView {
  id: string;
  manageToken: string;
  manageUrl: string;
  status: DisplayStatus;
  crisis: CrisisView | null;
}

/** The answer to `GET /api/v1/prayer-requests/mine`. */
export interface RequesterView {
  id: string;
  text: string | null;
  firstName: string | null;
  email: string | null;
  forWhom: string | null;
  category: Category;
  visibility: Visibility;
  language: RequestLanguage;
  status: DisplayStatus;
  moderation: ModerationState;
  urgent: boolean;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  closedAt: string | null;
  /** Everyone who prayed: the team and visitors of the wall. */
  prayerCount: number;
  teamPrayerCount: number;
  visitorPrayerCount: number;
  firstPrayedAt: string | null;
  lastPrayedAt: string | null;
  prayers: RequesterPrayer[];
  commitmentCount: number;
  commitments: Array<{ days: number; startedAt: string; endsAt: string }>;
  updates: Array<{ id: string; kind: 'update' | 'answer'; text: string | null; at: string }>;
  testimony: { text: string; sharePublicly: boolean; status: string; at: string } | null;
  /** Emails about this request still go out (an email was given and not unsubscribed). */
  emailUpdates: boolean;
  crisis: CrisisView | null;
}

/** What every team view of one request shows first: the scrubbed text, who and what it is for, and how urgent. */
export interface RequestCardView {
  id: string;
  /** Scrubbed, as it would be published. */
  text: string;
  /** A first name only, or null for "Anonymous". */
  firstName: string | null;
  forWhom: string | null;
  category: Category;
  language: RequestLanguage;
  visibility: Visibility;
  urgent: boolean;
  createdAt: string;
}

/** A request as intercessors (and the public wall) see it. */
export interface IntercessorRequestView {
  id: string;
  /** Scrubbed: no emails, phones, street addresses; surnames cut to initials. */
  text: string | null;
  /** A first name only, or null for "Anonymous". */
  firstName: string | null;
  forWhom: string | null;
  category: Category;
  language: RequestLanguage;
  urgent: boolean;
  status: DisplayStatus;
  createdAt: string;
  prayerCount: number;
  visitorPrayerCount: number;
  lastPrayedAt: string | null;
}

/** A request as moderators see it. */
export interface ModeratorRequestView extends IntercessorRequestView {
  visibility: Visibility;
  moderation: ModerationState;
  hidden: boolean;
  flagCount: number;
  approvedAt: string | null;
}

/** A request as pastors see it. */
export interface PastorRequestView extends ModeratorRequestView {
  /** The requester's own words. */
  privateText: string | null;
  fullFirstName: string | null;
  /** The requester's email, when given (pastors follow people up). */
  email: string | null;
  privateForWhom: string | null;
  crisisKinds: CrisisKind[];
  expiresAt: string;
  answeredAt: string | null;
  closedAt: string | null;
}

/** The crisis member of an answer. */
export function presentCrisis(crisis: Pick<CrisisCheck, 'kind' | 'resources'> | null): CrisisView | null {
  return crisis ? { kind: crisis.kind, resources: crisis.resources.map((r) => ({ name: r.name, contact: r.contact })) } : null;
}

/** The 201 answer of intake. */
export function presentIntakeResult(result: IntakeResult): IntakeResultView {
  return {
    id: result.request.id,
    manageToken: result.manageToken,
    manageUrl: result.manageUrl,
    status: displayStatus(result.request),
    crisis: presentCrisis(result.crisis),
  };
}

function crisisFromStored(kinds: readonly CrisisKind[], resources: readonly CrisisResource[]): CrisisView | null {
  return kinds.length > 0 ? { kind: kinds[0], resources: resources.map((r) => ({ name: r.name, contact: r.contact })) } : null;
}

/** The requester's own view of their request. */
export function presentForRequester(details: RequesterDetails): RequesterView {
  const r = details.request;
  return {
    id: r.id,
    text: r.text,
    firstName: r.firstName,
    email: r.email,
    forWhom: r.forWhom,
    category: r.category,
    visibility: r.visibility,
    language: r.language,
    status: displayStatus(r),
    moderation: r.moderation,
    urgent: r.urgent,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    answeredAt: r.answeredAt,
    closedAt: r.closedAt,
    prayerCount: r.prayerCount + r.visitorPrayerCount,
    teamPrayerCount: r.prayerCount,
    visitorPrayerCount: r.visitorPrayerCount,
    firstPrayedAt: r.firstPrayedAt,
    lastPrayedAt: r.lastPrayedAt,
    prayers: details.prayers.map((p) => ({ ...p })),
    commitmentCount: details.commitments.length,
    commitments: details.commitments.map((c) => ({ days: c.days, startedAt: c.createdAt, endsAt: c.endsAt })),
    updates: details.updates.map((u) => ({ id: u.id, kind: u.kind, text: u.text, at: u.createdAt })),
    testimony: details.testimony
      ? { text: details.testimony.text, sharePublicly: details.testimony.consentPublic, status: details.testimony.status, at: details.testimony.createdAt }
      : null,
    emailUpdates: r.email !== null && r.unsubscribedAt === null,
    crisis: crisisFromStored(r.crisisKinds, details.crisisResources),
  };
}

/**
 * The name shown to anyone but pastors: the first word of what was typed, or null ("Anonymous") when
 * that word looks like anything but a name (an email, a number).
 */
export function publicFirstName(firstName: string | null): string | null {
  const first = firstName?.trim().split(/\s+/)[0] ?? '';
  if (!first || /[@\d/:]/.test(first)) return null;
  return first;
}

/** "For whom" as others read it: scrubbed like the text. */
function publicForWhom(r: PrayerRequest): string | null {
  return r.forWhom ? scrubPublicText(r.forWhom, r.language).text : null;
}

/** The intercessor's (and the public wall's) view: scrubbed text, first name at most, no email. */
export function presentForIntercessor(r: PrayerRequest): IntercessorRequestView {
  return {
    id: r.id,
    text: r.publicText,
    firstName: publicFirstName(r.firstName),
    forWhom: publicForWhom(r),
    category: r.category,
    language: r.language,
    urgent: r.urgent,
    status: displayStatus(r),
    createdAt: r.createdAt,
    prayerCount: r.prayerCount,
    visitorPrayerCount: r.visitorPrayerCount,
    lastPrayedAt: r.lastPrayedAt,
  };
}

/** The moderator's view: the intercessor's, plus moderation state and flags. */
export function presentForModerator(r: PrayerRequest): ModeratorRequestView {
  return { ...presentForIntercessor(r), visibility: r.visibility, moderation: r.moderation, hidden: r.hidden, flagCount: r.flagCount, approvedAt: r.approvedAt };
}

/** The pastor's view: everything, the requester's own words and email included. */
export function presentForPastor(r: PrayerRequest): PastorRequestView {
  return {
    ...presentForModerator(r),
    privateText: r.text,
    fullFirstName: r.firstName,
    email: r.email,
    privateForWhom: r.forWhom,
    crisisKinds: [...r.crisisKinds],
    expiresAt: r.expiresAt,
    answeredAt: r.answeredAt,
    closedAt: r.closedAt,
  };
}

/**
 * The richest view `actor` may have of `r`, or null when they may not read it at all. Pastors get the
 * pastor view, moderators the moderator view, intercessors theirs.
 */
export function presentForActor(actor: Actor, r: PrayerRequest): IntercessorRequestView | ModeratorRequestView | PastorRequestView | null {
  if (!requestPolicy.can(actor, 'read', r)) return null;
  if (canSeeContact(actor, r)) return presentForPastor(r);
  if (actor.kind === 'user' && actor.roles.includes('moderator')) return presentForModerator(r);
  return presentForIntercessor(r);
}

/** A requester's update as the team reads it (in digests): scrubbed like the request. */
export function presentUpdateForTeam(update: RequestUpdate, language: RequestLanguage): { id: string; kind: 'update' | 'answer'; text: string | null; at: string } {
  return { id: update.id, kind: update.kind, text: update.text ? scrubPublicText(update.text, language).text : null, at: update.createdAt };
}
