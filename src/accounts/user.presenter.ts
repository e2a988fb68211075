import type { Role } from '../platform/auth/actor.js';
import type { Locale } from '../platform/i18n/locale.js';
import { NOTIFICATION_KINDS, kindsFor, wantsNotification, type NotificationKind } from './notification-preferences.js';
import type { User } from './user.js';

/** A person as clients see them: never the password hash, never anything about sessions. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  locale: Locale;
  languages: Locale[];
  /** Only the kinds this person's roles concern, each with its effective value. */
  notifications: Partial<Record<NotificationKind, boolean>>;
  status: 'active' | 'deactivated' | 'invited';
  covenantAcceptedAt: string | null;
  createdAt: string;
}

/** Presents a person for themselves or an admin. */
export function presentUser(user: User): UserView {
  const notifications: Partial<Record<NotificationKind, boolean>> = {};
  for (const kind of kindsFor(user.roles)) notifications[kind] = wantsNotification(user, kind);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    locale: user.locale,
    languages: [...user.languages],
    notifications,
    status: user.deactivatedAt ? 'deactivated' : user.passwordHash ? 'active' : 'invited',
    covenantAcceptedAt: user.covenantAcceptedAt,
    createdAt: user.createdAt,
  };
}

/** Every notification kind, in display order (for forms). */
export const notificationKinds = NOTIFICATION_KINDS.map((k) => k.key);
