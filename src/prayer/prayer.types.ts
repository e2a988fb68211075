/** The vocabulary of the intercession loop, shared by intake, dispatch, prayers, moderation and jobs. */

/** What a request is about; the order is the order forms show. */
export const CATEGORIES = ['guilt', 'fear', 'loneliness', 'addiction', 'health', 'family', 'grief', 'provision', 'faith', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who may read a request: the public wall after approval, the intercession team, or pastors only. */
export const VISIBILITIES = ['public', 'team', 'pastoral'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Where a request is in its life. `deleted` keeps counts but no text or personal data. */
export const REQUEST_STATUSES = ['active', 'answered', 'closed', 'expired', 'deleted'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Moderation of public requests; team and pastoral requests need none. */
export const MODERATION_STATES = ['pending', 'approved', 'rejected', 'not_required'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/** Kinds of crisis the safety check recognises. */
export type CrisisKind = 'self_harm' | 'abuse' | 'danger';

/** Languages a request may be written in. */
export const REQUEST_LANGUAGES = ['en', 'es'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

/** Limits people see in forms and errors. */
export const LIMITS = {
  requestText: 2000,
  firstName: 60,
  forWhom: 120,
  email: 254,
  note: 500,
  update: 2000,
  testimony: 4000,
  commitmentDaysMax: 90,
} as const;
