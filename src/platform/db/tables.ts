/** Row shapes of every table, as Kysely sees them. Times are ISO-8601 UTC strings in both dialects. */
import type { Generated } from 'kysely';

export interface TranslationTable {
  code: string;
  name: string;
  language: string;
  versification: string;
  licence: string;
  module: string;
  installed_at: string;
}

export interface VerseTable {
  id: number;
  translation: string;
  book: string;
  chapter: number;
  verse: number;
  ordinal: number;
  text: string;
  /** JSON of segments, headings, notes and breaks. PostgreSQL also has a `search` tsvector column, used only in SQL. */
  rendered: string;
}

export interface TopicTable {
  name: string;
  normalized: string;
  source: string;
  link_to: string | null;
  /** JSON sections. */
  sections: string;
  /** JSON cross-links. */
  see_also: string;
  reference_count: number;
}

export interface UserTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  /** argon2id PHC string; null until the person sets a password. */
  password_hash: string | null;
  locale: string;
  /** JSON array of language codes the person can pray in. */
  languages: string;
  /** JSON object of notification kind → boolean. */
  notifications: string;
  covenant_accepted_at: string | null;
  covenant_version: string | null;
  deactivated_at: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
  granted_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie value; the cookie value itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute expiry; idle expiry is counted from last_seen_at. */
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InvitationTable {
  id: string;
  email: string;
  /** JSON array of roles. */
  roles: string;
  locale: string;
  invited_by: string | null;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface PasswordLinkTable {
  id: string;
  user_id: string;
  /** `reset` (asked for by email) or `set` (issued by `intercede user add`). */
  purpose: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventTable {
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON object; never secrets or request text. */
  details: string;
}

/** A prayer request; see migration 0004 for what each column means. */
export interface PrayerRequestTable {
  id: string;
  manage_token_hash: string;
  text: string | null;
  public_text: string | null;
  first_name: string | null;
  email: string | null;
  for_whom: string | null;
  category: string;
  visibility: string;
  language: string;
  status: string;
  moderation: string;
  urgent: number;
  crisis_kinds: string | null;
  hidden: number;
  flag_count: number;
  prayer_count: number;
  visitor_prayer_count: number;
  first_prayed_at: string | null;
  last_prayed_at: string | null;
  submitted_by: string | null;
  created_at: string;
  updated_at: string;
  expires_at: string;
  approved_at: string | null;
  approved_by: string | null;
  answered_at: string | null;
  closed_at: string | null;
  deleted_at: string | null;
  purged_at: string | null;
  unsubscribed_at: string | null;
  first_prayer_notified_at: string | null;
  last_digest_at: string | null;
  coverage_alerted_at: string | null;
}

export interface PrayerLeaseTable {
  request_id: string;
  lease_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PrayerTable {
  id: string;
  request_id: string;
  user_id: string | null;
  kind: string;
  note: string | null;
  verse_osis: string | null;
  note_status: string;
  created_at: string;
}

export interface PrayerSkipTable {
  user_id: string;
  request_id: string;
  created_at: string;
}

export interface PrayerFlagTable {
  id: string;
  request_id: string;
  prayer_id: string | null;
  user_id: string | null;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface CommitmentTable {
  id: string;
  request_id: string;
  user_id: string;
  days: number;
  created_at: string;
  ends_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

export interface RequestUpdateTable {
  id: string;
  request_id: string;
  kind: string;
  text: string | null;
  created_at: string;
}

export interface TestimonyTable {
  id: string;
  request_id: string | null;
  source: string;
  text: string;
  first_name: string | null;
  language: string;
  consent_public: number;
  status: string;
  created_at: string;
  moderated_at: string | null;
  moderated_by: string | null;
  // Added by 0011_stories.
  title: string | null;
  kind: string | null;
  email: string | null;
  public_text: string | null;
  crisis_kinds: string | null;
  decision_reason: string | null;
  published_at: string | null;
  notify_token_hash: string | null;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  dedupe_key: string | null;
  created_at: string;
  available_at: string;
  attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  delivered_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

/** The outbox worker's mail ledger; see migration 0005_outbox_sends. */
export interface OutboxSendTable {
  key: string;
  outbox_id: string;
  state: string;
  worker: string;
  message_id: string;
  started_at: string;
  sent_at: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** Where pastors stand with following up an urgent or pastoral request; see migration 0006_pastoral_follow_up. */
export interface PastoralFollowUpTable {
  request_id: string;
  status: string;
  updated_at: string;
  updated_by: string | null;
}

export interface DigestStateTable {
  user_id: string;
  last_digest_at: string;
}

/** An article (Markdown with front-matter fields as columns); see migration 0007_articles. */
export interface ArticleTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** JSON array of tags. */
  tags: string;
  translation: string | null;
  language: string;
  body: string;
  status: string;
  publish_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  /** auto | yes | no: whether the response block ends it (0012_article_respond). */
  respond: string;
}

export interface ArticleTagTable {
  article_id: string;
  tag: string;
}

/** One saved version of an article; never changed once written. */
export interface ArticleRevisionTable {
  id: string;
  article_id: string;
  number: number;
  title: string;
  slug: string;
  summary: string;
  tags: string;
  translation: string | null;
  language: string;
  body: string;
  publish_at: string | null;
  reason: string;
  created_at: string;
  created_by: string | null;
  /** auto | yes | no (0012_article_respond). */
  respond: string;
}

/** A church directory listing; see migration 0009_churches. */
export interface ChurchTable {
  id: string;
  name: string;
  street: string;
  city: string;
  postal_code: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  service_times: string;
  /** JSON array of language codes. */
  languages: string;
  tradition: string;
  tradition_other: string | null;
  name_key: string;
  city_key: string;
  postal_key: string;
  status: string;
  rejection_reason: string | null;
  submitter_email: string | null;
  submitter_locale: string;
  submitted_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

/** An author's reading plan; see migration 0008_reading_plans. */
export interface ReadingPlanTable {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** One day of an author's reading plan. */
export interface ReadingPlanDayTable {
  plan_id: string;
  day: number;
  source: string;
  osis: string;
}

/** Someone following a reading plan, by private link (no account). */
export interface PlanSubscriptionTable {
  id: string;
  plan_slug: string;
  token_hash: string;
  start_date: string;
  translation: string | null;
  language: string;
  email: string | null;
  reminders: number;
  last_reminder_on: string | null;
  created_at: string;
  /** The reader's IANA zone (0014): `start_date` and `last_reminder_on` are dates on its calendar. */
  time_zone: string;
}

/** A day of a plan a subscriber marked done. */
export interface PlanProgressTable {
  subscription_id: string;
  day: number;
  done_at: string;
}

export interface Tables {
  translations: TranslationTable;
  verses: VerseTable;
  topics: TopicTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  invitations: InvitationTable;
  password_links: PasswordLinkTable;
  audit_events: AuditEventTable;
  prayer_requests: PrayerRequestTable;
  prayer_leases: PrayerLeaseTable;
  prayers: PrayerTable;
  prayer_skips: PrayerSkipTable;
  prayer_flags: PrayerFlagTable;
  commitments: CommitmentTable;
  request_updates: RequestUpdateTable;
  testimonies: TestimonyTable;
  outbox: OutboxTable;
  outbox_sends: OutboxSendTable;
  settings: SettingTable;
  digest_state: DigestStateTable;
  pastoral_follow_ups: PastoralFollowUpTable;
  articles: ArticleTable;
  article_tags: ArticleTagTable;
  article_revisions: ArticleRevisionTable;
  churches: ChurchTable;
  responses: ResponseTable;
  response_journeys: ResponseJourneyTable;
  response_journey_steps: ResponseJourneyStepTable;
  response_receipts: ResponseReceiptTable;
  reading_plans: ReadingPlanTable;
  reading_plan_days: ReadingPlanDayTable;
  plan_subscriptions: PlanSubscriptionTable;
  plan_progress: PlanProgressTable;
}

/** Keeps generated columns importable for later tables. */
export type { Generated };

/** A response at the end of an article (0010_responses); personal fields null once purged. */
export interface ResponseTable {
  id: string;
  article_id: string | null;
  kind: string;
  language: string;
  first_name: string | null;
  email: string | null;
  message: string | null;
  consent_version: string | null;
  consented_at: string | null;
  prayer_request_id: string | null;
  crisis_kinds: string;
  followed_up_at: string | null;
  followed_up_by: string | null;
  follow_up_note: string | null;
  created_at: string;
  purged_at: string | null;
}

/** A response's follow-up journey (0010_responses). */
export interface ResponseJourneyTable {
  id: string;
  response_id: string;
  language: string;
  started_at: string;
  status: string;
  last_step_day: number | null;
  last_sent_at: string | null;
  next_due_at: string | null;
  ended_at: string | null;
  stop_reason: string | null;
}

/** A journey step taken (its email enqueued) (0010_responses). */
export interface ResponseJourneyStepTable {
  journey_id: string;
  step: string;
  day: number;
  scheduled_at: string;
}

/** A response form sent, so that sending it twice stores one response (0015_response_receipts). */
export interface ResponseReceiptTable {
  key: string;
  response_id: string | null;
  sealed_link: string | null;
  created_at: string;
}
