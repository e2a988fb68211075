/** SQL of responses: storing them, the pastors' list, follow-up marks and the purge of personal data. */
import type { Kysely } from 'kysely';
import type { ResponseTable, Tables } from '../../platform/db/tables.js';
import type { CrisisKind } from '../../prayer/prayer.types.js';
import type { ResponseKind, StoredResponse } from './response.types.js';

/** What the pastors' list can narrow to. */
export interface ResponseFilter {
  readonly kind?: ResponseKind;
  /** true: only those followed up personally; false: only those not yet. */
  readonly followedUp?: boolean;
}

/** A response with its journey's state, as the pastors' pages show it. */
export interface ResponseWithJourney extends StoredResponse {
  readonly journey: {
    readonly id: string;
    readonly status: string;
    readonly stopReason: string | null;
    readonly lastStepDay: number | null;
    readonly stepsTaken: number;
  } | null;
}

function parseKinds(text: string): CrisisKind[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value.filter((k) => typeof k === 'string') as CrisisKind[]) : [];
  } catch {
    return [];
  }
}

type Row = ResponseTable & { article_title: string | null; article_slug: string | null };

function toResponse(row: Row): StoredResponse {
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    articleSlug: row.article_slug,
    kind: row.kind as ResponseKind,
    language: row.language === 'es' ? 'es' : 'en',
    firstName: row.first_name,
    email: row.email,
    message: row.message,
    consentVersion: row.consent_version,
    consentedAt: row.consented_at,
    prayerRequestId: row.prayer_request_id,
    crisisKinds: parseKinds(row.crisis_kinds),
    followedUpAt: row.followed_up_at,
    followedUpBy: row.followed_up_by,
    followUpNote: row.follow_up_note,
    createdAt: row.created_at,
    purgedAt: row.purged_at,
  };
}

export class ResponseRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new response. */
  async insert(row: ResponseTable): Promise<void> {
    await this.db.insertInto('responses').values(row).execute();
  }

  private select() {
    return this.db
      .selectFrom('responses')
      .leftJoin('articles', 'articles.id', 'responses.article_id')
      .leftJoin('response_journeys', 'response_journeys.response_id', 'responses.id')
      .selectAll('responses')
      .select([
        'articles.title as article_title',
        'articles.slug as article_slug',
        'response_journeys.id as journey_id',
        'response_journeys.status as journey_status',
        'response_journeys.stop_reason as journey_stop_reason',
        'response_journeys.last_step_day as journey_last_step_day',
        (eb) => eb.selectFrom('response_journey_steps').whereRef('response_journey_steps.journey_id', '=', 'response_journeys.id').select((e) => e.fn.countAll<number | string>().as('n')).as('journey_steps'),
      ]);
  }

  private withJourney(row: Row & { journey_id: string | null; journey_status: string | null; journey_stop_reason: string | null; journey_last_step_day: number | null; journey_steps: number | string | null }): ResponseWithJourney {
    return {
      ...toResponse(row),
      journey: row.journey_id
        ? { id: row.journey_id, status: row.journey_status ?? 'active', stopReason: row.journey_stop_reason, lastStepDay: row.journey_last_step_day, stepsTaken: Number(row.journey_steps ?? 0) }
        : null,
    };
  }

  /** One response with its journey, or undefined. */
  async find(id: string): Promise<ResponseWithJourney | undefined> {
    const row = await this.select().where('responses.id', '=', id).executeTakeFirst();
    return row ? this.withJourney(row) : undefined;
  }

  /** Newest first, narrowed by `filter`, at most `limit`; with the total that match. */
  async list(filter: ResponseFilter, limit: number): Promise<{ items: ResponseWithJourney[]; total: number }> {
    let query = this.select();
    let count = this.db.selectFrom('responses').select((e) => e.fn.countAll<number | string>().as('n'));
    if (filter.kind) {
      query = query.where('responses.kind', '=', filter.kind);
      count = count.where('responses.kind', '=', filter.kind);
    }
    if (filter.followedUp !== undefined) {
      query = query.where('responses.followed_up_at', filter.followedUp ? 'is not' : 'is', null);
      count = count.where('responses.followed_up_at', filter.followedUp ? 'is not' : 'is', null);
    }
    const [rows, total] = await Promise.all([query.orderBy('responses.created_at', 'desc').orderBy('responses.id', 'desc').limit(limit).execute(), count.executeTakeFirstOrThrow()]);
    return { items: rows.map((r) => this.withJourney(r)), total: Number(total.n) };
  }

  /** Records that a pastor followed the person up (again: the latest note and time win). */
  async markFollowedUp(id: string, userId: string | null, note: string | null, at: string): Promise<boolean> {
    const result = await this.db.updateTable('responses').set({ followed_up_at: at, followed_up_by: userId, follow_up_note: note }).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Responses whose personal data is due to go: received before `before`, not purged, no journey still running. */
  async purgeable(before: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('responses')
      .select('id')
      .where('purged_at', 'is', null)
      .where('created_at', '<', before)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('response_journeys').select('id').whereRef('response_journeys.response_id', '=', 'responses.id').where('status', '=', 'active'))))
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Empties a response's personal fields (name, email, message, follow-up note); kind and dates stay. */
  async purge(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('responses')
      .set({ first_name: null, email: null, message: null, follow_up_note: null, purged_at: at })
      .where('id', '=', id)
      .where('purged_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
