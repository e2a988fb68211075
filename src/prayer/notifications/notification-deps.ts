import type { Kysely } from 'kysely';
import type { UserService } from '../../accounts/user.service.js';
import type { SystemActor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import type { PassageService } from '../../scripture/passages/passage.types.js';
import type { CrisisResourceOverrides } from '../safety/index.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import type { NotificationLinks } from './notification-links.js';
import type { UnsubscribeTokens } from './unsubscribe-token.js';

/** What the notification handlers need from the process. */
export interface NotificationDeps {
  readonly db: Kysely<Tables>;
  /** People to alert and their preferences (the accounts services). */
  readonly users: Pick<UserService, 'get' | 'activeWithRole'>;
  /** Verse text for notes' verses; without it emails give the reference alone. */
  readonly passages?: PassageService;
  readonly links: NotificationLinks;
  readonly tokens: UnsubscribeTokens;
  readonly settings: SettingsRepository;
  readonly crisisResources?: CrisisResourceOverrides;
}

/** The actor of scheduled jobs and deliveries. */
export const NOTIFICATIONS_ACTOR: SystemActor = Object.freeze({ kind: 'system', label: 'notifications' });
