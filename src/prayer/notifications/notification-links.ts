/**
 * The pages emails link to, in one place. Links carry no secrets except the requester's private link
 * (given once, in the confirmation) and unsubscribe tokens; team links lead to pages behind sign-in.
 */
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import { STAFF_PATHS } from '../moderation/staff-pages.js';

/** Paths of the pages emails point to (the pastoral, moderation and coverage pages are the moderation area's). */
export const NOTIFICATION_PATHS = {
  intercede: '/intercede',
  commitments: '/intercede/commitments',
  intercedeRequest: (id: string) => `/intercede/requests/${encodeURIComponent(id)}`,
  pastoralRequest: (id: string) => `${STAFF_PATHS.pastoral}/requests/${encodeURIComponent(id)}`,
  coverage: STAFF_PATHS.coverage,
  moderation: STAFF_PATHS.moderation,
  moderationStories: STAFF_PATHS.stories,
  moderationChurches: STAFF_PATHS.churches,
  account: '/account',
  unsubscribe: (token: string) => `/unsubscribe/${token}`,
} as const;

/** Absolute links in a reader's language. */
export class NotificationLinks {
  constructor(private readonly baseUrl: string) {}

  /** `path` on this site, in `locale`. */
  url(locale: Locale, path: string): string {
    return `${this.baseUrl}${localePath(locale, path)}`;
  }

  /** The host name, as emails name the site ("prayer.example.org"). */
  site(): string {
    return new URL(this.baseUrl).host;
  }
}
