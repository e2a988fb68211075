import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../platform/auth/actor.js';
import { ANONYMOUS } from '../platform/auth/actor.js';
import type { InvitationTable, Tables } from '../platform/db/tables.js';
import { isUniqueViolation } from '../platform/db/dialect.js';
import { AppError } from '../platform/errors.js';
import { isLocale, localePath, type Locale } from '../platform/i18n/locale.js';
import { composeMail } from '../platform/mail/compose-mail.js';
import type { Mailer } from '../platform/mail/mailer.js';
import { issueSecret, parseSecret, verifierMatches } from '../platform/security/secret-token.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { InvitationRepository } from './invitation.repository.js';
import { invitationMail } from './mail/invitation.mail.js';
import { hashPassword } from './password-hasher.js';
import { invitationPolicy } from './policies/invitation.policy.js';
import type { User } from './user.js';
import { UserRepository } from './user.repository.js';
import { assertGoodPassword, parseEmail, parseName, parseRoles } from './user.service.js';

/** Invitations work for a week: long enough for a volunteer who checks email on Sundays. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** What an invitation link leads to. */
export type InvitationState =
  | { readonly state: 'open'; readonly email: string; readonly roles: Role[]; readonly locale: Locale; readonly expiresAt: string }
  /** Expired, or replaced by a newer invitation: the holder may ask for a fresh one. */
  | { readonly state: 'expired' }
  | { readonly state: 'used' }
  | { readonly state: 'invalid' };

/** Onboarding by invitation: an admin invites an email; the invitee sets a password through a single-use link. */
export class InvitationService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly baseUrl: string,
  ) {}

  /** Sends an invitation (admins). Earlier open invitations to the same address stop working. */
  async send(actor: Actor, input: { email: string; roles: readonly string[]; locale: string }): Promise<{ id: string; expiresAt: string }> {
    invitationPolicy.authorize(actor, 'send');
    const email = parseEmail(input.email);
    const roles = parseRoles(input.roles);
    const locale: Locale = isLocale(input.locale) ? input.locale : 'en';
    if (await new UserRepository(this.db).findByEmail(email)) throw new AppError('EMAIL_TAKEN');
    return this.issue(actor, { email, roles, locale, invitedBy: actor.kind === 'user' ? actor.id : null }, 'invitation.sent');
  }

  /** The address an invitation went to (admins; e.g. to confirm it was sent). */
  async describe(actor: Actor, input: { id: string }): Promise<{ email: string; roles: Role[]; expiresAt: string } | undefined> {
    invitationPolicy.authorize(actor, 'send');
    const row = await new InvitationRepository(this.db).findById(input.id);
    return row ? { email: row.email, roles: parseRoles(JSON.parse(row.roles) as string[]), expiresAt: row.expires_at } : undefined;
  }

  /** What a presented link leads to, without using it. */
  async inspect(token: string): Promise<InvitationState> {
    const row = await this.find(token);
    if (!row) return { state: 'invalid' };
    if (row.accepted_at) return { state: 'used' };
    if (row.revoked_at || Date.parse(row.expires_at) <= this.clock().getTime()) return { state: 'expired' };
    return { state: 'open', email: row.email, roles: parseRoles(JSON.parse(row.roles) as string[]), locale: isLocale(row.locale) ? row.locale : 'en', expiresAt: row.expires_at };
  }

  /**
   * Accepts an open invitation: creates the account with the invited roles and the chosen password.
   * The link is spent in the same transaction, and only if nobody spent it first.
   */
  async accept(actor: Actor, input: { token: string; name: string; password: string }): Promise<User> {
    invitationPolicy.authorize(actor, 'accept');
    const state = await this.inspect(input.token);
    if (state.state !== 'open') throw new AppError('LINK_EXPIRED');
    const name = parseName(input.name, true);
    assertGoodPassword(input.password, { email: state.email, name });
    const passwordHash = await hashPassword(input.password);
    const row = (await this.find(input.token))!;
    const id = randomUUID();
    const now = this.clock().toISOString();
    try {
      await this.db.transaction().execute(async (trx) => {
        const invitations = new InvitationRepository(trx);
        if (!(await invitations.markAccepted(row.id, now))) throw new AppError('LINK_EXPIRED');
        await new UserRepository(trx).insert({
          id,
          email: state.email,
          name,
          passwordHash,
          locale: state.locale,
          languages: [state.locale],
          roles: state.roles,
          covenantAcceptedAt: null,
          covenantVersion: null,
          now,
        });
        await this.audit.record(
          { kind: 'user', id, email: state.email, name, roles: state.roles, locale: state.locale, covenantAcceptedAt: null, via: 'service' },
          { action: 'invitation.accepted', subject: { type: 'invitation', id: row.id }, details: { user: id, roles: state.roles } },
          trx,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('EMAIL_TAKEN');
      throw err;
    }
    return (await new UserRepository(this.db).findById(id))!;
  }

  /**
   * Sends a fresh invitation to the address an expired one was for. Only the holder of the expired link
   * can ask, and the new link goes to the invited address, so nothing leaks and nobody else is invited.
   */
  async renew(actor: Actor, input: { token: string }): Promise<'sent' | 'notRenewable'> {
    invitationPolicy.authorize(actor, 'accept');
    const row = await this.find(input.token);
    if (!row || row.accepted_at) return 'notRenewable';
    if (!row.revoked_at && Date.parse(row.expires_at) > this.clock().getTime()) return 'notRenewable';
    if (await new UserRepository(this.db).findByEmail(row.email)) return 'notRenewable';
    const roles = parseRoles(JSON.parse(row.roles) as string[]);
    await this.issue(actor, { email: row.email, roles, locale: isLocale(row.locale) ? row.locale : 'en', invitedBy: row.invited_by }, 'invitation.renewed', row.id);
    return 'sent';
  }

  private async issue(
    actor: Actor,
    input: { email: string; roles: Role[]; locale: Locale; invitedBy: string | null },
    action: string,
    previous?: string,
  ): Promise<{ id: string; expiresAt: string }> {
    const secret = issueSecret();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
    const inviter = input.invitedBy ? await new UserRepository(this.db).findById(input.invitedBy) : undefined;
    await this.db.transaction().execute(async (trx) => {
      const invitations = new InvitationRepository(trx);
      await invitations.revokeOpenFor(input.email, now.toISOString());
      await invitations.insert({
        id: secret.id,
        email: input.email,
        roles: JSON.stringify(input.roles),
        locale: input.locale,
        invited_by: input.invitedBy,
        secret_hash: secret.hash,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        accepted_at: null,
        revoked_at: null,
      });
      await this.audit.record(
        actor.kind === 'anonymous' ? ANONYMOUS : actor,
        { action, subject: { type: 'invitation', id: secret.id }, details: { email: input.email, roles: input.roles, ...(previous ? { previous } : {}) } },
        trx,
      );
    });
    const url = `${this.baseUrl}${localePath(input.locale, `/invite/${secret.token}`)}`;
    const content = invitationMail({ locale: input.locale, inviter: inviter?.name || null, roles: input.roles, url, expiresAt });
    await this.mailer.send(composeMail(input.email, content));
    return { id: secret.id, expiresAt };
  }

  private async find(token: string): Promise<InvitationTable | undefined> {
    const parsed = parseSecret(token);
    if (!parsed) return undefined;
    const row = await new InvitationRepository(this.db).findById(parsed.id);
    return row && verifierMatches(parsed.verifier, row.secret_hash) ? row : undefined;
  }
}
