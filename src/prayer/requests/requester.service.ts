/**
 * The requester's side of a request, authorised by the private link alone (the requester has no
 * account): see who prayed and what they wrote, post an update, mark it answered, renew, close, delete,
 * stop emails. Every change is one conditional update plus its outbox event, in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { PassageService } from '../../scripture/passages/passage.types.js';
import { bookName } from '../../scripture/passages/reference.display.js';
import { endCommitmentsForRequest } from '../commitments/commitment.service.js';
import { checkCrisis, crisisResources, type CrisisCheck, type CrisisResource, type CrisisResourceOverrides } from '../safety/index.js';
import { LIMITS, type RequestLanguage, type RequestStatus } from '../prayer.types.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { findByManageToken } from './manage-token.js';
import type { CommitmentSummary, PrayerEntry, PrayerRequest, RequestTestimony, RequestUpdate } from './request.js';
import { emitRequestEvent } from './request.events.js';
import { checkText, describeProblems } from './request.input.js';
import { RequestRepository } from './request.repository.js';

/** Most prayers listed on the requester's page (the count is always complete). */
export const MAX_LISTED_PRAYERS = 200;

/** The translation a request's verses are quoted from, by the request's language. */
export const VERSE_TRANSLATION: Readonly<Record<RequestLanguage, string>> = { en: 'WEB', es: 'RV1909' };

const DAY = 24 * 60 * 60 * 1000;

/** A verse an intercessor sent, with its text when the translation is installed. */
export interface VerseQuote {
  readonly osis: string;
  /** Display form in the request's language, e.g. "Romans 8:34" / "Romanos 8:34"; the OSIS when unknown. */
  readonly reference: string;
  readonly text?: string;
  readonly translation?: string;
}

/** A prayer as the requester sees it: when, and a note and verse if the intercessor sent them. */
export interface RequesterPrayer {
  readonly at: string;
  readonly kind: PrayerEntry['kind'];
  /** Only notes that passed the safety rules (held or removed notes are not shown). */
  readonly note?: string;
  readonly verse?: VerseQuote;
}

/** Everything the requester's page and `GET /api/v1/prayer-requests/mine` show. */
export interface RequesterDetails {
  readonly request: PrayerRequest;
  readonly prayers: readonly RequesterPrayer[];
  readonly updates: readonly RequestUpdate[];
  readonly commitments: readonly CommitmentSummary[];
  readonly testimony: RequestTestimony | null;
  /** Resources in the request's language when crisis language was ever found in it; else empty. */
  readonly crisisResources: readonly CrisisResource[];
  /** Days a renewal keeps the request open (the ministry's expiry setting). */
  readonly renewalDays: number;
}

/** What a change returns: the request after it, and crisis resources when its text called for them. */
export interface RequesterChange {
  readonly request: PrayerRequest;
  readonly crisis: CrisisCheck | null;
}

/** What the requester service needs. */
export interface RequesterDependencies {
  readonly db: Kysely<Tables>;
  readonly settings: SettingsRepository;
  /** For verse texts; without it, verses are listed by reference only. */
  readonly passages?: PassageService;
  readonly clock: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

const conflict = (message: string) => new AppError('CONFLICT', message);

/** The requester's actions on their own request. */
export class RequesterService {
  private readonly repository: RequestRepository;

  constructor(private readonly deps: RequesterDependencies) {
    this.repository = new RequestRepository(deps.db);
  }

  /** The live request a token manages, or NOT_FOUND (unknown, malformed and deleted tokens alike). */
  async open(_actor: Actor, input: { token: string }): Promise<PrayerRequest> {
    const request = await findByManageToken(this.repository, input.token);
    if (!request) throw new AppError('NOT_FOUND', 'There is no prayer request at this link.');
    return request;
  }

  /** The request with its prayers, notes, verses, updates, commitments and testimony. */
  async details(actor: Actor, input: { token: string }): Promise<RequesterDetails> {
    const request = await this.open(actor, input);
    return this.detailsOf(request);
  }

  /** Details of an already opened request (a route that just changed it shows the result). */
  async detailsOf(request: PrayerRequest): Promise<RequesterDetails> {
    const now = this.deps.clock().toISOString();
    const [entries, updates, commitments, testimonies, settings] = await Promise.all([
      this.repository.prayersOf(request.id, MAX_LISTED_PRAYERS),
      this.repository.updatesOf(request.id),
      this.repository.activeCommitmentsOf(request.id, now),
      this.repository.testimoniesOf(request.id),
      this.deps.settings.prayer(),
    ]);
    const verses = new Map<string, Promise<VerseQuote>>();
    const prayers = await Promise.all(
      entries.map(async (p): Promise<RequesterPrayer> => {
        // Nothing from a note waiting for review reaches the requester, its verse included.
        const shown = p.noteStatus === 'visible' || p.noteStatus === 'none';
        const note = p.noteStatus === 'visible' && p.note ? p.note : undefined;
        let verse: VerseQuote | undefined;
        if (shown && p.verseOsis) {
          if (!verses.has(p.verseOsis)) verses.set(p.verseOsis, this.quote(p.verseOsis, request.language));
          verse = await verses.get(p.verseOsis);
        }
        return { at: p.createdAt, kind: p.kind, ...(note ? { note } : {}), ...(verse ? { verse } : {}) };
      }),
    );
    return {
      request,
      prayers,
      updates,
      commitments,
      testimony: testimonies[0] ?? null,
      crisisResources: request.crisisKinds.length > 0 ? crisisResources(request.language, this.deps.crisisResources, request.crisisKinds) : [],
      renewalDays: settings.expiryDays,
    };
  }

  /** Posts an update that reaches everyone who prayed or committed. Throws VALIDATION or CONFLICT. */
  async postUpdate(actor: Actor, input: { token: string; text: unknown }): Promise<RequesterChange & { update: RequestUpdate }> {
    const request = await this.open(actor, input);
    const checked = checkText(input.text, LIMITS.update, true);
    if (checked.problem) throw invalidFields({ text: checked.problem }, describeProblems({ text: checked.problem }));
    const text = checked.value!;
    if (!(['active', 'expired', 'answered'] as RequestStatus[]).includes(request.status)) throw conflict('This request is closed; it can no longer be updated.');
    const now = this.deps.clock();
    const id = randomUUID();
    const crisis = this.crisisIn(text, request);
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new RequestRepository(trx);
      await repo.insertUpdate({ id, requestId: request.id, kind: 'update', text, now: now.toISOString() });
      await emitRequestEvent(trx, 'request.updated', { requestId: request.id, updateId: id }, now);
      if (crisis) await this.escalate(trx, request, crisis, 'update', id, now);
    });
    return { request: await this.reload(request.id), crisis, update: { id, kind: 'update', text, createdAt: now.toISOString() } };
  }

  /**
   * Marks the request answered, with an optional testimony: shared publicly (after moderation) only
   * with consent, otherwise kept private. Ends the commitments to it. Throws VALIDATION or CONFLICT.
   */
  async markAnswered(actor: Actor, input: { token: string; testimony?: unknown; sharePublicly?: boolean }): Promise<RequesterChange & { testimonyId: string | null }> {
    const request = await this.open(actor, input);
    const checked = checkText(input.testimony, LIMITS.testimony, false);
    if (checked.problem) throw invalidFields({ testimony: checked.problem }, describeProblems({ testimony: checked.problem }));
    const testimony = checked.value;
    if (input.sharePublicly && !testimony) {
      throw invalidFields({ testimony: 'missingToShare' }, 'testimony is required to share it publicly');
    }
    if (request.status !== 'active' && request.status !== 'expired') throw conflict('Only an open request can be marked answered.');
    const now = this.deps.clock();
    const at = now.toISOString();
    const updateId = randomUUID();
    const testimonyId = testimony ? randomUUID() : null;
    const crisis = testimony ? this.crisisIn(testimony, request) : null;
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new RequestRepository(trx);
      if (!(await repo.transition(request.id, ['active', 'expired'], 'answered', at))) throw conflict('Only an open request can be marked answered.');
      await repo.insertUpdate({ id: updateId, requestId: request.id, kind: 'answer', text: testimony, now: at });
      if (testimony && testimonyId) {
        await repo.insertTestimony({
          id: testimonyId,
          requestId: request.id,
          text: testimony,
          firstName: request.firstName,
          language: request.language,
          // Crisis language never goes to the public stories, whatever was ticked.
          consentPublic: Boolean(input.sharePublicly) && !crisis,
          now: at,
        });
      }
      await endCommitmentsForRequest(trx, request.id, 'answered', now);
      await emitRequestEvent(trx, 'request.answered', { requestId: request.id, updateId, testimonyId }, now);
      if (crisis) await this.escalate(trx, request, crisis, 'answer', updateId, now);
    });
    return { request: await this.reload(request.id), crisis, testimonyId };
  }

  /** Extends the request's life by the ministry's expiry period from today (an expired one reopens). */
  async renew(actor: Actor, input: { token: string }): Promise<PrayerRequest> {
    const request = await this.open(actor, input);
    const settings = await this.deps.settings.prayer();
    const now = this.deps.clock();
    const expiresAt = new Date(now.getTime() + settings.expiryDays * DAY).toISOString();
    if (!(await this.repository.renew(request.id, expiresAt, now.toISOString()))) throw conflict('Only an open request can be renewed.');
    return this.reload(request.id);
  }

  /** Closes the request: no more prayers are asked for it, commitments end. */
  async close(actor: Actor, input: { token: string }): Promise<PrayerRequest> {
    const request = await this.open(actor, input);
    const now = this.deps.clock();
    const at = now.toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new RequestRepository(trx);
      if (!(await repo.transition(request.id, ['active', 'expired'], 'closed', at))) throw conflict('This request is already closed or answered.');
      await endCommitmentsForRequest(trx, request.id, 'closed', now);
      await emitRequestEvent(trx, 'request.closed', { requestId: request.id }, now);
    });
    return this.reload(request.id);
  }

  /**
   * Deletes the request at once: text, name, email, "for whom", update texts and testimonies are removed;
   * counts stay; commitments end; the link stops working.
   */
  async remove(actor: Actor, input: { token: string }): Promise<void> {
    const request = await this.open(actor, input);
    const now = this.deps.clock();
    const at = now.toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const repo = new RequestRepository(trx);
      if (!(await repo.erase(request.id, at))) throw new AppError('NOT_FOUND', 'There is no prayer request at this link.');
      await endCommitmentsForRequest(trx, request.id, 'deleted', now);
      await emitRequestEvent(trx, 'request.deleted', { requestId: request.id }, now, `request.deleted:${request.id}`);
    });
  }

  /** Stops every email about this request. Idempotent. */
  async unsubscribe(actor: Actor, input: { token: string }): Promise<PrayerRequest> {
    const request = await this.open(actor, input);
    await this.repository.unsubscribe(request.id, this.deps.clock().toISOString());
    return this.reload(request.id);
  }

  private crisisIn(text: string, request: PrayerRequest): CrisisCheck | null {
    return checkCrisis(text, { language: request.language, resources: this.deps.crisisResources });
  }

  /** Crisis language after intake: the request becomes urgent and pastoral, and pastors are alerted. */
  private async escalate(trx: Kysely<Tables>, request: PrayerRequest, crisis: CrisisCheck, source: 'update' | 'answer', updateId: string, now: Date): Promise<void> {
    await new RequestRepository(trx).escalateToCrisis(request.id, crisis.kinds, now.toISOString());
    await emitRequestEvent(trx, 'request.crisis', { requestId: request.id, kinds: [...crisis.kinds], source, language: request.language }, now, `request.crisis:${request.id}:${updateId}`);
  }

  private async reload(id: string): Promise<PrayerRequest> {
    const request = await this.repository.findById(id);
    if (!request || request.status === 'deleted') throw new AppError('NOT_FOUND', 'There is no prayer request at this link.');
    return request;
  }

  /** A verse with its text in the request's language; the text is left out when it cannot be had. */
  private async quote(osis: string, language: RequestLanguage): Promise<VerseQuote> {
    if (!this.deps.passages) return { osis, reference: readableReference(osis, language) };
    try {
      const result = await this.deps.passages.lookup({ locale: language }, { reference: osis, translation: VERSE_TRANSLATION[language] });
      return { osis, reference: result.reference, text: result.passages.map((p) => p.text).join(' '), translation: result.translation.code };
    } catch {
      // Not installed, or a reference the translation lacks: the reference alone still says something.
      return { osis, reference: readableReference(osis, language) };
    }
  }
}

/** "Rom.8.34" → "Romans 8:34" ("Romanos 8:34"), "John.3.16-John.3.18" → "John 3:16–18"; other forms as given. */
export function readableReference(osis: string, language: RequestLanguage): string {
  const m = /^([1-4]?[A-Za-z]+)\.(\d+)(?:\.(\d+))?(?:-([1-4]?[A-Za-z]+)\.(\d+)(?:\.(\d+))?)?$/.exec(osis);
  if (!m) return osis;
  const [, book, chapter, verse, endBook, endChapter, endVerse] = m;
  const start = `${bookName(book, language)} ${chapter}${verse ? `:${verse}` : ''}`;
  if (!endBook) return start;
  if (endBook !== book) return `${start}–${bookName(endBook, language)} ${endChapter}${endVerse ? `:${endVerse}` : ''}`;
  if (endChapter === chapter && endVerse) return `${start}–${endVerse}`;
  return `${start}–${endChapter}${endVerse ? `:${endVerse}` : ''}`;
}
