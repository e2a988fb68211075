/**
 * What the requester hears, when they gave an email and did not unsubscribe: the confirmation with
 * their private link, "someone prayed for you" at the first prayer, then at most one digest a day.
 */
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { OutboxHandler, OutboxHandlerContext } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { crisisResources, type CrisisKind } from '../safety/index.js';
import { confirmationMail, firstPrayerMail, requesterDigestMail, DIGEST_NOTES, type Encouragement } from './mails/requester.mails.js';
import { NOTIFICATION_PATHS } from './notification-links.js';
import type { NotificationDeps } from './notification-deps.js';
import { canEmailRequester, NotificationRepository, type NotifiableRequest, type PrayerForNotice } from './notification.repository.js';
import { digestDueBefore, runPeriod, NOTIFICATION_TOPICS } from './notification.topics.js';
import { field, optionalField } from './payload.js';
import { quoteVerse } from './verse-quote.js';

/** Requests looked at per digest run; the rest wait for the next hour. */
const DIGEST_BATCH = 2000;

export class RequesterNotifier {
  constructor(private readonly deps: NotificationDeps) {}

  private common(r: NotifiableRequest) {
    return {
      locale: r.language,
      firstName: r.firstName,
      site: this.deps.links.site(),
      unsubscribeUrl: this.deps.links.url(r.language, NOTIFICATION_PATHS.unsubscribe(this.deps.tokens.issue({ kind: 'request', requestId: r.id }))),
    };
  }

  private async encouragement(r: NotifiableRequest, prayer: PrayerForNotice | undefined): Promise<Encouragement> {
    return {
      note: prayer?.note ?? null,
      verse: prayer?.verseOsis ? await quoteVerse(this.deps.passages, r.language, prayer.verseOsis) : null,
    };
  }

  /** `request.submitted`: the confirmation, carrying the one-time private link from the payload. */
  readonly submitted: OutboxHandler = async (ctx) => {
    const requestId = field(ctx.payload, 'requestId');
    const manageUrl = optionalField(ctx.payload, 'manageUrl');
    const r = await new NotificationRepository(this.deps.db).request(requestId);
    if (!r || !manageUrl || !canEmailRequester(r)) return;
    const resources = r.crisisKinds.length ? crisisResources(r.language, this.deps.crisisResources, r.crisisKinds as CrisisKind[]) : [];
    await ctx.mail('requester', composeMail(r.email, confirmationMail({ ...this.common(r), manageUrl, crisisResources: resources })));
  };

  /** `prayer.first`: "someone prayed for you", at once; recorded on the request in the same step as the send. */
  readonly firstPrayer: OutboxHandler = async (ctx) => {
    const requestId = field(ctx.payload, 'requestId');
    const prayerId = field(ctx.payload, 'prayerId');
    const repository = new NotificationRepository(this.deps.db);
    const r = await repository.request(requestId);
    if (!r || !canEmailRequester(r) || r.firstPrayerNotifiedAt) return;
    const prayer = await repository.prayer(requestId, prayerId);
    const mail = firstPrayerMail({ ...this.common(r), encouragement: await this.encouragement(r, prayer) });
    const at = ctx.now.toISOString();
    await ctx.mail('requester', composeMail(r.email, mail), async (trx) => void (await new NotificationRepository(trx).markFirstPrayerNotified(requestId, at)));
  };

  /**
   * The digest job's requester half: each request with prayers since its last email, whose last email
   * went out before this run's hour a day ago (see digestDueBefore), gets one `request.digest` event. Taking the day's digest
   * (`last_digest_at`) and writing the event happen in one transaction, so however often the job runs,
   * and on however many processes, a request gets at most one digest a day.
   */
  async scheduleDigests(ctx: OutboxHandlerContext): Promise<number> {
    const now = ctx.now.toISOString();
    const before = digestDueBefore(runPeriod(ctx)).toISOString();
    const due = await new NotificationRepository(this.deps.db).requestsDueForDigest(before, DIGEST_BATCH);
    let scheduled = 0;
    for (const { id, since } of due) {
      await this.deps.db.transaction().execute(async (trx) => {
        if (!(await new NotificationRepository(trx).claimRequesterDigest(id, now, before))) return;
        await enqueue(trx, { topic: NOTIFICATION_TOPICS.requesterDigest, payload: { requestId: id, since, until: now }, dedupeKey: `${NOTIFICATION_TOPICS.requesterDigest}:${id}:${now}` }, ctx.now);
        scheduled++;
      });
    }
    return scheduled;
  }

  /** `request.digest`: how many more prayed between `since` and `until`, with a few of their notes. */
  readonly digest: OutboxHandler = async (ctx) => {
    const requestId = field(ctx.payload, 'requestId');
    const since = field(ctx.payload, 'since');
    const until = field(ctx.payload, 'until');
    const repository = new NotificationRepository(this.deps.db);
    const r = await repository.request(requestId);
    if (!r || !canEmailRequester(r)) return;
    const prayers = await repository.prayersBetween(requestId, since, until);
    const team = prayers.filter((p) => p.kind === 'team').length;
    const visitors = prayers.length - team;
    if (prayers.length === 0) return;
    const withWords = prayers.filter((p) => p.note || p.verseOsis).slice(-DIGEST_NOTES);
    const encouragements = await Promise.all(withWords.map((p) => this.encouragement(r, p)));
    await ctx.mail('requester', composeMail(r.email, requesterDigestMail({ ...this.common(r), since, team, visitors, encouragements })));
  };
}
