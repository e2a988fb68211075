/**
 * Stories: sharing one ("Share your story"), the public list where approved stories and answered-prayer
 * testimonies shared with consent stand together, and the moderators' decisions — publish (optionally
 * with the text edited, the writer's words kept), refuse with a reason, unpublish. Crisis language in a
 * story gets crisis resources at once and holds the story for pastors; nothing is published without a
 * person deciding. Every decision is audited in the transaction that makes it, and the writer's email
 * (only to say the story was published) goes through the outbox.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import { hasRole, type Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import { checkCrisis, type CrisisCheck, type CrisisResourceOverrides } from '../../prayer/safety/index.js';
import { STORY_KINDS, STORY_LANGUAGES, type PublishedStory, type StoryKind, type StoryLanguage, type StoryRecord } from './story.js';
import { parsePublicText, parseReason, parseStory, type StoryFields } from './story.input.js';
import { storyPolicy } from './story.policy.js';
import { StoryRepository, type StoryCursor } from './story.repository.js';
import type { StorySubmitLimiter } from './story-submit-limit.js';
import { STORY_PATHS } from './story.paths.js';
import { SITEMAP_AREA_LIMIT, type SitemapEntry } from '../../web/sitemap.js';

/** Entries on one page of `/stories` unless the caller asks for another number. */
export const STORIES_PAGE_SIZE = 10;
/** Most entries one page may hold. */
export const STORIES_MAX_PAGE_SIZE = 50;
/** Items the moderators' page lists in each section (the totals are complete). */
export const STORY_QUEUE_LIMIT = 50;
/** The outbox topic that tells a writer their story was published. */
export const STORY_PUBLISHED_TOPIC = 'story.published';
/** The outbox topic that alerts pastors to a story with crisis language (ids and kinds only). */
export const STORY_CRISIS_TOPIC = 'story.crisis';

/** Where a story comes from. */
export interface StoryContext {
  /** The client's address (behind trusted proxies), for the per-address limit. */
  readonly clientAddress: string;
  /** The page's (or API caller's) language: the story's language when none is chosen. */
  readonly locale: StoryLanguage;
}

/** A stored story, and the crisis resources to show at once when it needs them. */
export interface SubmitResult {
  readonly id: string;
  readonly status: 'pending';
  readonly crisis: CrisisCheck | null;
}

/** A page of the public list and the cursor of the next (older) page, or null at the end. */
export interface StoryListing {
  readonly entries: readonly PublishedStory[];
  readonly next: string | null;
}

/** What moderators see: stories waiting (crisis ones for pastors only) and what is public now. */
export interface StoryQueue {
  readonly pending: { readonly items: readonly StoryRecord[]; readonly total: number };
  readonly published: { readonly items: readonly StoryRecord[]; readonly total: number };
}

/** What the stories service needs. */
export interface StoryDependencies {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly limiter: StorySubmitLimiter;
  readonly clock: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;
const TOKEN = /^st_[A-Za-z0-9_-]{43}$/;

/** The opaque cursor of the page after an entry. */
export function encodeStoryCursor(cursor: StoryCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Reads a cursor; VALIDATION naming `before` when it is not one this service made. */
export function decodeStoryCursor(raw: string): StoryCursor {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const [at, id, ...rest] = decoded.split('|');
  if (rest.length > 0 || !at || !id || !ISO.test(at) || !ID.test(id)) throw invalidFields({ before: 'invalid' }, 'before is not a cursor from this list');
  return { at, id };
}

function pageSize(raw: unknown): number {
  if (raw === undefined || raw === '') return STORIES_PAGE_SIZE;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > STORIES_MAX_PAGE_SIZE) throw invalidFields({ limit: 'outOfRange' }, `limit must be a whole number from 1 to ${STORIES_MAX_PAGE_SIZE}`);
  return n;
}

/** A language filter: a language, `all` (null), or — when absent — the reader's. */
export function parseLanguageFilter(raw: unknown, fallback: StoryLanguage): StoryLanguage | null {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'all') return null;
  if (typeof raw === 'string' && (STORY_LANGUAGES as readonly string[]).includes(raw)) return raw as StoryLanguage;
  throw invalidFields({ language: 'unknown' }, `language must be one of ${STORY_LANGUAGES.join(', ')} or all`);
}

/** A kind filter: one of the kinds, or every kind when absent or `all`. */
export function parseKindFilter(raw: unknown): StoryKind | null {
  if (raw === undefined || raw === '' || raw === 'all') return null;
  if (typeof raw === 'string' && (STORY_KINDS as readonly string[]).includes(raw)) return raw as StoryKind;
  throw invalidFields({ kind: 'unknown' }, `kind must be one of ${STORY_KINDS.join(', ')} or all`);
}

const notFound = () => new AppError('NOT_FOUND', 'There is no published story with this id.');
const notWaiting = () => new AppError('NOT_FOUND', 'There is no story with this id waiting for you.');
const alreadyDecided = () => new AppError('CONFLICT', 'Someone has already decided this; the list has been refreshed.');
const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

/** The stories area's rules. */
export class StoryService {
  constructor(private readonly deps: StoryDependencies) {}

  /**
   * Stores a shared story, waiting for a moderator. Throws VALIDATION (every field's problem), or
   * RATE_LIMITED with `details.retryAfterSeconds` — and `details.crisis` when the refused story carries
   * crisis language, because nobody in danger is turned away without the numbers to call.
   */
  async submit(actor: Actor, fields: StoryFields, context: StoryContext): Promise<SubmitResult> {
    storyPolicy.authorize(actor, 'submit');
    const input = parseStory(fields, context.locale);
    const crisis = checkCrisis(input.title ? `${input.title}\n${input.text}` : input.text, { language: input.language, resources: this.deps.crisisResources });
    if (actor.kind === 'anonymous') {
      const allowance = await this.deps.limiter.take(context.clientAddress);
      if (!allowance.allowed) {
        const retryAfterSeconds = Math.max(1, Math.ceil(allowance.retryAfterMs / 1000));
        throw new AppError('RATE_LIMITED', `Too many stories from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
          retryAfterSeconds,
          crisis: crisis ? { kind: crisis.kind, resources: crisis.resources } : null,
        });
      }
    }
    const id = randomUUID();
    const now = this.deps.clock();
    await this.deps.db.transaction().execute(async (trx) => {
      await new StoryRepository(trx).insert({ id, ...input, crisisKinds: crisis ? [...crisis.kinds] : [], now: now.toISOString() });
      if (crisis) await enqueue(trx, { topic: STORY_CRISIS_TOPIC, payload: { storyId: id, kinds: [...crisis.kinds] }, dedupeKey: `${STORY_CRISIS_TOPIC}:${id}` }, now);
    });
    return { id, status: 'pending', crisis };
  }

  /** A page of the public list, newest first. Throws VALIDATION for a bad filter, `before` or `limit`. */
  async list(actor: Actor, input: { language: StoryLanguage | null; kind: StoryKind | null; before?: string; limit?: unknown }): Promise<StoryListing> {
    storyPolicy.authorize(actor, 'read');
    const limit = pageSize(input.limit);
    const before = input.before ? decodeStoryCursor(input.before) : undefined;
    // One more than asked for says whether an older page exists.
    const rows = await new StoryRepository(this.deps.db).publishedPage({ language: input.language, kind: input.kind, limit: limit + 1, before });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      entries: shown.map(({ listedAt: _listedAt, ...entry }) => entry),
      next: rows.length > limit && last ? encodeStoryCursor({ at: last.listedAt, id: last.id }) : null,
    };
  }

  /** The sitemap's share: each published entry's page (stories and answered-prayer testimonies), with its publication time. */
  async sitemapEntries(actor: Actor): Promise<SitemapEntry[]> {
    storyPolicy.authorize(actor, 'read');
    const rows = await new StoryRepository(this.deps.db).publishedForSitemap(SITEMAP_AREA_LIMIT);
    return rows.map((r) => ({ path: STORY_PATHS.story(r.id), lastmod: r.publishedAt }));
  }

  /** One published entry; NOT_FOUND when it is not public (pending, refused, unpublished, withdrawn, unknown). */
  async get(actor: Actor, id: string): Promise<PublishedStory> {
    storyPolicy.authorize(actor, 'read');
    const entry = ID.test(id) ? await new StoryRepository(this.deps.db).findPublished(id) : undefined;
    if (!entry) throw notFound();
    return entry;
  }

  /** What waits for `actor` (crisis stories only for pastors) and what is public now. */
  async queue(actor: Actor): Promise<StoryQueue> {
    storyPolicy.authorize(actor, 'review');
    const repository = new StoryRepository(this.deps.db);
    const [pending, published] = await Promise.all([repository.pending(hasRole(actor, 'pastor'), STORY_QUEUE_LIMIT), repository.publishedRecords(STORY_QUEUE_LIMIT)]);
    return { pending, published };
  }

  /**
   * Publishes a waiting story — with `publicText` when the moderator edited it (the writer's words are
   * kept) — and, when the writer gave an email, queues the message that says so. Throws NOT_FOUND,
   * VALIDATION or CONFLICT (decided meanwhile).
   */
  async approve(actor: Actor, input: { id: string; publicText?: unknown }): Promise<void> {
    const story = await this.decidable(actor, input.id, 'pending');
    const edited = parsePublicText(input.publicText);
    const publicText = edited !== null && edited !== story.text ? edited : null;
    const now = this.deps.clock();
    // The unsubscribe link's secret travels only in the outbox row (dropped once sent); its hash stays here.
    const token = story.hasEmail ? `st_${randomBytes(32).toString('base64url')}` : null;
    await this.deps.db.transaction().execute(async (trx) => {
      const approved = await new StoryRepository(trx).approve({ id: story.id, publicText, by: userIdOf(actor), now: now.toISOString(), notifyTokenHash: token ? hashToken(token) : null });
      if (!approved) throw alreadyDecided();
      if (token) await enqueue(trx, { topic: STORY_PUBLISHED_TOPIC, payload: { storyId: story.id, unsubscribeToken: token }, dedupeKey: `${STORY_PUBLISHED_TOPIC}:${story.id}` }, now);
      await this.deps.audit.record(actor, { action: 'story.approved', subject: { type: 'story', id: story.id }, details: { edited: publicText !== null } }, trx);
    });
  }

  /** Refuses a waiting story with a reason (required; kept for the team, never shown to the public). */
  async reject(actor: Actor, input: { id: string; reason: unknown }): Promise<void> {
    const reason = parseReason(input.reason, true)!;
    const story = await this.decidable(actor, input.id, 'pending');
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await new StoryRepository(trx).reject({ id: story.id, reason, by: userIdOf(actor), now: this.deps.clock().toISOString() }))) throw alreadyDecided();
      await this.deps.audit.record(actor, { action: 'story.rejected', subject: { type: 'story', id: story.id }, details: { reason } }, trx);
    });
  }

  /** Takes a published story or answered-prayer testimony off every public page (a reason is optional). */
  async unpublish(actor: Actor, input: { id: string; reason?: unknown }): Promise<void> {
    const reason = parseReason(input.reason, false);
    const story = await this.decidable(actor, input.id, 'approved');
    await this.deps.db.transaction().execute(async (trx) => {
      if (!(await new StoryRepository(trx).unpublish({ id: story.id, reason, by: userIdOf(actor), now: this.deps.clock().toISOString() }))) throw alreadyDecided();
      await this.deps.audit.record(actor, { action: 'story.unpublished', subject: { type: 'story', id: story.id }, details: { source: story.source, ...(reason ? { reason } : {}) } }, trx);
    });
  }

  /** The language of the story an unsubscribe link belongs to; NOT_FOUND for a link that is not ours. */
  async describeUnsubscribe(token: string): Promise<{ language: StoryLanguage }> {
    const found = TOKEN.test(token) ? await new StoryRepository(this.deps.db).findByNotifyToken(hashToken(token)) : undefined;
    if (!found) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    return { language: found.language };
  }

  /** Forgets the email of the story the link belongs to (again is fine); NOT_FOUND as in `describeUnsubscribe`. */
  async unsubscribe(token: string): Promise<void> {
    const repository = new StoryRepository(this.deps.db);
    const found = TOKEN.test(token) ? await repository.findByNotifyToken(hashToken(token)) : undefined;
    if (!found) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    await repository.forgetEmail(found.id);
  }

  /** A story `actor` may decide in state `status`; NOT_FOUND otherwise (a crisis story does not exist for a moderator). */
  private async decidable(actor: Actor, id: string, status: 'pending' | 'approved'): Promise<StoryRecord> {
    storyPolicy.authorize(actor, 'review');
    const repository = new StoryRepository(this.deps.db);
    const story = ID.test(id) ? await repository.find(id) : undefined;
    if (!story || !storyPolicy.can(actor, 'decide', story)) throw notWaiting();
    if (status === 'pending' && (story.source !== 'story' || story.status !== 'pending')) throw story.status === 'pending' ? notWaiting() : alreadyDecided();
    if (status === 'approved' && !(await repository.isPublished(story.id))) throw story.status === 'unpublished' ? alreadyDecided() : notWaiting();
    return story;
  }
}

/** How an unsubscribe link is stored: its SHA-256. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
