/**
 * Continual intercession: an intercessor commits to pray for a request daily for N days (1–90). Running
 * commitments bring a daily reminder (one digest a day, sent by the notifications worker from
 * `dueForDigest`) and end by themselves when the days are done or the request is answered, closed,
 * expired or deleted — on record as soon as anyone reads them, whether or not a job has run.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import { LIMITS } from '../prayer.types.js';
import { requestPolicy } from '../requests/request.policy.js';
import { RequestRepository } from '../requests/request.repository.js';
import { requireIntercessor } from '../dispatch/intercessor.js';
import { CommitmentRepository, type Commitment, type CommitmentEndReason, type CommitmentWithRequest } from './commitment.repository.js';

/** A running commitment with its request and which day of it today is. */
export interface RunningCommitment extends CommitmentWithRequest {
  /** Today is day `day` of the commitment's `days` (1 on the day it was made). */
  readonly day: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Fewest and most days one can commit to. */
export const MIN_COMMITMENT_DAYS = 1;
export const MAX_COMMITMENT_DAYS = LIMITS.commitmentDaysMax;

/** Checks a number of days (a number, or digits from a form); throws VALIDATION naming `days`. */
export function parseDays(input: unknown): number {
  const value = typeof input === 'string' && /^\s*\d{1,4}\s*$/.test(input) ? Number(input) : input;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_COMMITMENT_DAYS || value > MAX_COMMITMENT_DAYS) {
    throw invalidFields({ days: 'invalid' }, `days must be a whole number from ${MIN_COMMITMENT_DAYS} to ${MAX_COMMITMENT_DAYS}`);
  }
  return value;
}

/**
 * Ends the running commitments to a request whose life ended (answered, closed, expired, deleted).
 * For the requests area and the expiry job; pass their transaction so both commit together.
 */
export async function endCommitmentsForRequest(db: Kysely<Tables>, requestId: string, reason: Exclude<CommitmentEndReason, 'completed' | 'withdrawn'>, now: Date): Promise<number> {
  return new CommitmentRepository(db).endForRequest(requestId, reason, now.toISOString());
}

/** Which day of its commitment today is (1 on the day it was made). */
export function commitmentDay(commitment: Pick<Commitment, 'createdAt' | 'days'>, now: Date): number {
  const day = Math.floor((now.getTime() - Date.parse(commitment.createdAt)) / DAY_MS) + 1;
  return Math.min(Math.max(day, 1), commitment.days);
}

/** Commitments: make, list, withdraw, and the daily reminder's query. */
export class CommitmentService {
  constructor(private readonly deps: { db: Kysely<Tables>; clock: () => Date }) {}

  /**
   * Commits `actor` to pray for a request daily for `days` days. A running commitment to the same
   * request starts over with the new number of days (`renewed`). Throws VALIDATION, NOT_FOUND,
   * OWN_REQUEST or REQUEST_NOT_OPEN.
   */
  async commit(actor: Actor, input: { requestId: string; days: unknown }): Promise<{ commitment: Commitment; renewed: boolean }> {
    const user = requireIntercessor(actor);
    const days = parseDays(input.days);
    const request = await new RequestRepository(this.deps.db).findById(input.requestId);
    if (!request || !requestPolicy.can(actor, 'read', request)) throw new AppError('NOT_FOUND', 'There is no prayer request here for you.');
    if (!requestPolicy.can(actor, 'pray', request)) throw new AppError(request.submittedBy === user.id ? 'OWN_REQUEST' : 'REQUEST_NOT_OPEN');
    const now = this.deps.clock();
    const at = now.toISOString();
    const endsAt = new Date(now.getTime() + days * DAY_MS).toISOString();
    const repo = new CommitmentRepository(this.deps.db);
    const running = await repo.runningOf(user.id, request.id, at);
    if (running) {
      await repo.renew(running.id, days, at, endsAt);
      return { commitment: { ...running, days, createdAt: at, endsAt }, renewed: true };
    }
    const id = randomUUID();
    await repo.insert({ id, requestId: request.id, userId: user.id, days, now: at, endsAt });
    return { commitment: { id, requestId: request.id, userId: user.id, days, createdAt: at, endsAt, endedAt: null, endReason: null }, renewed: false };
  }

  /** `actor`'s running commitments with their requests, soonest end first (ending stale ones first). */
  async listMine(actor: Actor): Promise<RunningCommitment[]> {
    const user = requireIntercessor(actor);
    // A request the person may no longer read (now pastoral, hidden) stays committed but is not shown.
    return (await this.running(user.id)).filter((c) => requestPolicy.can(actor, 'read', c.request));
  }

  /** Withdraws one of `actor`'s running commitments; NOT_FOUND when it is not theirs or has ended. */
  async withdraw(actor: Actor, input: { commitmentId: string }): Promise<void> {
    const user = requireIntercessor(actor);
    const ended = await new CommitmentRepository(this.deps.db).end(input.commitmentId, user.id, 'withdrawn', this.deps.clock().toISOString());
    if (!ended) throw new AppError('NOT_FOUND', 'There is no running commitment of yours here.');
  }

  /**
   * For the daily reminder (the notifications worker, a trusted caller): `userId`'s running commitments
   * with their requests, after ending those whose days are done or whose request ended. Present requests
   * with `presentForIntercessor` — never their private text.
   */
  async dueForDigest(userId: string): Promise<RunningCommitment[]> {
    return this.running(userId);
  }

  /** Everyone with a running commitment (whom the daily reminder concerns), after ending stale ones. */
  async peopleToRemind(): Promise<string[]> {
    const at = this.deps.clock().toISOString();
    const repo = new CommitmentRepository(this.deps.db);
    await repo.endStale(at);
    return repo.usersWithRunning(at);
  }

  private async running(userId: string): Promise<RunningCommitment[]> {
    const now = this.deps.clock();
    const repo = new CommitmentRepository(this.deps.db);
    await repo.endStale(now.toISOString(), userId);
    const items = await repo.runningWithRequests(userId, now.toISOString());
    return items.map((item) => ({ ...item, day: commitmentDay(item.commitment, now) }));
  }

  /** People who prayed for or committed to a request (whom its updates and answer concern). */
  async peopleConcernedWith(requestId: string): Promise<string[]> {
    return new CommitmentRepository(this.deps.db).peopleConcernedWith(requestId);
  }
}
