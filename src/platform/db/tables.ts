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
}

/** Keeps generated columns importable for later tables. */
export type { Generated };
