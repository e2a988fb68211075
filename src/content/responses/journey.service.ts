/**
 * Follow-up journeys: a response with an email and consent starts one; the first step (day 0) is
 * enqueued in the response's own transaction, later steps by the scheduling job, one step per journey
 * and run, never two messages closer than MIN_GAP_MS. Unsubscribing stops a journey at once: the step
 * handler checks the journey again just before it sends.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { invalidFields } from '../../platform/field-errors.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import { JourneyRepository, type ActiveJourney } from './journey.repository.js';
import { JourneySettingsRepository } from './journey-settings.repository.js';
import { JOURNEY_STEP_KEYS, MAX_STEP_DAY, nextStep, type JourneyStep } from './journey.steps.js';
import { RESPONSE_TOPICS, stepDedupeKey } from './journey.topics.js';
import { responsePolicy } from './response.policy.js';

/** Journeys looked at per run; the rest wait for the next run. */
const BATCH = 1000;

/** What one scheduling run did. */
export interface JourneyRunReport {
  readonly sent: number;
  readonly completed: number;
}

export class JourneyService {
  constructor(private readonly deps: { readonly db: Kysely<Tables>; readonly audit: Pick<AuditService, 'record'>; readonly clock: () => Date }) {}

  /** The configured steps. */
  async steps(): Promise<JourneyStep[]> {
    return new JourneySettingsRepository(this.deps.db).steps();
  }

  /** Starts a journey inside the response's transaction and enqueues its first step when it is due now. */
  async start(trx: Transaction<Tables>, input: { responseId: string; language: 'en' | 'es'; now: Date; steps: readonly JourneyStep[] }): Promise<{ journeyId: string; firstStep: string | null }> {
    const journeyId = randomUUID();
    const at = input.now.toISOString();
    const repository = new JourneyRepository(trx);
    await repository.insert({ id: journeyId, response_id: input.responseId, language: input.language, started_at: at, status: 'active', last_step_day: null, last_sent_at: null, next_due_at: at, ended_at: null, stop_reason: null });
    const taken = await this.take(trx, { id: journeyId, startedAt: at, lastStepDay: null, lastSentAt: null, taken: new Set() }, input.steps, input.now);
    return { journeyId, firstStep: taken };
  }

  /**
   * Takes the journey's due step, if any, in `trx`: records it, enqueues its email, and notes when to look
   * again; completes the journey after its last step. A journey whose next step is not due yet is looked at
   * again at that step's time.
   */
  private async take(trx: Transaction<Tables>, journey: ActiveJourney, steps: readonly JourneyStep[], now: Date): Promise<string | null> {
    const repository = new JourneyRepository(trx);
    const at = now.toISOString();
    const next = nextStep(steps, journey);
    if (!next) {
      await repository.complete(journey.id, at);
      return null;
    }
    if (next.dueAt.getTime() > now.getTime()) {
      await repository.reschedule(journey.id, next.dueAt.toISOString());
      return null;
    }
    const step = next.step;
    const after = { ...journey, lastStepDay: step.day, lastSentAt: at, taken: new Set([...journey.taken, step.key]) };
    const following = nextStep(steps, after);
    if (!(await repository.takeStep(journey.id, step.key, step.day, at, following ? following.dueAt.toISOString() : null))) return null;
    await enqueue(trx, { topic: RESPONSE_TOPICS.journeyStep, payload: { journeyId: journey.id, step: step.key }, dedupeKey: stepDedupeKey(journey.id, step.key) }, now);
    if (!following) await repository.complete(journey.id, at);
    return step.key;
  }

  /** The scheduling job: every active journey takes its next step when due. Safe to run again or on several processes at once. */
  async runDue(now: Date): Promise<JourneyRunReport> {
    const steps = await this.steps();
    let sent = 0;
    let completed = 0;
    for (const journey of await new JourneyRepository(this.deps.db).due(now.toISOString(), BATCH)) {
      await this.deps.db.transaction().execute(async (trx) => {
        const step = await this.take(trx, journey, steps, now);
        if (step) sent++;
        else if (!nextStep(steps, journey)) completed++;
      });
    }
    return { sent, completed };
  }

  /** Stops a journey at once (a one-click unsubscribe); false when there is no such journey. */
  async stop(journeyId: string): Promise<boolean> {
    return new JourneyRepository(this.deps.db).stop(journeyId, 'unsubscribed', this.deps.clock().toISOString());
  }

  /** Does the journey exist (for the unsubscribe page)? */
  async exists(journeyId: string): Promise<boolean> {
    return new JourneyRepository(this.deps.db).exists(journeyId);
  }

  /** The configuration, for the admin page. */
  async settings(actor: Actor): Promise<JourneyStep[]> {
    responsePolicy.authorize(actor, 'configureJourney');
    return this.steps();
  }

  /**
   * Saves the journey from the admin form: per step `<key>Enabled` (yes/absent) and `<key>Day` (a whole
   * number 0–365). Throws VALIDATION naming each bad day field. Audited.
   */
  async saveSettings(actor: Actor, fields: Readonly<Record<string, unknown>>): Promise<JourneyStep[]> {
    responsePolicy.authorize(actor, 'configureJourney');
    const problems: Record<string, string> = {};
    const steps: JourneyStep[] = JOURNEY_STEP_KEYS.map((key) => {
      const raw = fields[`${key}Day`];
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      let day = 0;
      if (text === '') problems[`${key}Day`] = 'missing';
      else if (!/^\d{1,3}$/.test(text)) problems[`${key}Day`] = 'notNumber';
      else if (Number(text) > MAX_STEP_DAY) problems[`${key}Day`] = 'outOfRange';
      else day = Number(text);
      const flag = fields[`${key}Enabled`];
      return { key, day, enabled: flag === true || flag === 'yes' };
    });
    if (Object.keys(problems).length > 0) throw invalidFields(problems, Object.keys(problems).map((f) => `${f} must be a whole number from 0 to ${MAX_STEP_DAY}`).join('; '));
    const at = this.deps.clock().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new JourneySettingsRepository(trx).save(steps, actor.kind === 'user' ? actor.id : null, at);
      // Running journeys follow the new days: the next run looks at each of them again.
      await new JourneyRepository(trx).rescheduleAll(at);
      await this.deps.audit.record(actor, { action: 'responses.journey_changed', subject: { type: 'settings', id: 'responses.journey' }, details: { steps: steps.map((s) => `${s.key}:${s.enabled ? s.day : 'off'}`) } }, trx);
    });
    return steps;
  }
}
