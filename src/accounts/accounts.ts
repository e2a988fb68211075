import type { Kysely } from 'kysely';
import type { Tables } from '../platform/db/tables.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { CounterStore } from '../platform/rate-limit/counter-store.js';
import { ApiTokenService } from './api-token.service.js';
import { AuditService } from './audit.service.js';
import { systemClock, type Clock } from './clock.js';
import { CovenantService } from './covenant.service.js';
import { InvitationService } from './invitation.service.js';
import { LoginService } from './login.service.js';
import { PasswordLinkService } from './password-link.service.js';
import { DEFAULT_SESSION_SETTINGS, SessionService, type SessionSettings } from './session.service.js';
import { UserService } from './user.service.js';

/** What the accounts services need from the process. */
export interface AccountsOptions {
  readonly db: Kysely<Tables>;
  readonly mailer: Mailer;
  /** Throttle counters (Redis-backed when REDIS_URL is set). */
  readonly counters: CounterStore;
  /** Public address, for links in emails. */
  readonly baseUrl: string;
  readonly clock?: Clock;
  readonly sessions?: SessionSettings;
  /** Told about background mail failures (the request that caused them has already been answered). */
  readonly onMailError?: (err: unknown) => void;
}

/** Every accounts service, built once per process and shared by routes, the CLI and other domains. */
export interface Accounts {
  readonly users: UserService;
  readonly sessions: SessionService;
  readonly logins: LoginService;
  readonly tokens: ApiTokenService;
  readonly invitations: InvitationService;
  readonly passwordLinks: PasswordLinkService;
  readonly covenant: CovenantService;
  readonly audit: AuditService;
}

/** Builds the accounts services over one database. */
export function createAccounts(options: AccountsOptions): Accounts {
  const clock = options.clock ?? systemClock;
  const { db } = options;
  const audit = new AuditService(db, clock);
  return {
    audit,
    users: new UserService(db, clock, audit),
    sessions: new SessionService(db, clock, audit, options.sessions ?? DEFAULT_SESSION_SETTINGS),
    logins: new LoginService(db, options.counters),
    tokens: new ApiTokenService(db, clock, audit),
    invitations: new InvitationService(db, clock, audit, options.mailer, options.baseUrl),
    passwordLinks: new PasswordLinkService(db, clock, audit, options.mailer, options.counters, options.baseUrl, options.onMailError),
    covenant: new CovenantService(db, clock, audit),
  };
}
