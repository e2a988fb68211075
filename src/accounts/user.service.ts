import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isRole, type Actor, type Role } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { isUniqueViolation } from '../platform/db/dialect.js';
import { AppError } from '../platform/errors.js';
import { invalidFields } from '../platform/field-errors.js';
import { isLocale, type Locale } from '../platform/i18n/locale.js';
import { ApiTokenRepository } from './api-token.repository.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { COVENANT_VERSION } from './covenant.js';
import { isNotificationKind, kindsFor, type NotificationKind } from './notification-preferences.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import { checkPassword } from './password-policy.js';
import { userPolicy } from './policies/user.policy.js';
import { SessionRepository } from './session.repository.js';
import { looksLikeEmail, normalizeEmail, type User } from './user.js';
import { UserRepository } from './user.repository.js';

export const MAX_NAME_LENGTH = 100;
const PER_PAGE = 50;

/** What `create` needs; everything but email and roles is optional. */
export interface NewPerson {
  readonly email: string;
  readonly roles: readonly string[];
  readonly name?: string;
  readonly password?: string;
  readonly locale?: Locale;
  /** Records covenant acceptance now (people covenanted before Intercede, moved in by script). */
  readonly acceptCovenant?: boolean;
}

/** What a person may change about themselves. */
export interface ProfileInput {
  readonly userId: string;
  readonly name: string;
  readonly locale: string;
  readonly languages: readonly string[];
  /** The notification kinds switched on; kinds the person's roles concern and not listed are off. */
  readonly notifications: readonly string[];
}

/** Checks a list of role names; throws VALIDATION naming the field. */
export function parseRoles(roles: readonly string[], field = 'roles', allowNone = false): Role[] {
  const unique = [...new Set(roles.map((r) => r.trim()).filter(Boolean))];
  if (!allowNone && unique.length === 0) throw invalidFields({ [field]: 'missing' });
  if (!unique.every(isRole)) throw invalidFields({ [field]: 'unknown' });
  return unique as Role[];
}

/** Checks a display name; throws VALIDATION. */
export function parseName(name: string | undefined, required: boolean): string {
  const value = (name ?? '').trim().replace(/\s+/g, ' ');
  if (required && !value) throw invalidFields({ name: 'missing' });
  if ([...value].length > MAX_NAME_LENGTH) throw invalidFields({ name: 'tooLong' });
  return value;
}

/** Checks an email address; returns it normalized or throws VALIDATION. */
export function parseEmail(email: string | undefined, field = 'email'): string {
  const value = normalizeEmail(email ?? '');
  if (!value) throw invalidFields({ [field]: 'missing' });
  if (!looksLikeEmail(value)) throw invalidFields({ [field]: 'invalid' });
  return value;
}

/** Checks a new password against the policy; throws VALIDATION on the given field. */
export function assertGoodPassword(password: string | undefined, context: { email?: string; name?: string }, field = 'password'): string {
  const problem = checkPassword(password ?? '', context);
  if (problem) throw invalidFields({ [field]: problem });
  return password!;
}

/** People: creating, reading, changing, deactivating. */
export class UserService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Creates a person directly (the CLI, an admin script). Fails with EMAIL_TAKEN for a known email. */
  async create(actor: Actor, input: NewPerson): Promise<User> {
    userPolicy.authorize(actor, 'create');
    const email = parseEmail(input.email);
    const roles = parseRoles(input.roles);
    const name = parseName(input.name, false);
    const password = input.password === undefined ? undefined : assertGoodPassword(input.password, { email, name });
    const passwordHash = password === undefined ? null : await hashPassword(password);
    const now = this.clock().toISOString();
    const id = randomUUID();
    try {
      await this.db.transaction().execute(async (trx) => {
        await new UserRepository(trx).insert({
          id,
          email,
          name,
          passwordHash,
          locale: input.locale ?? 'en',
          languages: [input.locale ?? 'en'],
          roles,
          covenantAcceptedAt: input.acceptCovenant ? now : null,
          covenantVersion: input.acceptCovenant ? COVENANT_VERSION : null,
          now,
        });
        await this.audit.record(actor, { action: 'user.created', subject: { type: 'user', id }, details: { roles, covenant: Boolean(input.acceptCovenant) } }, trx);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('EMAIL_TAKEN');
      throw err;
    }
    return (await new UserRepository(this.db).findById(id))!;
  }

  /** One person, for themselves or an admin; NOT_FOUND when there is none. */
  async get(actor: Actor, userId: string): Promise<User> {
    const user = await new UserRepository(this.db).findById(userId);
    // Whoever may not read people learns nothing about which ids exist.
    if (!user) {
      userPolicy.authorize(actor, 'list');
      throw new AppError('NOT_FOUND');
    }
    userPolicy.authorize(actor, 'read', user);
    return user;
  }

  /** A person by email (admins and the command line); NOT_FOUND when there is none. */
  async getByEmail(actor: Actor, email: string): Promise<User> {
    userPolicy.authorize(actor, 'list');
    const user = await new UserRepository(this.db).findByEmail(normalizeEmail(email));
    if (!user) throw new AppError('NOT_FOUND', 'Nobody has an account with this email address.');
    return user;
  }

  /** A page of people (admins), optionally one role or status only; `page` counts from 1. */
  async list(
    actor: Actor,
    query: { role?: string; status?: string; page?: number } = {},
  ): Promise<{ users: User[]; total: number; page: number; pages: number }> {
    userPolicy.authorize(actor, 'list');
    const role = query.role && isRole(query.role) ? query.role : undefined;
    const status = query.status === 'active' || query.status === 'deactivated' ? query.status : undefined;
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const { users, total } = await new UserRepository(this.db).list({ role, status, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    return { users, total, page, pages: Math.max(1, Math.ceil(total / PER_PAGE)) };
  }

  /** Active people holding a role, e.g. pastors to alert (for jobs and services of other domains). */
  async activeWithRole(actor: Actor, role: Role): Promise<User[]> {
    userPolicy.authorize(actor, 'list');
    return new UserRepository(this.db).listActiveWithRole(role);
  }

  /** Changes one's own name, languages, email language and notification choices. */
  async updateProfile(actor: Actor, input: ProfileInput): Promise<User> {
    const users = new UserRepository(this.db);
    const user = await users.findById(input.userId);
    if (!user) throw new AppError('NOT_FOUND');
    userPolicy.authorize(actor, 'updateProfile', user);
    const name = parseName(input.name, true);
    if (!isLocale(input.locale)) throw invalidFields({ locale: 'unknown' });
    const languages = [...new Set(input.languages)];
    if (languages.length === 0) throw invalidFields({ languages: 'missing' });
    if (!languages.every(isLocale)) throw invalidFields({ languages: 'unknown' });
    if (!input.notifications.every(isNotificationKind)) throw invalidFields({ notifications: 'unknown' });
    const notifications: Partial<Record<NotificationKind, boolean>> = { ...user.notifications };
    for (const kind of kindsFor(user.roles)) notifications[kind] = input.notifications.includes(kind);
    await users.updateProfile(user.id, { name, locale: input.locale, languages: languages as Locale[], notifications }, this.clock().toISOString());
    return (await users.findById(user.id))!;
  }

  /**
   * Gives a person exactly `roles` (admins). Nobody removes their own admin role, and the last active
   * admin keeps it: either would leave the ministry without anyone able to manage it.
   */
  async changeRoles(actor: Actor, input: { userId: string; roles: readonly string[] }): Promise<User> {
    userPolicy.authorize(actor, 'changeRoles');
    const roles = parseRoles(input.roles, 'roles', true);
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const user = await users.findById(input.userId);
      if (!user) throw new AppError('NOT_FOUND');
      const losesAdmin = user.roles.includes('admin') && !roles.includes('admin');
      if (losesAdmin && actor.kind === 'user' && actor.id === user.id) throw new AppError('LAST_ADMIN', 'You cannot remove your own admin role; ask another admin.', { reason: 'self' });
      if (losesAdmin && !user.deactivatedAt && (await users.countActiveWithRole('admin')) <= 1) throw new AppError('LAST_ADMIN', undefined, { reason: 'last' });
      const before = [...user.roles];
      if (before.join() === [...roles].sort().join()) return user;
      await users.replaceRoles(user.id, roles, this.clock().toISOString());
      await this.audit.record(actor, { action: 'user.roles_changed', subject: { type: 'user', id: user.id }, details: { from: before, to: [...roles].sort() } }, trx);
      return (await users.findById(user.id))!;
    });
  }

  /** Deactivates a person (admins, not themselves): they are signed out everywhere and their tokens revoked. */
  async deactivate(actor: Actor, input: { userId: string }): Promise<User> {
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const user = await users.findById(input.userId);
      if (!user) {
        userPolicy.authorize(actor, 'list');
        throw new AppError('NOT_FOUND');
      }
      userPolicy.authorize(actor, 'deactivate', user);
      if (user.deactivatedAt) return user;
      if (user.roles.includes('admin') && (await users.countActiveWithRole('admin')) <= 1) throw new AppError('LAST_ADMIN', undefined, { reason: 'last' });
      const now = this.clock().toISOString();
      await users.setDeactivatedAt(user.id, now, now);
      const sessions = await new SessionRepository(trx).deleteForUser(user.id);
      const tokens = await new ApiTokenRepository(trx).revokeForUser(user.id, now);
      await new PasswordLinkRepository(trx).useAllForUser(user.id, now);
      await this.audit.record(actor, { action: 'user.deactivated', subject: { type: 'user', id: user.id }, details: { sessions, tokens } }, trx);
      return (await users.findById(user.id))!;
    });
  }

  /** Lets a deactivated person sign in again (their old sessions and tokens stay ended). */
  async reactivate(actor: Actor, input: { userId: string }): Promise<User> {
    userPolicy.authorize(actor, 'reactivate');
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const user = await users.findById(input.userId);
      if (!user) throw new AppError('NOT_FOUND');
      if (!user.deactivatedAt) return user;
      const now = this.clock().toISOString();
      await users.setDeactivatedAt(user.id, null, now);
      await this.audit.record(actor, { action: 'user.reactivated', subject: { type: 'user', id: user.id } }, trx);
      return (await users.findById(user.id))!;
    });
  }

  /**
   * Changes one's own password, proving the current one first. Every other session ends (whoever
   * might have had the old password is signed out); the current one stays.
   */
  async changePassword(actor: Actor, input: { userId: string; current: string; password: string; keepSessionId?: string }): Promise<void> {
    const users = new UserRepository(this.db);
    const user = await users.findById(input.userId);
    if (!user) throw new AppError('NOT_FOUND');
    userPolicy.authorize(actor, 'changePassword', user);
    if (!input.current) throw invalidFields({ current: 'missing' });
    if (!(await verifyPassword(user.passwordHash, input.current))) throw invalidFields({ current: 'wrong' });
    assertGoodPassword(input.password, { email: user.email, name: user.name });
    if (input.password === input.current) throw invalidFields({ password: 'same' });
    const hash = await hashPassword(input.password);
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).setPasswordHash(user.id, hash, now);
      await new SessionRepository(trx).deleteForUser(user.id, input.keepSessionId);
      await new PasswordLinkRepository(trx).useAllForUser(user.id, now);
      await this.audit.record(actor, { action: 'user.password_changed', subject: { type: 'user', id: user.id } }, trx);
    });
  }
}
