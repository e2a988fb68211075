import type { Kysely } from 'kysely';
import type { Actor } from '../platform/auth/actor.js';
import type { PasswordLinkTable, Tables } from '../platform/db/tables.js';
import { AppError } from '../platform/errors.js';
import { localePath, type Locale } from '../platform/i18n/locale.js';
import { composeMail } from '../platform/mail/compose-mail.js';
import type { Mailer } from '../platform/mail/mailer.js';
import type { CounterStore } from '../platform/rate-limit/counter-store.js';
import { issueSecret, parseSecret, sha256Hex, verifierMatches } from '../platform/security/secret-token.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { passwordResetMail } from './mail/password-reset.mail.js';
import { hashPassword } from './password-hasher.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import { SessionRepository } from './session.repository.js';
import { actorFor } from './user-actor.js';
import { normalizeEmail, type User } from './user.js';
import { UserRepository } from './user.repository.js';
import { assertGoodPassword } from './user.service.js';

/** A reset link works for an hour: it is asked for by someone waiting for it. */
export const RESET_TTL_MS = 60 * 60 * 1000;
/** A set-password link from `intercede user add` works for a week, like an invitation. */
export const SET_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** At most this many reset emails an hour to one address, however often it is asked for. */
export const RESETS_PER_ADDRESS_PER_HOUR = 3;

export type PasswordLinkPurpose = 'reset' | 'set';

/** What a presented link leads to. */
export type PasswordLinkState =
  | { readonly state: 'open'; readonly purpose: PasswordLinkPurpose; readonly email: string }
  | { readonly state: 'expired'; readonly purpose: PasswordLinkPurpose }
  | { readonly state: 'used'; readonly purpose: PasswordLinkPurpose }
  | { readonly state: 'invalid' };

/** Single-use links to reset a forgotten password, or to set a first one. */
export class PasswordLinkService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly counters: CounterStore,
    private readonly baseUrl: string,
    private readonly onMailError: (err: unknown) => void = () => undefined,
  ) {}

  /**
   * Emails a reset link if an active account has this address; says nothing either way. The email is
   * sent in the background, so the answer takes as long whether or not an account exists.
   */
  async requestReset(_actor: Actor, input: { email: string; locale: Locale }): Promise<void> {
    const email = normalizeEmail(input.email);
    const user = email ? await new UserRepository(this.db).findByEmail(email) : undefined;
    if (!user || user.deactivatedAt) return;
    const sent = await this.counters.increment(`reset-mail:${sha256Hex(email).slice(0, 32)}`, 60 * 60 * 1000);
    if (sent > RESETS_PER_ADDRESS_PER_HOUR) return;
    const url = await this.issue(user, 'reset', RESET_TTL_MS, user.locale);
    const mail = composeMail(user.email, passwordResetMail({ locale: user.locale, name: user.name, url }));
    void this.mailer.send(mail).catch(this.onMailError);
  }

  /** A link for someone to set their first password (the CLI prints it). */
  async issueSetLink(actor: Actor, input: { userId: string }): Promise<{ url: string; expiresAt: string }> {
    if (actor.kind !== 'system' && !(actor.kind === 'user' && actor.roles.includes('admin'))) throw new AppError('FORBIDDEN');
    const user = await new UserRepository(this.db).findById(input.userId);
    if (!user || user.deactivatedAt) throw new AppError('NOT_FOUND');
    const url = await this.issue(user, 'set', SET_TTL_MS, user.locale);
    return { url, expiresAt: new Date(this.clock().getTime() + SET_TTL_MS).toISOString() };
  }

  /** What a presented link leads to, without using it. */
  async inspect(token: string): Promise<PasswordLinkState> {
    const found = await this.find(token);
    if (!found) return { state: 'invalid' };
    const { row, user } = found;
    const purpose = row.purpose === 'set' ? 'set' : 'reset';
    if (row.used_at) return { state: 'used', purpose };
    if (Date.parse(row.expires_at) <= this.clock().getTime() || user.deactivatedAt) return { state: 'expired', purpose };
    return { state: 'open', purpose, email: user.email };
  }

  /**
   * Sets the password through an open link, spending it; every session of the person ends (whoever
   * knew the old password is signed out) and every other open link is spent too.
   */
  async complete(actor: Actor, input: { token: string; password: string }): Promise<User> {
    const state = await this.inspect(input.token);
    if (state.state !== 'open') throw new AppError('LINK_EXPIRED');
    const { row, user } = (await this.find(input.token))!;
    assertGoodPassword(input.password, { email: user.email, name: user.name });
    const hash = await hashPassword(input.password);
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const links = new PasswordLinkRepository(trx);
      if (!(await links.markUsed(row.id, now))) throw new AppError('LINK_EXPIRED');
      await links.useAllForUser(user.id, now);
      await new UserRepository(trx).setPasswordHash(user.id, hash, now);
      await new SessionRepository(trx).deleteForUser(user.id);
      // The holder of the link acts as the person whose mailbox it reached.
      const who = actor.kind === 'anonymous' ? actorFor(user, 'service') : actor;
      await this.audit.record(who, { action: state.purpose === 'set' ? 'user.password_set' : 'user.password_reset', subject: { type: 'user', id: user.id } }, trx);
    });
    return (await new UserRepository(this.db).findById(user.id))!;
  }

  private async issue(user: User, purpose: PasswordLinkPurpose, ttlMs: number, locale: Locale): Promise<string> {
    const secret = issueSecret();
    const now = this.clock();
    await new PasswordLinkRepository(this.db).insert({
      id: secret.id,
      user_id: user.id,
      purpose,
      secret_hash: secret.hash,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlMs).toISOString(),
      used_at: null,
    });
    return `${this.baseUrl}${localePath(locale, `/reset/${secret.token}`)}`;
  }

  private async find(token: string): Promise<{ row: PasswordLinkTable; user: User } | undefined> {
    const parsed = parseSecret(token);
    if (!parsed) return undefined;
    const row = await new PasswordLinkRepository(this.db).findById(parsed.id);
    if (!row || !verifierMatches(parsed.verifier, row.secret_hash)) return undefined;
    const user = await new UserRepository(this.db).findById(row.user_id);
    return user ? { row, user } : undefined;
  }
}
