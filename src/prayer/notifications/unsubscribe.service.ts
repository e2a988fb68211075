/**
 * One-click unsubscribe (RFC 8058): a signed link stops the emails it names — a requester's emails
 * about one request, or some kinds of team email for one person. Nobody signs in to do it.
 */
import type { UserService } from '../../accounts/user.service.js';
import { kindsFor, wantsNotification, type NotificationKind } from '../../accounts/notification-preferences.js';
import { AppError } from '../../platform/errors.js';
import { NOTIFICATIONS_ACTOR } from './notification-deps.js';
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { NotificationRepository } from './notification.repository.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

/** What a valid link stops, as its page describes it. */
export type UnsubscribeSubject = { readonly kind: 'request' } | { readonly kind: 'user'; readonly notifications: readonly NotificationKind[] } | { readonly kind: 'journey' };

/** The follow-up journeys a link can stop (src/content/responses); without it journey links are not valid. */
export interface JourneyStopper {
  exists(journeyId: string): Promise<boolean>;
  stop(journeyId: string): Promise<boolean>;
}

export class UnsubscribeService {
  constructor(
    private readonly deps: {
      readonly db: Kysely<Tables>;
      readonly users: Pick<UserService, 'get' | 'updateProfile'>;
      readonly tokens: UnsubscribeTokens;
      readonly clock?: () => Date;
      readonly journeys?: JourneyStopper;
    },
  ) {}

  /** What `token` stops; NOT_FOUND for a link that is not ours or whose request or person is gone. */
  async describe(token: string): Promise<UnsubscribeSubject> {
    const target = this.deps.tokens.verify(token);
    if (!target) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    if (target.kind === 'request') {
      const r = await new NotificationRepository(this.deps.db).request(target.requestId);
      if (!r) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
      return { kind: 'request' };
    }
    if (target.kind === 'journey') {
      if (!(await this.deps.journeys?.exists(target.journeyId))) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
      return { kind: 'journey' };
    }
    await this.person(target.userId);
    return { kind: 'user', notifications: target.notifications };
  }

  /** Stops the emails `token` names (again is fine); NOT_FOUND as in `describe`. */
  async unsubscribe(token: string): Promise<UnsubscribeSubject> {
    const target = this.deps.tokens.verify(token);
    if (!target) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
    const now = (this.deps.clock ?? (() => new Date()))().toISOString();
    if (target.kind === 'request') {
      if (!(await new NotificationRepository(this.deps.db).unsubscribeRequester(target.requestId, now))) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
      return { kind: 'request' };
    }
    if (target.kind === 'journey') {
      if (!(await this.deps.journeys?.stop(target.journeyId))) throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
      return { kind: 'journey' };
    }
    const user = await this.person(target.userId);
    const keep = kindsFor(user.roles).filter((k) => wantsNotification(user, k) && !target.notifications.includes(k));
    await this.deps.users.updateProfile(NOTIFICATIONS_ACTOR, { userId: user.id, name: user.name || user.email, locale: user.locale, languages: user.languages.length ? user.languages : [user.locale], notifications: keep });
    return { kind: 'user', notifications: target.notifications };
  }

  private async person(userId: string) {
    try {
      return await this.deps.users.get(NOTIFICATIONS_ACTOR, userId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'This unsubscribe link is not valid.');
      throw err;
    }
  }
}
