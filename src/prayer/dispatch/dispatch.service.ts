/**
 * The dispatcher: gives an intercessor the request that most needs prayer now (dispatch.score.ts), under
 * a short lease so that intercessors praying at the same moment get different requests. A person who
 * still holds a live lease gets the same request back; a lease that lapses returns its request to the pool.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor, UserActor } from '../../platform/auth/actor.js';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import type { RequestLanguage } from '../prayer.types.js';
import type { PrayerRequest } from '../requests/request.js';
import { readableVisibilities, requestPolicy } from '../requests/request.policy.js';
import { RequestRepository } from '../requests/request.repository.js';
import { scrubPublicText } from '../safety/index.js';
import type { PrayerScripture, PrayerScriptureService } from '../scriptures/prayer-scriptures.service.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { dispatchRepositoryFor } from './dispatch.repository.js';
import { requireIntercessor } from './intercessor.js';
import { LeaseRepository, type Lease } from './lease.repository.js';

const HOUR_MS = 60 * 60 * 1000;
/** Candidates a claim tries before it gives up (each one taken by someone else in the meantime). */
const MAX_TRIES = 25;

/** A request given to (or opened by) an intercessor, with the Scriptures to pray. */
export interface Assignment {
  /** The lease the intercessor holds on it; null when they opened it without one (from a commitment). */
  readonly lease: Lease | null;
  readonly request: PrayerRequest;
  readonly scriptures: readonly PrayerScripture[];
  /** May they record a prayer for it now (live, not hidden, not their own)? */
  readonly canPray: boolean;
}

/** What the dispatcher needs. */
export interface DispatchDependencies {
  readonly db: Kysely<Tables>;
  readonly kind: DbKind;
  readonly clock: () => Date;
  readonly settings: SettingsRepository;
  readonly scriptures: PrayerScriptureService;
  readonly audit: Pick<AuditService, 'record'>;
  /** Languages the person prays in (their account's). */
  languagesOf(actor: UserActor): Promise<readonly RequestLanguage[]>;
}

/** The text an intercessor reads: the scrubbed text (pastors: the requester's own words). */
export function textFor(actor: Actor, request: PrayerRequest): string {
  if (requestPolicy.can(actor, 'readPrivate', request) && request.text !== null) return request.text;
  if (request.publicText !== null) return request.publicText;
  // A row stored without its scrubbed copy is scrubbed on the way out, never shown raw.
  return request.text === null ? '' : scrubPublicText(request.text, request.language).text;
}

/** Hands out requests to intercessors. */
export class DispatchService {
  constructor(private readonly deps: DispatchDependencies) {}

  /**
   * The next request for `actor` to pray for, leased for `settings.leaseMinutes`, or null when nothing
   * is waiting for them. Throws UNAUTHENTICATED, COVENANT_REQUIRED or FORBIDDEN.
   */
  async next(actor: Actor): Promise<Assignment | null> {
    const user = requireIntercessor(actor);
    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const expiresAt = new Date(now.getTime() + settings.leaseMinutes * 60_000).toISOString();
    const leases = new LeaseRepository(this.deps.db);

    const held = await leases.liveOf(user.id, now.toISOString());
    if (held) {
      const request = await new RequestRepository(this.deps.db).findById(held.requestId);
      // Still theirs to pray for: the same request back, with its lease renewed.
      if (request && requestPolicy.can(actor, 'pray', request) && (await leases.extend(held.id, now.toISOString(), expiresAt))) {
        return this.assignment(actor, { ...held, expiresAt }, request);
      }
      await leases.release(held.requestId, user.id);
    }

    const languages = await this.deps.languagesOf(user);
    const visibilities = readableVisibilities(actor);
    const since = new Date(now.getTime() - settings.reprayAfterHours * HOUR_MS).toISOString();
    const claimed = await this.deps.db.transaction().execute(async (trx) => {
      const candidates = dispatchRepositoryFor(this.deps.kind, trx);
      const claims = new LeaseRepository(trx);
      const tried: string[] = [];
      while (tried.length < MAX_TRIES) {
        const [candidate] = await candidates.candidates({ userId: user.id, visibilities, languages, now, prayedSince: since, skippedSince: since, exclude: tried }, 1);
        if (!candidate) return null;
        tried.push(candidate.id);
        // The SQL mirrors the policy; the policy itself has the last word.
        if (!requestPolicy.can(actor, 'pray', candidate)) continue;
        const lease = { id: randomUUID(), requestId: candidate.id, userId: user.id, now: now.toISOString(), expiresAt };
        if (!(await claims.claim(lease))) continue;
        await claims.releaseOthers(user.id, candidate.id);
        return { lease: { id: lease.id, requestId: lease.requestId, userId: lease.userId, createdAt: lease.now, expiresAt }, request: candidate };
      }
      return null;
    });
    return claimed ? this.assignment(actor, claimed.lease, claimed.request) : null;
  }

  /**
   * One request `actor` may read, opened directly (a commitment, a form shown again), with their lease
   * on it if they hold one. NOT_FOUND when it does not exist or they may not read it.
   */
  async open(actor: Actor, requestId: string): Promise<Assignment> {
    const user = requireIntercessor(actor);
    const request = await new RequestRepository(this.deps.db).findById(requestId);
    if (!request || !requestPolicy.can(actor, 'read', request)) throw new AppError('NOT_FOUND', 'There is no prayer request here for you.');
    const lease = await new LeaseRepository(this.deps.db).liveOn(requestId, user.id, this.deps.clock().toISOString());
    return this.assignment(actor, lease ?? null, request);
  }

  /** Gives a request back to the pool without praying or skipping (the intercessor stepped away). */
  async release(actor: Actor, requestId: string): Promise<void> {
    const user = requireIntercessor(actor);
    await new LeaseRepository(this.deps.db).release(requestId, user.id);
  }

  private async assignment(actor: Actor, lease: Lease | null, request: PrayerRequest): Promise<Assignment> {
    // Pastoral requests are read by pastors only, and every reading is on the record.
    if (request.visibility === 'pastoral') {
      await this.deps.audit.record(actor, {
        action: 'prayer_request.viewed',
        subject: { type: 'prayer_request', id: request.id },
        details: { visibility: request.visibility, urgent: request.urgent, via: lease ? 'intercession' : 'direct' },
      });
    }
    const scriptures = await this.deps.scriptures.forRequest({
      id: request.id,
      category: request.category,
      language: request.language,
      text: request.publicText ?? (request.text === null ? '' : scrubPublicText(request.text, request.language).text),
    });
    return { lease, request, scriptures, canPray: requestPolicy.can(actor, 'pray', request) };
  }
}
