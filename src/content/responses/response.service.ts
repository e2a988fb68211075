/**
 * Responses at the end of articles: check what the reader said, look for crisis language, turn "please
 * pray for me" into a prayer request through the intake service (its rules, scrubbing, private link and
 * confirmation email stay its own), and store the response — with its journey and first message when the
 * person left an email and consented — in one transaction. Pastors read responses and mark who they
 * followed up personally; each reading of contact details and each mark is audited.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { RequestLanguage } from '../../prayer/prayer.types.js';
import { checkText } from '../../prayer/requests/request.input.js';
import type { IntakeService } from '../../prayer/requests/intake.service.js';
import { checkCrisis, crisisResources, type CrisisCheck, type CrisisResource, type CrisisResourceOverrides } from '../../prayer/safety/index.js';
import type { ArticleService } from '../articles/article.service.js';
import type { JourneyService } from './journey.service.js';
import { RESPONSE_TOPICS } from './journey.topics.js';
import { isFormId, receiptKey, seal, unseal } from './response-receipt.js';
import { ResponseReceiptRepository } from './response-receipt.repository.js';
import { parseResponse, type ResponseFields, type ResponseInput } from './response.input.js';
import { responsePolicy } from './response.policy.js';
import { ResponseRepository, type ResponseFilter, type ResponseWithJourney } from './response.repository.js';
import { CONSENT_VERSION, RESPONSE_KINDS, type ResponseKind } from './response.types.js';

/** Where a response comes from. */
export interface ResponseContext {
  /** The client's address, for the prayer requests' per-address limit. */
  readonly clientAddress: string;
  readonly locale: RequestLanguage;
  /** The article responded to (its slug); optional for the API. */
  readonly articleSlug?: string;
  /** The form's one-time id (response-receipt.ts): the same form sent twice then stores one response. */
  readonly formId?: string;
}

/** A stored response and what the person must be told at once. */
export interface ResponseResult {
  readonly response: ResponseWithJourney;
  /** The journey's first step when one was enqueued now (normally `welcome`). */
  readonly firstStep: string | null;
  readonly crisis: CrisisCheck | null;
  /** "Please pray for me": the request made, with its private link (shown once). */
  readonly prayerRequest: { readonly id: string; readonly manageToken: string; readonly manageUrl: string } | null;
  /** The same form was sent again: nothing new was stored, and this is what the first sending stored. */
  readonly repeated?: boolean;
}

/** What the thank-you page shows again after the redirect: no name, email or message. */
export interface ResponseConfirmation {
  readonly kind: ResponseKind;
  /** A journey started (an email and consent were given). */
  readonly journey: boolean;
  /** An email address was left. */
  readonly contactable: boolean;
  /** Crisis resources, when the message carried crisis language (as the POST showed them). */
  readonly crisis: readonly CrisisResource[];
  readonly articleSlug: string | null;
}

/** What the responses service needs. */
export interface ResponseDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly intake: Pick<IntakeService, 'submit'>;
  readonly articles: Pick<ArticleService, 'getBySlug'>;
  readonly journeys: JourneyService;
  readonly clock: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

/** Responses listed on the pastors' page at once (the total is always complete). */
export const RESPONSES_LIMIT = 100;
const NOTE_MAX = 1000;
const ID = /^[A-Za-z0-9-]{1,64}$/;
/** How long a repeated sending waits for the first one to be stored (a double click arrives while it is). */
const REPEAT_WAIT_MS = 10_000;
const REPEAT_POLL_MS = 50;

export class ResponseService {
  constructor(private readonly deps: ResponseDependencies) {}

  /**
   * Stores a response; the same form sent again (same form id and words) stores nothing and answers with the
   * first sending's result. Throws VALIDATION naming every bad field, NOT_FOUND for an unknown article,
   * RATE_LIMITED from intake, CONFLICT when a repeat waited too long for the first sending.
   */
  async submit(actor: Actor, fields: ResponseFields, context: ResponseContext): Promise<ResponseResult> {
    responsePolicy.authorize(actor, 'submit');
    const input = parseResponse(fields, context.locale);
    const article = context.articleSlug !== undefined ? await this.deps.articles.getBySlug(actor, context.articleSlug) : null;
    const crisis = input.message ? checkCrisis(input.message, { language: input.language, resources: this.deps.crisisResources }) : null;
    const key = isFormId(context.formId) ? receiptKey(context.formId, input, article?.slug) : null;
    if (key) {
      const first = await this.firstSending(key);
      if (first) return this.repeated(first, context.formId!, crisis);
    }
    try {
      return await this.store(actor, input, context, { article, crisis, key });
    } catch (err) {
      if (key) await new ResponseReceiptRepository(this.deps.db).release(key);
      throw err;
    }
  }

  /** Makes the prayer request (for "please pray for me") and stores the response, its journey and its receipt. */
  private async store(
    actor: Actor,
    input: ResponseInput,
    context: ResponseContext,
    { article, crisis, key }: { article: { id: string } | null; crisis: CrisisCheck | null; key: string | null },
  ): Promise<ResponseResult> {
    // The intake service owns every rule of prayer requests (limits, crisis, scrubbing, private link,
    // confirmation email). Its transaction commits first: should ours then fail, the person's request
    // for prayer still stands, which is what they asked for.
    let prayerRequest: ResponseResult['prayerRequest'] = null;
    if (input.kind === 'prayer') {
      const made = await this.deps.intake.submit(
        actor,
        { text: input.message, category: 'faith', visibility: 'team', language: input.language, firstName: input.firstName ?? undefined, email: input.email ?? undefined },
        { clientAddress: context.clientAddress, locale: context.locale },
      );
      prayerRequest = { id: made.request.id, manageToken: made.manageToken, manageUrl: made.manageUrl };
    }

    const now = this.deps.clock();
    const at = now.toISOString();
    const id = randomUUID();
    const steps = input.consent ? await this.deps.journeys.steps() : [];
    let firstStep: string | null = null;
    await this.deps.db.transaction().execute(async (trx) => {
      await new ResponseRepository(trx).insert({
        id,
        article_id: article?.id ?? null,
        kind: input.kind,
        language: input.language,
        first_name: input.firstName,
        email: input.email,
        message: input.message,
        consent_version: input.consent ? CONSENT_VERSION : null,
        consented_at: input.consent ? at : null,
        prayer_request_id: prayerRequest?.id ?? null,
        crisis_kinds: JSON.stringify(crisis ? crisis.kinds : []),
        followed_up_at: null,
        followed_up_by: null,
        follow_up_note: null,
        created_at: at,
        purged_at: null,
      });
      if (input.consent) firstStep = (await this.deps.journeys.start(trx, { responseId: id, language: input.language, now, steps })).firstStep;
      if (key) await new ResponseReceiptRepository(trx).complete(key, id, prayerRequest ? seal(context.formId!, JSON.stringify(prayerRequest)) : null);
      // A prayer request with crisis language has alerted pastors through intake already.
      if (crisis && input.kind !== 'prayer') {
        await enqueue(trx, { topic: RESPONSE_TOPICS.crisis, payload: { responseId: id, kinds: [...crisis.kinds] }, dedupeKey: `${RESPONSE_TOPICS.crisis}:${id}` }, now);
      }
    });
    const response = await new ResponseRepository(this.deps.db).find(id);
    return { response: response!, firstStep, crisis, prayerRequest };
  }

  /** Claims a sending (null: this one stores it), or waits for the first sending of the same form and returns its receipt. */
  private async firstSending(key: string): Promise<{ responseId: string; sealedLink: string | null } | null> {
    const receipts = new ResponseReceiptRepository(this.deps.db);
    const deadline = performance.now() + REPEAT_WAIT_MS;
    for (;;) {
      if (await receipts.claim(key, this.deps.clock().toISOString())) return null;
      const receipt = await receipts.find(key);
      if (receipt?.response_id) return { responseId: receipt.response_id, sealedLink: receipt.sealed_link };
      // Still being stored (or given up, and then the next claim is ours).
      if (performance.now() > deadline) throw new AppError('CONFLICT', 'This response is still being sent; wait a moment, then send it again.');
      await sleep(REPEAT_POLL_MS);
    }
  }

  /** The answer to a repeated sending: the first sending's response and, opened with the form id, its private link. */
  private async repeated(first: { responseId: string; sealedLink: string | null }, formId: string, crisis: CrisisCheck | null): Promise<ResponseResult> {
    const response = await this.find(first.responseId);
    const opened = first.sealedLink ? unseal(formId, first.sealedLink) : null;
    const prayerRequest = opened ? (JSON.parse(opened) as ResponseResult['prayerRequest']) : null;
    return { response, firstStep: null, crisis, prayerRequest, repeated: true };
  }

  /**
   * What the thank-you page shows of a response just stored. The caller has checked that the person asking
   * is the one who responded (the route's signed, short-lived reference); nothing personal is returned.
   * Throws NOT_FOUND when the response is gone.
   */
  async confirmation(actor: Actor, input: { responseId: string }): Promise<ResponseConfirmation> {
    responsePolicy.authorize(actor, 'submit');
    const response = await this.find(input.responseId);
    return {
      kind: response.kind,
      journey: response.journey !== null,
      contactable: response.email !== null,
      // The same resources submit() showed: checkCrisis picks them by the response's language and the kinds found.
      crisis: response.crisisKinds.length > 0 ? crisisResources(response.language, this.deps.crisisResources, response.crisisKinds) : [],
      articleSlug: response.articleSlug,
    };
  }

  /** Newest first, narrowed by kind and by followed up or not. Pastors only; no contact details. */
  async list(actor: Actor, filter: { kind?: unknown; followedUp?: unknown } = {}): Promise<{ items: ResponseWithJourney[]; total: number; filter: ResponseFilter }> {
    responsePolicy.authorize(actor, 'list');
    const clean: ResponseFilter = {
      kind: typeof filter.kind === 'string' && (RESPONSE_KINDS as readonly string[]).includes(filter.kind) ? (filter.kind as ResponseKind) : undefined,
      followedUp: filter.followedUp === 'yes' || filter.followedUp === true ? true : filter.followedUp === 'no' || filter.followedUp === false ? false : undefined,
    };
    const result = await new ResponseRepository(this.deps.db).list(clean, RESPONSES_LIMIT);
    return { ...result, filter: clean };
  }

  /** Opens one response with the person's contact details; the reading is audited. */
  async open(actor: Actor, input: { responseId: string }): Promise<ResponseWithJourney> {
    responsePolicy.authorize(actor, 'read');
    const response = await this.find(input.responseId);
    await this.deps.audit.record(actor, { action: 'response.viewed', subject: { type: 'response', id: response.id }, details: { kind: response.kind, via: 'pastoral_responses' } });
    return response;
  }

  /** Marks the person as followed up personally, with an optional note (audited). Throws NOT_FOUND or VALIDATION naming `note`. */
  async followUp(actor: Actor, input: { responseId: string; note?: unknown }): Promise<ResponseWithJourney> {
    responsePolicy.authorize(actor, 'followUp');
    const note = checkText(input.note, NOTE_MAX, false);
    if (note.problem) throw invalidFields({ note: note.problem }, `note ${note.problem === 'tooLong' ? `is too long (${NOTE_MAX} characters at most)` : 'must be text'}`);
    const response = await this.find(input.responseId);
    const at = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new ResponseRepository(trx).markFollowedUp(response.id, actor.kind === 'user' ? actor.id : null, note.value, at);
      // The note stays out of the audit log: it may hold what the person shared.
      await this.deps.audit.record(actor, { action: 'response.followed_up', subject: { type: 'response', id: response.id }, details: { withNote: note.value !== null } }, trx);
    });
    return this.find(response.id);
  }

  private async find(responseId: string): Promise<ResponseWithJourney> {
    const response = ID.test(responseId) ? await new ResponseRepository(this.deps.db).find(responseId) : undefined;
    if (!response) throw new AppError('NOT_FOUND', 'There is no response with this id.');
    return response;
  }
}
