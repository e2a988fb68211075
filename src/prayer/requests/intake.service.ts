/**
 * Taking a prayer request in: check it, look for crisis language, apply the per-address limit, scrub
 * what others will read, and store it with its outbox events in one transaction — so that a 201 means
 * the request is durably stored and its notifications will follow.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { GroupCommit } from '../../platform/db/group-commit.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { checkCrisis, scrubPublicText, type CrisisCheck, type CrisisResourceOverrides } from '../safety/index.js';
import type { RequestLanguage } from '../prayer.types.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { issueManageToken } from './manage-token.js';
import type { PrayerRequest } from './request.js';
import { emitRequestEvent } from './request.events.js';
import { parseIntake, type IntakeFields } from './request.input.js';
import { requestPolicy } from './request.policy.js';
import { RequestRepository, storedRequest, type NewPrayerRequest } from './request.repository.js';
import type { SubmitRateLimiter } from './submit-rate-limit.js';

/** Where a submission comes from. */
export interface IntakeContext {
  /** The client's address (behind trusted proxies), for the per-address limit. */
  readonly clientAddress: string;
  /** The page's (or API caller's) language: the request's language when none is chosen. */
  readonly locale: RequestLanguage;
}

/** A stored request and what the requester must be told at once. */
export interface IntakeResult {
  readonly request: PrayerRequest;
  /** The secret of the private link; shown once, never stored. */
  readonly manageToken: string;
  readonly manageUrl: string;
  readonly crisis: CrisisCheck | null;
}

/** What intake needs from the process. */
export interface IntakeDependencies {
  readonly db: Kysely<Tables>;
  /** Shares one commit among the requests of one moment (one per process, over `db`); made here when absent. */
  readonly commits?: GroupCommit<Tables>;
  readonly settings: SettingsRepository;
  readonly limiter: SubmitRateLimiter;
  /** Public address, for the private link. */
  readonly baseUrl: string;
  readonly clock: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

const DAY = 24 * 60 * 60 * 1000;

/** The private link of a token, in the request's language. */
export function manageUrlFor(baseUrl: string, language: RequestLanguage, token: string): string {
  return baseUrl + localePath(language, `/r/${token}`);
}

/** Intake of prayer requests from the form and the API. */
export class IntakeService {
  readonly #commits: GroupCommit<Tables>;

  constructor(private readonly deps: IntakeDependencies) {
    this.#commits = deps.commits ?? new GroupCommit(deps.db);
  }

  /**
   * Stores a new request. Throws VALIDATION (every field's problem), or RATE_LIMITED with
   * `details.retryAfterSeconds` — and, when the refused text carries crisis language, `details.crisis`,
   * because nobody in danger should be turned away without the numbers to call.
   */
  async submit(actor: Actor, fields: IntakeFields, context: IntakeContext): Promise<IntakeResult> {
    requestPolicy.authorize(actor, 'submit');
    const input = parseIntake(fields, context.locale);
    // Crisis language about the person prayed for counts as much as about the requester.
    const crisis = checkCrisis(input.forWhom ? `${input.text}\n${input.forWhom}` : input.text, {
      language: input.language,
      resources: this.deps.crisisResources,
    });

    // The prayer team signs in and may enter many requests (from phone calls, say); the public is limited.
    if (actor.kind === 'anonymous') {
      const allowance = await this.deps.limiter.take(context.clientAddress);
      if (!allowance.allowed) {
        const retryAfterSeconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
        throw new AppError('RATE_LIMITED', `Too many prayer requests from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
          retryAfterSeconds,
          crisis: crisis ? { kind: crisis.kind, resources: crisis.resources } : null,
        });
      }
    }

    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const at = now.toISOString();
    const visibility = crisis ? 'pastoral' : input.visibility;
    const moderation = visibility === 'public' ? (settings.autoApprovePublic ? 'approved' : 'pending') : 'not_required';
    const { token, hash } = issueManageToken();
    const manageUrl = manageUrlFor(this.deps.baseUrl, input.language, token);
    const id = randomUUID();

    const row: NewPrayerRequest = {
      id,
      manageTokenHash: hash,
      text: input.text,
      publicText: scrubPublicText(input.text, input.language).text,
      firstName: input.firstName,
      email: input.email,
      forWhom: input.forWhom,
      category: input.category,
      visibility,
      language: input.language,
      moderation,
      urgent: crisis !== null,
      crisisKinds: crisis ? [...crisis.kinds] : [],
      submittedBy: actor.kind === 'user' ? actor.id : null,
      now: at,
      expiresAt: new Date(now.getTime() + settings.expiryDays * DAY).toISOString(),
    };
    // Requests arriving together share a commit; the promise settles only once this one is stored.
    await this.#commits.run(async (trx) => {
      await new RequestRepository(trx).insert(row);
      // The confirmation is the event's only work, so without an email there is nothing to announce.
      if (input.email) await emitRequestEvent(trx, 'request.submitted', { requestId: id, language: input.language, manageUrl }, now, `request.submitted:${id}`);
      if (crisis) {
        await emitRequestEvent(trx, 'request.crisis', { requestId: id, kinds: [...crisis.kinds], source: 'intake', language: input.language }, now, `request.crisis:${id}:intake`);
      }
    });
    const request = storedRequest(row);
    return { request, manageToken: token, manageUrl, crisis };
  }
}
