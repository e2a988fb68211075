/**
 * The church directory's rules: anyone submits a listing (checked, rate-limited, stored pending); anyone
 * searches published listings by text and country, or by distance from a point; moderators publish,
 * refuse with a reason, edit and unpublish — each decision audited and, when the submitter left an
 * address, announced through the outbox in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { ChurchTable, Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { CHURCH_TOPICS } from './church.events.js';
import { churchProblems, parseChurch, type ChurchFields, type ChurchInput } from './church.input.js';
import { churchPolicy } from './church.policy.js';
import { ChurchRepository, type ChurchContent, type ChurchFilter, type ChurchStatus } from './church.repository.js';
import type { ChurchSubmitLimiter } from './church-submit-limit.js';
import type { ChurchUnsubscribeTokens } from './church-unsubscribe-token.js';
import { isCountryCode } from './countries.js';
import { boundingBoxes, haversineKm, type LatLng } from './geo.js';
import { foldText, postalKey } from './search-key.js';
import { SITEMAP_AREA_LIMIT, type SitemapEntry } from '../../web/sitemap.js';

export interface ChurchServiceDeps {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly limiter: ChurchSubmitLimiter;
  readonly tokens: ChurchUnsubscribeTokens;
  readonly clock: () => Date;
}

/** A search as pages and the API ask it. */
export interface ChurchQuery {
  readonly q?: string;
  readonly country?: string;
  /** Sort by distance from here (both coordinates, as typed or sent). */
  readonly lat?: string | number;
  readonly lng?: string | number;
  readonly page?: number;
  readonly limit?: number;
}

/** One page of results; `distanceKm` is set in a distance search. */
export interface ChurchResults {
  readonly results: ReadonlyArray<{ readonly church: ChurchTable; readonly distanceKm: number | null }>;
  readonly page: number;
  readonly limit: number;
  readonly hasMore: boolean;
  /** Matches in all, for a text search; null for a distance search (which widens until it has a page). */
  readonly total: number | null;
  /** The point a distance search measured from. */
  readonly near: LatLng | null;
}

/** Where a submission comes from. */
export interface SubmitContext {
  readonly clientAddress: string;
  readonly locale: Locale;
}

export const PAGE_SIZE = 20;
export const MAX_LIMIT = 50;
const MAX_QUERY = 100;
const MAX_REASON = 500;
/**
 * Radii a distance search widens through (km) until it has a page; the last covers the globe. Each step
 * reads only the rows in its boxes, so a search near other churches reads a handful of rows, and only a
 * search far from every church reads them all (as a full scan would).
 */
const RADII_KM = [25, 100, 400, 1600, 6400, 20_100];
const REVIEW_PAGE = 100;

function toRow(input: ChurchInput): ChurchContent {
  return {
    name: input.name,
    street: input.street,
    city: input.city,
    postal_code: input.postalCode,
    country: input.country,
    latitude: input.latitude,
    longitude: input.longitude,
    website: input.website,
    service_times: input.serviceTimes.join('\n'),
    languages: JSON.stringify(input.languages),
    tradition: input.tradition,
    tradition_other: input.traditionOther,
    name_key: foldText(input.name),
    city_key: foldText(input.city),
    postal_key: postalKey(input.postalCode),
  };
}

/** A coordinate from a query string or JSON; undefined when absent, NaN when not a number. */
function coordinateOf(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') return value;
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
}

export class ChurchService {
  private readonly repository: ChurchRepository;

  constructor(private readonly deps: ChurchServiceDeps) {
    this.repository = new ChurchRepository(deps.db);
  }

  /**
   * Stores a new listing, pending review. VALIDATION names each bad field; RATE_LIMITED (with
   * `details.retryAfterSeconds`) once an address has sent SUBMIT_RATE_LIMIT listings this hour.
   * Signed-in people (the ministry's own team) are not limited.
   */
  async submit(actor: Actor, fields: ChurchFields, context: SubmitContext): Promise<{ id: string; status: 'pending' }> {
    churchPolicy.authorize(actor, 'submit');
    const input = parseChurch(fields);
    if (actor.kind === 'anonymous') {
      const allowance = await this.deps.limiter.take(context.clientAddress);
      if (!allowance.allowed) {
        const retryAfterSeconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
        throw new AppError('RATE_LIMITED', `Too many church listings from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
      }
    }
    const now = this.deps.clock().toISOString();
    const id = randomUUID();
    await this.repository.insert({
      id,
      ...toRow(input),
      status: 'pending',
      rejection_reason: null,
      submitter_email: input.email,
      submitter_locale: context.locale,
      submitted_by: actor.kind === 'user' ? actor.id : null,
      created_at: now,
      updated_at: now,
      published_at: null,
      reviewed_at: null,
      reviewed_by: null,
    });
    return { id, status: 'pending' };
  }

  /**
   * Published listings matching the query: by name with a text (name, city or postal code; case and
   * accents ignored) and country, or — given a point — nearest first with their distance. A distance
   * search prefilters with bounding boxes in SQL and measures exactly here, widening the radius until
   * it has the page asked for.
   */
  async search(actor: Actor, query: ChurchQuery): Promise<ChurchResults> {
    churchPolicy.authorize(actor, 'read');
    const problems: Record<string, string> = {};
    const q = (query.q ?? '').trim();
    if (q.length > MAX_QUERY) problems.q = 'tooLong';
    const country = (query.country ?? '').trim().toUpperCase();
    if (country && !isCountryCode(country)) problems.country = 'unknown';
    const lat = coordinateOf(query.lat);
    const lng = coordinateOf(query.lng);
    if (lat !== undefined && !(lat >= -90 && lat <= 90)) problems.latitude = Number.isNaN(lat) ? 'invalid' : 'outOfRange';
    if (lng !== undefined && !(lng >= -180 && lng <= 180)) problems.longitude = Number.isNaN(lng) ? 'invalid' : 'outOfRange';
    if ((lat === undefined) !== (lng === undefined)) problems[lat === undefined ? 'latitude' : 'longitude'] = 'pair';
    const page = query.page ?? 1;
    if (!Number.isInteger(page) || page < 1 || page > 10_000) problems.page = 'invalid';
    const limit = query.limit ?? PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) problems.limit = 'invalid';
    if (Object.keys(problems).length) throw churchProblems(problems);

    const filter: ChurchFilter = { text: foldText(q), postal: postalKey(q), country };
    const offset = (page - 1) * limit;
    if (lat === undefined || lng === undefined) {
      const [rows, total] = await Promise.all([this.repository.list('published', filter, limit, offset), this.repository.count('published', filter)]);
      return { results: rows.map((church) => ({ church, distanceKm: null })), page, limit, total, hasMore: offset + rows.length < total, near: null };
    }

    const near = { lat, lng };
    const wanted = offset + limit + 1;
    let found: Array<{ church: ChurchTable; distanceKm: number }> = [];
    for (const radius of RADII_KM) {
      const rows = await this.repository.withinBoxes(boundingBoxes(near, radius), filter);
      found = rows
        .map((church) => ({ church, distanceKm: haversineKm(near, { lat: Number(church.latitude), lng: Number(church.longitude) }) }))
        .filter((r) => r.distanceKm <= radius);
      if (found.length >= wanted) break;
    }
    found.sort((a, b) => a.distanceKm - b.distanceKm || a.church.name_key.localeCompare(b.church.name_key) || a.church.id.localeCompare(b.church.id));
    return { results: found.slice(offset, offset + limit), page, limit, total: null, hasMore: found.length > offset + limit, near };
  }

  /** A published listing; moderators also open pending, refused and unpublished ones. NOT_FOUND otherwise. */
  async get(actor: Actor, id: string): Promise<ChurchTable> {
    churchPolicy.authorize(actor, 'read');
    const row = await this.repository.findById(id);
    if (!row || (row.status !== 'published' && !churchPolicy.can(actor, 'review'))) throw new AppError('NOT_FOUND', 'There is no published church listing here.');
    return row;
  }

  /** The sitemap's share: each published listing's page, with its last change. */
  async sitemapEntries(actor: Actor): Promise<SitemapEntry[]> {
    churchPolicy.authorize(actor, 'read');
    const rows = await this.repository.publishedForSitemap(SITEMAP_AREA_LIMIT);
    return rows.map((r) => ({ path: `/churches/${encodeURIComponent(r.id)}`, lastmod: r.updated_at }));
  }

  /** The review queue: listings waiting, oldest first. */
  async pending(actor: Actor): Promise<ChurchTable[]> {
    churchPolicy.authorize(actor, 'review');
    return this.repository.pending(REVIEW_PAGE);
  }

  /** Listings in another state (published, unpublished, rejected), by name, for moderators to find. */
  async listForReview(actor: Actor, status: Exclude<ChurchStatus, 'pending'>, q: string, page: number): Promise<{ rows: ChurchTable[]; total: number }> {
    churchPolicy.authorize(actor, 'review');
    const filter: ChurchFilter = { text: foldText(q), postal: postalKey(q), country: '' };
    const [rows, total] = await Promise.all([this.repository.list(status, filter, PAGE_SIZE, (Math.max(1, page) - 1) * PAGE_SIZE), this.repository.count(status, filter)]);
    return { rows, total };
  }

  /** Publishes a pending or unpublished listing; CONFLICT when it is neither (decided meanwhile). */
  async approve(actor: Actor, id: string): Promise<void> {
    churchPolicy.authorize(actor, 'review');
    await this.repository.transaction(async (repo, trx) => this.publishWithin(actor, id, repo, trx));
  }

  private async publishWithin(actor: Actor, id: string, repo: ChurchRepository, trx: Kysely<Tables>): Promise<void> {
    const now = this.deps.clock();
    const at = now.toISOString();
    const reviewer = actor.kind === 'user' ? actor.id : null;
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'There is no church listing here.');
    const changes = { status: 'published', published_at: row.published_at ?? at, reviewed_at: at, reviewed_by: reviewer, rejection_reason: null, updated_at: at };
    if (!(await repo.updateFrom(id, ['pending', 'unpublished'], changes))) throw new AppError('CONFLICT', 'This listing is not waiting to be published.');
    if (row.submitter_email) await enqueue(trx, { topic: CHURCH_TOPICS.published, payload: { churchId: id }, dedupeKey: `${CHURCH_TOPICS.published}:${id}` }, now);
    await this.deps.audit.record(actor, { action: 'church.published', subject: { type: 'church', id } }, trx);
  }

  /** Refuses a pending listing with a reason the submitter is told; VALIDATION without one. */
  async reject(actor: Actor, id: string, reason: string): Promise<void> {
    churchPolicy.authorize(actor, 'review');
    const why = reason.trim().replace(/\r\n/g, '\n');
    if (!why) throw churchProblems({ reason: 'missing' });
    if (why.length > MAX_REASON) throw churchProblems({ reason: 'tooLong' });
    const now = this.deps.clock();
    const at = now.toISOString();
    await this.repository.transaction(async (repo, trx) => {
      const row = await repo.findById(id);
      if (!row) throw new AppError('NOT_FOUND', 'There is no church listing here.');
      const changes = { status: 'rejected', rejection_reason: why, reviewed_at: at, reviewed_by: actor.kind === 'user' ? actor.id : null, updated_at: at };
      if (!(await repo.updateFrom(id, ['pending'], changes))) throw new AppError('CONFLICT', 'This listing is not waiting for review.');
      if (row.submitter_email) await enqueue(trx, { topic: CHURCH_TOPICS.rejected, payload: { churchId: id }, dedupeKey: `${CHURCH_TOPICS.rejected}:${id}` }, now);
      await this.deps.audit.record(actor, { action: 'church.rejected', subject: { type: 'church', id } }, trx);
    });
  }

  /** Changes a listing's details (the same checks as a submission); with `publish`, publishes it too. */
  async edit(actor: Actor, id: string, fields: ChurchFields, options: { publish?: boolean } = {}): Promise<void> {
    churchPolicy.authorize(actor, 'review');
    // The submitter's address is not the moderator's to change.
    const input = parseChurch({ ...fields, email: undefined });
    const at = this.deps.clock().toISOString();
    await this.repository.transaction(async (repo, trx) => {
      if (!(await repo.updateFrom(id, ['pending', 'published', 'unpublished'], { ...toRow(input), updated_at: at }))) {
        if (!(await repo.findById(id))) throw new AppError('NOT_FOUND', 'There is no church listing here.');
        throw new AppError('CONFLICT', 'A refused listing cannot be edited.');
      }
      await this.deps.audit.record(actor, { action: 'church.edited', subject: { type: 'church', id } }, trx);
      if (options.publish) {
        const row = await repo.findById(id);
        if (row?.status !== 'published') await this.publishWithin(actor, id, repo, trx);
      }
    });
  }

  /** Takes a published listing off the directory (it can be published again). */
  async unpublish(actor: Actor, id: string): Promise<void> {
    churchPolicy.authorize(actor, 'review');
    const at = this.deps.clock().toISOString();
    await this.repository.transaction(async (repo, trx) => {
      if (!(await repo.updateFrom(id, ['published'], { status: 'unpublished', reviewed_at: at, reviewed_by: actor.kind === 'user' ? actor.id : null, updated_at: at }))) {
        if (!(await repo.findById(id))) throw new AppError('NOT_FOUND', 'There is no church listing here.');
        throw new AppError('CONFLICT', 'This listing is not published.');
      }
      await this.deps.audit.record(actor, { action: 'church.unpublished', subject: { type: 'church', id } }, trx);
    });
  }

  /** The listing an unsubscribe link names; NOT_FOUND for a link that is not ours or a listing gone. */
  async unsubscribeTarget(token: string): Promise<ChurchTable> {
    const id = this.deps.tokens.verify(token);
    const row = id ? await this.repository.findById(id) : undefined;
    if (!row) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    return row;
  }

  /** Forgets the submitter's address, so no further email about the listing is sent (again is fine); returns the listing. */
  async unsubscribe(token: string): Promise<ChurchTable> {
    const row = await this.unsubscribeTarget(token);
    await this.repository.clearSubmitterEmail(row.id, this.deps.clock().toISOString());
    return row;
  }
}
