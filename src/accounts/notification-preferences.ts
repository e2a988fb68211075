/**
 * The emails a person can choose to receive. Each kind concerns some roles only; a kind a person's
 * roles don't concern is never offered and never sent. Kinds are data, so other domains add theirs here.
 */
import type { Role } from '../platform/auth/actor.js';

export const NOTIFICATION_KINDS = [
  { key: 'requestUpdates', roles: ['intercessor', 'moderator', 'pastor'], byDefault: true },
  { key: 'commitmentReminders', roles: ['intercessor'], byDefault: true },
  { key: 'crisisAlerts', roles: ['pastor'], byDefault: true },
  { key: 'moderationDigest', roles: ['moderator'], byDefault: true },
] as const satisfies ReadonlyArray<{ key: string; roles: readonly Role[]; byDefault: boolean }>;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['key'];
export type NotificationPreferences = Readonly<Partial<Record<NotificationKind, boolean>>>;

/** Is this one of the notification kinds? */
export function isNotificationKind(value: unknown): value is NotificationKind {
  return NOTIFICATION_KINDS.some((k) => k.key === value);
}

/** The kinds that concern someone holding `roles`. */
export function kindsFor(roles: readonly Role[]): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => k.roles.some((r) => (roles as readonly string[]).includes(r))).map((k) => k.key);
}

/** Does this person want emails of `kind`? Their choice if they made one, else the kind's default. */
export function wantsNotification(person: { roles: readonly Role[]; notifications: NotificationPreferences }, kind: NotificationKind): boolean {
  if (!kindsFor(person.roles).includes(kind)) return false;
  const chosen = person.notifications[kind];
  return chosen ?? NOTIFICATION_KINDS.find((k) => k.key === kind)!.byDefault;
}

/** Reads stored JSON, keeping only known kinds with boolean values. */
export function parsePreferences(json: string): NotificationPreferences {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const result: Partial<Record<NotificationKind, boolean>> = {};
  for (const [key, value] of Object.entries(raw)) if (isNotificationKind(key) && typeof value === 'boolean') result[key] = value;
  return result;
}
