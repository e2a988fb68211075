/** A person with an account, as the accounts services see them (with the password hash: never presented). */
import type { Role } from '../platform/auth/actor.js';
import type { Locale } from '../platform/i18n/locale.js';
import type { NotificationPreferences } from './notification-preferences.js';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string | null;
  readonly locale: Locale;
  /** Languages the person can pray and write in. */
  readonly languages: readonly Locale[];
  readonly notifications: NotificationPreferences;
  readonly roles: readonly Role[];
  readonly covenantAcceptedAt: string | null;
  readonly covenantVersion: string | null;
  readonly deactivatedAt: string | null;
  readonly passwordChangedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Emails are compared and stored lower-cased and trimmed, so one person cannot hold two accounts. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately loose check (one @, a dot in the domain, no spaces): the invitation email is the real test. */
export function looksLikeEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}
