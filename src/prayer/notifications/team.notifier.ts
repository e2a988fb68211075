/**
 * What the prayer team hears: one digest a day per person (commitments to keep praying, news on the
 * requests they prayed for, the moderation queue), crisis alerts to pastors at once, and coverage
 * alerts to moderators once per request that waits too long for its first prayer. No email to the
 * team carries request text: it lives behind sign-in and the confidentiality covenant.
 */
import { AppError } from '../../platform/errors.js';
import { enqueue } from '../../platform/jobs/outbox.repository.js';
import type { OutboxHandler, OutboxHandlerContext } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { isLocale, type Locale } from '../../platform/i18n/locale.js';
import { wantsNotification, type NotificationKind } from '../../accounts/notification-preferences.js';
import type { User } from '../../accounts/user.js';
import { ChurchRepository } from '../../content/churches/church.repository.js';
import { StoryRepository } from '../../content/stories/story.repository.js';
import { CommitmentService } from '../commitments/commitment.service.js';
import { coverageAlertMail, crisisAlertMail, teamDigestMail } from './mails/team.mails.js';
import { NOTIFICATION_PATHS } from './notification-links.js';
import { NOTIFICATIONS_ACTOR, type NotificationDeps } from './notification-deps.js';
import { NotificationRepository } from './notification.repository.js';
import { digestDueBefore, runPeriod, NEWS_LOOKBACK_MS, NOTIFICATION_TOPICS } from './notification.topics.js';
import { field, listField } from './payload.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Most requests one coverage alert covers; more wait for the next run. */
const COVERAGE_BATCH = 500;

/** Everything that waits for moderators, counted by the area it belongs to. */
interface ModerationCounts {
  readonly pending: number;
  readonly flags: number;
  readonly notes: number;
  readonly stories: number;
  readonly churches: number;
}

const anythingWaits = (q: ModerationCounts) => q.pending + q.flags + q.notes + q.stories + q.churches > 0;

export class TeamNotifier {
  constructor(private readonly deps: NotificationDeps) {}

  private locale(user: User): Locale {
    return isLocale(user.locale) ? user.locale : 'en';
  }

  private unsubscribeUrl(user: User, kinds: readonly NotificationKind[]): string {
    return this.deps.links.url(this.locale(user), NOTIFICATION_PATHS.unsubscribe(this.deps.tokens.issue({ kind: 'user', userId: user.id, notifications: kinds })));
  }

  /** Active people of `role` who want emails of `kind`. */
  private async recipients(role: 'pastor' | 'moderator', kind: NotificationKind): Promise<User[]> {
    const people = await this.deps.users.activeWithRole(NOTIFICATIONS_ACTOR, role);
    return people.filter((p) => wantsNotification(p, kind));
  }

  /**
   * The prayer queue (requests, flags, held notes), shared stories moderators may decide (crisis-held ones
   * are pastors', who see them on their own page), and church listings waiting for review.
   */
  private async moderationCounts(): Promise<ModerationCounts> {
    const [prayer, stories, churches] = await Promise.all([
      new NotificationRepository(this.deps.db).moderationQueue(),
      new StoryRepository(this.deps.db).countPending(false),
      new ChurchRepository(this.deps.db).countPending(),
    ]);
    return { ...prayer, stories, churches };
  }

  /** Sends the crisis alert to every pastor who wants it, each once. */
  private async alertPastors(ctx: OutboxHandlerContext, requestId: string, kinds: readonly string[], source: 'request' | 'note'): Promise<void> {
    const pastors = await this.recipients('pastor', 'crisisAlerts');
    if (pastors.length === 0) ctx.log.warn({ event: ctx.id, requestId }, 'a crisis alert found no pastor to email; it waits on the pastoral dashboard');
    for (const pastor of pastors) {
      const locale = this.locale(pastor);
      const mail = crisisAlertMail({
        locale,
        name: pastor.name,
        site: this.deps.links.site(),
        unsubscribeUrl: this.unsubscribeUrl(pastor, ['crisisAlerts']),
        kinds,
        at: ctx.createdAt,
        url: this.deps.links.url(locale, NOTIFICATION_PATHS.pastoralRequest(requestId)),
        source,
      });
      await ctx.mail(`pastor:${pastor.id}`, composeMail(pastor.email, mail));
    }
  }

  /** `request.crisis`: every pastor, at once, with a link to the request and none of its words. */
  readonly crisis: OutboxHandler = async (ctx) => {
    const requestId = field(ctx.payload, 'requestId');
    const r = await new NotificationRepository(this.deps.db).request(requestId);
    if (!r || r.status === 'deleted') return;
    const kinds = Array.isArray(ctx.payload.kinds) ? (ctx.payload.kinds as unknown[]).filter((k): k is string => typeof k === 'string') : r.crisisKinds;
    await this.alertPastors(ctx, requestId, kinds, 'request');
  };

  /** `prayer.note_held`: a note held for crisis language concerns pastors too (the writer may be the one at risk). */
  readonly noteHeld: OutboxHandler = async (ctx) => {
    const reasons = Array.isArray(ctx.payload.reasons) ? ctx.payload.reasons : [];
    if (!reasons.includes('crisis')) return;
    await this.alertPastors(ctx, field(ctx.payload, 'requestId'), ['danger'], 'note');
  };

  /**
   * The digest job's team half. Whom it concerns: people with running commitments, people who prayed for
   * or committed to a request with news, and moderators while anything waits for review. For each whose
   * last digest went out before this run's hour a day ago (see digestDueBefore), taking the day's digest (`digest_state`) and writing a
   * `team.digest` event happen in one transaction — one email a day per person, never one per request.
   */
  async scheduleDigests(ctx: OutboxHandlerContext): Promise<number> {
    const now = ctx.now.toISOString();
    const before = digestDueBefore(runPeriod(ctx)).toISOString();
    const lookback = new Date(ctx.now.getTime() - NEWS_LOOKBACK_MS).toISOString();
    const repository = new NotificationRepository(this.deps.db);
    const reminded = await new CommitmentService({ db: this.deps.db, clock: () => ctx.now }).peopleToRemind();
    const withNews = await repository.peopleWithNews(lookback);
    const moderators = anythingWaits(await this.moderationCounts()) ? (await this.deps.users.activeWithRole(NOTIFICATIONS_ACTOR, 'moderator')).map((u) => u.id) : [];
    let scheduled = 0;
    for (const userId of new Set([...reminded, ...withNews, ...moderators])) {
      const last = await repository.lastTeamDigest(userId);
      const since = [last ?? new Date(ctx.now.getTime() - DAY_MS).toISOString(), lookback].sort().at(-1)!;
      await this.deps.db.transaction().execute(async (trx) => {
        if (!(await new NotificationRepository(trx).claimTeamDigest(userId, now, before))) return;
        await enqueue(trx, { topic: NOTIFICATION_TOPICS.teamDigest, payload: { userId, since, until: now }, dedupeKey: `${NOTIFICATION_TOPICS.teamDigest}:${userId}:${now}` }, ctx.now);
        scheduled++;
      });
    }
    return scheduled;
  }

  /** `team.digest`: one person's day, by their notification choices; nothing to say, nothing sent. */
  readonly digest: OutboxHandler = async (ctx) => {
    const userId = field(ctx.payload, 'userId');
    const since = field(ctx.payload, 'since');
    const until = field(ctx.payload, 'until');
    let user: User;
    try {
      user = await this.deps.users.get(NOTIFICATIONS_ACTOR, userId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return;
      throw err;
    }
    if (user.deactivatedAt) return;
    const locale = this.locale(user);
    const repository = new NotificationRepository(this.deps.db);
    const kinds: NotificationKind[] = [];
    const running = wantsNotification(user, 'commitmentReminders') ? await new CommitmentService({ db: this.deps.db, clock: () => new Date(until) }).dueForDigest(userId) : [];
    if (running.length) kinds.push('commitmentReminders');
    const news = wantsNotification(user, 'requestUpdates') ? await repository.newsFor(userId, since, until) : [];
    if (news.length) kinds.push('requestUpdates');
    const queue = wantsNotification(user, 'moderationDigest') ? await this.moderationCounts() : null;
    const moderation =
      queue && anythingWaits(queue)
        ? {
            ...queue,
            url: this.deps.links.url(locale, NOTIFICATION_PATHS.moderation),
            storiesUrl: this.deps.links.url(locale, NOTIFICATION_PATHS.moderationStories),
            churchesUrl: this.deps.links.url(locale, NOTIFICATION_PATHS.moderationChurches),
          }
        : null;
    if (moderation) kinds.push('moderationDigest');
    if (kinds.length === 0) return;
    const mail = teamDigestMail({
      locale,
      name: user.name,
      site: this.deps.links.site(),
      unsubscribeUrl: this.unsubscribeUrl(user, kinds),
      commitments: running.map((c) => ({ category: c.request.category, day: c.day, days: c.commitment.days })),
      commitmentsUrl: this.deps.links.url(locale, NOTIFICATION_PATHS.commitments),
      news: news.map((n) => ({ category: n.category, kind: n.kind, url: this.deps.links.url(locale, NOTIFICATION_PATHS.intercedeRequest(n.requestId)) })),
      moderation,
      prayUrl: this.deps.links.url(locale, NOTIFICATION_PATHS.intercede),
      accountUrl: this.deps.links.url(locale, NOTIFICATION_PATHS.account),
    });
    await ctx.mail('digest', composeMail(user.email, mail));
  };

  /**
   * The coverage job: requests still waiting for their first prayer past the coverage target are marked
   * alerted and announced in one `coverage.alert` event, in one transaction — each request once.
   */
  async checkCoverage(ctx: OutboxHandlerContext): Promise<number> {
    const { coverageTargetHours } = await this.deps.settings.prayer();
    const before = new Date(ctx.now.getTime() - coverageTargetHours * 60 * 60 * 1000).toISOString();
    const waiting = await new NotificationRepository(this.deps.db).waitingPastTarget(before, COVERAGE_BATCH);
    if (waiting.length === 0) return 0;
    const now = ctx.now.toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const marked = await new NotificationRepository(trx).markCoverageAlerted(
        waiting.map((w) => w.id),
        now,
      );
      if (marked.length) await enqueue(trx, { topic: NOTIFICATION_TOPICS.coverageAlert, payload: { requestIds: marked, hours: coverageTargetHours }, dedupeKey: `${NOTIFICATION_TOPICS.coverageAlert}:${now}` }, ctx.now);
      return marked.length;
    });
  }

  /** `coverage.alert`: every moderator who wants moderation emails, once. */
  readonly coverage: OutboxHandler = async (ctx) => {
    const ids = listField(ctx.payload, 'requestIds');
    const hours = typeof ctx.payload.hours === 'number' ? ctx.payload.hours : 12;
    const oldest = (await new NotificationRepository(this.deps.db).oldestCreated(ids)) ?? ctx.createdAt;
    for (const moderator of await this.recipients('moderator', 'moderationDigest')) {
      const locale = this.locale(moderator);
      const mail = coverageAlertMail({
        locale,
        name: moderator.name,
        site: this.deps.links.site(),
        unsubscribeUrl: this.unsubscribeUrl(moderator, ['moderationDigest']),
        count: ids.length,
        hours,
        oldest,
        url: this.deps.links.url(locale, NOTIFICATION_PATHS.coverage),
      });
      await ctx.mail(`moderator:${moderator.id}`, composeMail(moderator.email, mail));
    }
  };
}
