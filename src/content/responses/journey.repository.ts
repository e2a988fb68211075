/** SQL of follow-up journeys: starting one, the steps taken, stopping and completing. */
import type { Kysely } from 'kysely';
import type { ResponseJourneyTable, Tables } from '../../platform/db/tables.js';
import type { ResponseKind } from './response.types.js';

/** An active journey and the steps it has taken, for the scheduling job. */
export interface ActiveJourney {
  readonly id: string;
  readonly startedAt: string;
  readonly lastStepDay: number | null;
  readonly lastSentAt: string | null;
  readonly taken: ReadonlySet<string>;
}

/** What a journey's email needs. */
export interface JourneyRecipient {
  readonly journeyId: string;
  readonly responseId: string;
  readonly status: string;
  readonly language: 'en' | 'es';
  readonly email: string | null;
  readonly firstName: string | null;
  readonly kind: ResponseKind;
  readonly articleTitle: string | null;
}

export class JourneyRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Starts a journey. */
  async insert(row: ResponseJourneyTable): Promise<void> {
    await this.db.insertInto('response_journeys').values(row).execute();
  }

  /** Takes a step: false when it was already taken (by this or another worker). `nextDueAt`: when to look again. */
  async takeStep(journeyId: string, step: string, day: number, at: string, nextDueAt: string | null): Promise<boolean> {
    const result = await this.db
      .insertInto('response_journey_steps')
      .values({ journey_id: journeyId, step, day, scheduled_at: at })
      .onConflict((oc) => oc.columns(['journey_id', 'step']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    await this.db.updateTable('response_journeys').set({ last_step_day: day, last_sent_at: at, next_due_at: nextDueAt }).where('id', '=', journeyId).execute();
    return true;
  }

  /** Looks at a journey again at `nextDueAt` (its next step moved, e.g. after an admin changed the days). */
  async reschedule(journeyId: string, nextDueAt: string): Promise<void> {
    await this.db.updateTable('response_journeys').set({ next_due_at: nextDueAt }).where('id', '=', journeyId).where('status', '=', 'active').execute();
  }

  /** Every running journey is looked at again by the next run (the steps' days changed). */
  async rescheduleAll(at: string): Promise<void> {
    await this.db.updateTable('response_journeys').set({ next_due_at: at }).where('status', '=', 'active').execute();
  }

  /** Active journeys due to be looked at by `now`, soonest first. */
  async due(now: string, limit: number): Promise<ActiveJourney[]> {
    const rows = await this.db
      .selectFrom('response_journeys')
      .select(['id', 'started_at', 'last_step_day', 'last_sent_at'])
      .where('status', '=', 'active')
      .where('next_due_at', '<=', now)
      .orderBy('next_due_at')
      .limit(limit)
      .execute();
    if (rows.length === 0) return [];
    const steps = await this.db.selectFrom('response_journey_steps').select(['journey_id', 'step']).where('journey_id', 'in', rows.map((r) => r.id)).execute();
    return rows.map((r) => ({
      id: r.id,
      startedAt: r.started_at,
      lastStepDay: r.last_step_day,
      lastSentAt: r.last_sent_at,
      taken: new Set(steps.filter((s) => s.journey_id === r.id).map((s) => s.step)),
    }));
  }

  /** Marks a journey done: every step taken. */
  async complete(journeyId: string, at: string): Promise<void> {
    await this.db.updateTable('response_journeys').set({ status: 'completed', ended_at: at, next_due_at: null }).where('id', '=', journeyId).where('status', '=', 'active').execute();
  }

  /** Stops a journey at once (false when there is no such journey). Stopping again changes nothing. */
  async stop(journeyId: string, reason: 'unsubscribed' | 'purged', at: string): Promise<boolean> {
    const found = await this.db.selectFrom('response_journeys').select('status').where('id', '=', journeyId).executeTakeFirst();
    if (!found) return false;
    await this.db.updateTable('response_journeys').set({ status: 'stopped', stop_reason: reason, ended_at: at, next_due_at: null }).where('id', '=', journeyId).where('status', '!=', 'stopped').execute();
    return true;
  }

  /** Does this journey exist? */
  async exists(journeyId: string): Promise<boolean> {
    return (await this.db.selectFrom('response_journeys').select('id').where('id', '=', journeyId).executeTakeFirst()) !== undefined;
  }

  /** The person a journey writes to, or undefined. */
  async recipient(journeyId: string): Promise<JourneyRecipient | undefined> {
    const row = await this.db
      .selectFrom('response_journeys')
      .innerJoin('responses', 'responses.id', 'response_journeys.response_id')
      .leftJoin('articles', 'articles.id', 'responses.article_id')
      .select(['response_journeys.id', 'response_journeys.status', 'response_journeys.language', 'responses.id as response_id', 'responses.email', 'responses.first_name', 'responses.kind', 'articles.title'])
      .where('response_journeys.id', '=', journeyId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      journeyId: row.id,
      responseId: row.response_id,
      status: row.status,
      language: row.language === 'es' ? 'es' : 'en',
      email: row.email,
      firstName: row.first_name,
      kind: row.kind as ResponseKind,
      articleTitle: row.title,
    };
  }

  /** The journey of a response, if it has one. */
  async ofResponse(responseId: string): Promise<string | undefined> {
    return (await this.db.selectFrom('response_journeys').select('id').where('response_id', '=', responseId).executeTakeFirst())?.id;
  }
}
