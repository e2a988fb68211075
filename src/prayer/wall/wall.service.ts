/**
 * The public prayer wall: approved public requests, newest first, and visitors' "I prayed" — counted
 * apart from the team's prayers (`visitor_prayer_count`, prayers of kind `visitor`), limited per address.
 *
 * Why newest first rather than least-prayed first: the dispatcher already makes sure the team prays for
 * every request, least-prayed first; the wall is where a visitor reads and joins in, and a stable order
 * lets them page through without requests jumping between pages as others pray, and lets a requester
 * find their request near the top when it is published. Ordering by prayer counts would also turn the
 * counts into a ranking, which is not what they are for.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { PrayerRequest } from '../requests/request.js';
import type { VisitorPrayerLimiter } from './visitor-prayer-limit.js';
import { wallPolicy } from './wall.policy.js';
import { WallRepository, type WallCursor, type WallTestimony } from './wall.repository.js';

/** Requests on one page of the wall unless the caller asks for another number. */
export const WALL_PAGE_SIZE = 20;
/** Most requests one page may hold. */
export const WALL_MAX_PAGE_SIZE = 50;

/** One request on the wall, with its public testimony once the answer was shared and approved. */
export interface WallEntry {
  readonly request: PrayerRequest;
  readonly testimony: WallTestimony | null;
}

/** A page of the wall and the cursor of the next (older) page, or null at the end. */
export interface WallListing {
  readonly entries: readonly WallEntry[];
  readonly next: string | null;
}

/** What a visitor's "I prayed" did. */
export interface VisitorPrayerResult {
  /** False when this address had already prayed for this request today (nothing new was counted). */
  readonly counted: boolean;
  readonly visitorPrayerCount: number;
}

/** What the wall needs. */
export interface WallDependencies {
  readonly db: Kysely<Tables>;
  readonly limiter: VisitorPrayerLimiter;
  readonly clock: () => Date;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** The opaque cursor of the page after `row`. */
export function encodeCursor(cursor: WallCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Reads a cursor; VALIDATION naming `before` when it is not one this service made. */
export function decodeCursor(raw: string): WallCursor {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const [at, id, ...rest] = decoded.split('|');
  if (rest.length > 0 || !at || !id || !ISO.test(at) || !ID.test(id)) throw invalidFields({ before: 'invalid' }, 'before is not a cursor from this wall');
  return { at, id };
}

/** Reads a page size: a whole number from 1 to WALL_MAX_PAGE_SIZE. */
function pageSize(raw: unknown): number {
  if (raw === undefined || raw === '') return WALL_PAGE_SIZE;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > WALL_MAX_PAGE_SIZE) throw invalidFields({ limit: 'outOfRange' }, `limit must be a whole number from 1 to ${WALL_MAX_PAGE_SIZE}`);
  return n;
}

/** The wall and visitors' prayers. */
export class WallService {
  constructor(private readonly deps: WallDependencies) {}

  /** A page of the wall, newest first. Throws VALIDATION for a bad `before` or `limit`. */
  async page(actor: Actor, input: { before?: string; limit?: unknown } = {}): Promise<WallListing> {
    wallPolicy.authorize(actor, 'read');
    const limit = pageSize(input.limit);
    const before = input.before ? decodeCursor(input.before) : undefined;
    const repository = new WallRepository(this.deps.db);
    // One more than asked for says whether an older page exists.
    const rows = await repository.page({ now: this.deps.clock().toISOString(), limit: limit + 1, before });
    const shown = rows.slice(0, limit);
    const answered = shown.filter((r) => r.request.status === 'answered').map((r) => r.request.id);
    const testimonies = await repository.testimoniesOf(answered);
    const last = shown[shown.length - 1];
    return {
      entries: shown.map((r) => ({ request: r.request, testimony: testimonies.get(r.request.id) ?? null })),
      next: rows.length > limit && last ? encodeCursor({ at: last.listedAt, id: last.request.id }) : null,
    };
  }

  /**
   * Counts a visitor's "I prayed" for a request on the wall. Throws NOT_FOUND (not on the wall) or
   * RATE_LIMITED with `details.retryAfterSeconds`. A second prayer from the same address for the same
   * request within a day is not counted again.
   */
  async pray(actor: Actor, input: { requestId: string; clientAddress: string }): Promise<VisitorPrayerResult> {
    wallPolicy.authorize(actor, 'pray');
    const repository = new WallRepository(this.deps.db);
    const now = this.deps.clock().toISOString();
    const request = ID.test(input.requestId) ? await repository.findOnWall(input.requestId, now) : undefined;
    if (!request) throw new AppError('NOT_FOUND', 'There is no request on the prayer wall with this id.');
    const allowance = await this.deps.limiter.take(input.clientAddress, request.id);
    if (!allowance.allowed) {
      const retryAfterSeconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
      throw new AppError('RATE_LIMITED', 'Thank you for praying. So many prayers came from this address that we pause counting them for a while.', { retryAfterSeconds });
    }
    if (allowance.repeat) return { counted: false, visitorPrayerCount: request.visitorPrayerCount };
    const count = await this.deps.db.transaction().execute((trx) => new WallRepository(trx).recordVisitorPrayer({ id: randomUUID(), requestId: request.id, now }));
    if (count === undefined) throw new AppError('NOT_FOUND', 'There is no request on the prayer wall with this id.');
    return { counted: true, visitorPrayerCount: count };
  }
}
