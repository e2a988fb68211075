/**
 * SQL of stories and of what `/stories` publishes. Stories share the `testimonies` table with
 * answered-prayer testimonies (source `story`), and one condition (`published`) says what the public
 * may read of either: approved, shared with consent, and — for a testimony — its request still there,
 * never deleted and never in crisis. Every decision is one conditional UPDATE, so two moderators
 * deciding at once cannot both act.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { PrayerRequestTable, Tables, TestimonyTable } from '../../platform/db/tables.js';
import type { CrisisKind } from '../../prayer/safety/index.js';
import type { StoryInput } from './story.input.js';
import { STORY_KINDS, type PublishedStory, type StoryKind, type StoryLanguage, type StoryRecord } from './story.js';

/** Where a page of the list starts: after the entry published at `at` with id `id` (newest first). */
export interface StoryCursor {
  readonly at: string;
  readonly id: string;
}

/** Which published entries to list. */
export interface PublishedQuery {
  readonly language: StoryLanguage | null;
  readonly kind: StoryKind | null;
  readonly limit: number;
  readonly before?: StoryCursor;
}

/** A story about to be stored: the checked input with its id, crisis kinds and time. */
export interface NewStory extends StoryInput {
  readonly id: string;
  readonly crisisKinds: readonly CrisisKind[];
  readonly now: string;
}

type OrNull<T> = { [K in keyof T]: T[K] | null };
type Eb = ExpressionBuilder<Tables & { t: TestimonyTable; r: OrNull<PrayerRequestTable> }, 't' | 'r'>;

const CRISIS: readonly CrisisKind[] = ['danger', 'self_harm', 'abuse'];

function published(eb: Eb) {
  return eb.and([
    eb('t.status', '=', 'approved'),
    eb('t.consent_public', '=', 1),
    eb.or([
      eb('t.source', '=', 'story'),
      eb.and([
        eb('t.source', '=', 'answered_prayer'),
        eb('r.id', 'is not', null),
        eb('r.status', '!=', 'deleted'),
        eb('r.urgent', '=', 0),
        eb.or([eb('r.crisis_kinds', 'is', null), eb('r.crisis_kinds', '=', '[]')]),
      ]),
    ]),
  ]);
}

const listedAt = (eb: Eb) => eb.fn.coalesce('t.published_at', 't.moderated_at', 't.created_at');
const kindOf = (raw: string | null): StoryKind => (STORY_KINDS as readonly string[]).includes(raw ?? '') ? (raw as StoryKind) : 'answered_prayer';
const languageOf = (raw: string): StoryLanguage => (raw === 'es' ? 'es' : 'en');

function crisisOf(raw: string | null): CrisisKind[] {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? CRISIS.filter((k) => parsed.includes(k)) : [];
  } catch {
    return [];
  }
}

/** A stored row as moderators handle it. */
function toRecord(row: TestimonyTable): StoryRecord {
  return {
    id: row.id,
    source: row.source === 'story' ? 'story' : 'answered_prayer',
    requestId: row.request_id,
    title: row.title,
    kind: kindOf(row.kind),
    text: row.text,
    publicText: row.public_text,
    firstName: row.first_name,
    language: languageOf(row.language),
    hasEmail: row.email !== null,
    status: row.status,
    crisisKinds: crisisOf(row.crisis_kinds),
    decisionReason: row.decision_reason,
    createdAt: row.created_at,
    publishedAt: row.published_at ?? row.moderated_at,
  };
}

/** Stories' reads and writes. Pass a transaction to write with other changes (audit, outbox). */
export class StoryRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a new story, waiting for a moderator (`pending`); consent to publish is part of sharing one. */
  async insert(s: NewStory): Promise<void> {
    await this.db
      .insertInto('testimonies')
      .values({
        id: s.id,
        request_id: null,
        source: 'story',
        text: s.text,
        first_name: s.firstName,
        language: s.language,
        consent_public: 1,
        status: 'pending',
        created_at: s.now,
        title: s.title,
        kind: s.kind,
        email: s.email,
        crisis_kinds: s.crisisKinds.length > 0 ? JSON.stringify(s.crisisKinds) : null,
      })
      .execute();
  }

  /** Up to `limit` published entries, newest first, after `before`. */
  async publishedPage(q: PublishedQuery): Promise<Array<PublishedStory & { readonly listedAt: string }>> {
    let query = this.publishedBase();
    if (q.language) query = query.where('t.language', '=', q.language);
    if (q.kind) query = query.where((eb) => eb(eb.fn.coalesce('t.kind', sql.lit('answered_prayer')), '=', q.kind));
    const before = q.before;
    if (before) query = query.where((eb) => eb.or([eb(listedAt(eb), '<', before.at), eb.and([eb(listedAt(eb), '=', before.at), eb('t.id', '<', before.id)])]));
    const rows = await query
      .orderBy((eb) => listedAt(eb), 'desc')
      .orderBy('t.id', 'desc')
      .limit(q.limit)
      .execute();
    return rows.map((row) => ({ ...this.toPublished(row), listedAt: String(row.listed_at) }));
  }

  /** One published entry, or undefined when it is not (or no longer) public. */
  async findPublished(id: string): Promise<PublishedStory | undefined> {
    const row = await this.publishedBase().where('t.id', '=', id).executeTakeFirst();
    return row ? this.toPublished(row) : undefined;
  }

  /** Published entries' ids and publication times, newest first, for the sitemap. */
  async publishedForSitemap(limit: number): Promise<Array<{ id: string; publishedAt: string }>> {
    const rows = await this.db
      .selectFrom('testimonies as t')
      .leftJoin('prayer_requests as r', 'r.id', 't.request_id')
      .where(published)
      .select('t.id')
      .select((eb) => listedAt(eb).as('listed_at'))
      .orderBy((eb) => listedAt(eb), 'desc')
      .orderBy('t.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, publishedAt: String(row.listed_at) }));
  }

  /** How many stories wait for a decision; crisis ones only when `withCrisis` (they are pastors' to decide). */
  async countPending(withCrisis: boolean): Promise<number> {
    let query = this.db.selectFrom('testimonies').select((eb) => eb.fn.countAll<number>().as('n')).where('source', '=', 'story').where('status', '=', 'pending');
    if (!withCrisis) query = query.where('crisis_kinds', 'is', null);
    return Number((await query.executeTakeFirstOrThrow()).n);
  }

  /** Stories waiting for a decision, oldest first; crisis ones only when `withCrisis` (pastors). */
  async pending(withCrisis: boolean, limit: number): Promise<{ items: StoryRecord[]; total: number }> {
    let base = this.db.selectFrom('testimonies').where('source', '=', 'story').where('status', '=', 'pending');
    if (!withCrisis) base = base.where('crisis_kinds', 'is', null);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('created_at', 'asc').orderBy('id', 'asc').limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map(toRecord), total: Number(count?.n ?? 0) };
  }

  /** What is public now (stories and testimonies), newest first, as moderators manage it. */
  async publishedRecords(limit: number): Promise<{ items: StoryRecord[]; total: number }> {
    const base = this.db.selectFrom('testimonies as t').leftJoin('prayer_requests as r', 'r.id', 't.request_id').where(published);
    const [rows, count] = await Promise.all([
      base.selectAll('t').orderBy((eb) => listedAt(eb), 'desc').orderBy('t.id', 'desc').limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map((row) => toRecord(row as TestimonyTable)), total: Number(count?.n ?? 0) };
  }

  /** One story or testimony by id, whatever its state. */
  async find(id: string): Promise<StoryRecord | undefined> {
    const row = await this.db.selectFrom('testimonies').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  /** Whether `id` is public now (a testimony also needs its request to allow it). */
  async isPublished(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('testimonies as t').leftJoin('prayer_requests as r', 'r.id', 't.request_id').select('t.id').where('t.id', '=', id).where(published).executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Publishes a pending story, with the moderator's version of the text when they edited it, and the
   * hash of the unsubscribe link of its email. False when it no longer waits.
   */
  async approve(d: { id: string; publicText: string | null; by: string | null; now: string; notifyTokenHash: string | null }): Promise<boolean> {
    const result = await this.db
      .updateTable('testimonies')
      .set({ status: 'approved', public_text: d.publicText, moderated_at: d.now, moderated_by: d.by, published_at: d.now, decision_reason: null, notify_token_hash: d.notifyTokenHash })
      .where('id', '=', d.id)
      .where('source', '=', 'story')
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Refuses a pending story with its reason; its email goes (it was only for the publication). False when it no longer waits. */
  async reject(d: { id: string; reason: string; by: string | null; now: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('testimonies')
      .set({ status: 'rejected', decision_reason: d.reason, moderated_at: d.now, moderated_by: d.by, email: null })
      .where('id', '=', d.id)
      .where('source', '=', 'story')
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Takes a published story or testimony off every public page. False when it was not published. */
  async unpublish(d: { id: string; reason: string | null; by: string | null; now: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('testimonies')
      .set({ status: 'unpublished', decision_reason: d.reason, moderated_at: d.now, moderated_by: d.by })
      .where('id', '=', d.id)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The email to tell of a publication, with what the message needs; undefined when there is none (any more). */
  async forPublicationMail(id: string): Promise<{ email: string; title: string | null; language: StoryLanguage; status: string } | undefined> {
    const row = await this.db.selectFrom('testimonies').select(['email', 'title', 'language', 'status']).where('id', '=', id).where('source', '=', 'story').executeTakeFirst();
    return row?.email ? { email: row.email, title: row.title, language: languageOf(row.language), status: row.status } : undefined;
  }

  /** Forgets a story's email (sent, refused, or unsubscribed). */
  async forgetEmail(id: string): Promise<void> {
    await this.db.updateTable('testimonies').set({ email: null }).where('id', '=', id).execute();
  }

  /** The story an unsubscribe link (by its hash) belongs to. */
  async findByNotifyToken(hash: string): Promise<{ id: string; language: StoryLanguage } | undefined> {
    const row = await this.db.selectFrom('testimonies').select(['id', 'language']).where('notify_token_hash', '=', hash).executeTakeFirst();
    return row ? { id: row.id, language: languageOf(row.language) } : undefined;
  }

  private publishedBase() {
    return this.db
      .selectFrom('testimonies as t')
      .leftJoin('prayer_requests as r', 'r.id', 't.request_id')
      .where(published)
      .select([
        't.id',
        't.source',
        't.title',
        't.kind',
        't.text',
        't.public_text',
        't.first_name',
        't.language',
        'r.first_name as request_first_name',
        'r.prayer_count',
        'r.visitor_prayer_count',
      ])
      .select((eb) => listedAt(eb).as('listed_at'));
  }

  private toPublished(row: {
    id: string;
    source: string;
    title: string | null;
    kind: string | null;
    text: string;
    public_text: string | null;
    first_name: string | null;
    language: string;
    request_first_name: string | null;
    prayer_count: number | null;
    visitor_prayer_count: number | null;
    listed_at: unknown;
  }): PublishedStory {
    const source = row.source === 'story' ? 'story' : 'answered_prayer';
    return {
      id: row.id,
      source,
      title: row.title,
      kind: kindOf(row.kind),
      text: row.public_text ?? row.text,
      firstName: source === 'answered_prayer' ? (row.request_first_name ?? row.first_name) : row.first_name,
      language: languageOf(row.language),
      publishedAt: String(row.listed_at),
      prayerCount: source === 'answered_prayer' && row.prayer_count !== null ? Number(row.prayer_count) + Number(row.visitor_prayer_count ?? 0) : null,
    };
  }
}
