import type { Kysely } from 'kysely';
import { isRole, type Role } from '../platform/auth/actor.js';
import type { Tables, UserTable } from '../platform/db/tables.js';
import { isLocale, type Locale } from '../platform/i18n/locale.js';
import { parsePreferences, type NotificationPreferences } from './notification-preferences.js';
import type { User } from './user.js';

/** Filters for the people list. */
export interface UserListQuery {
  readonly role?: Role;
  readonly status?: 'active' | 'deactivated';
  readonly limit: number;
  readonly offset: number;
}

/** A new person's row. */
export interface NewUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly passwordHash: string | null;
  readonly locale: Locale;
  readonly languages: readonly Locale[];
  readonly roles: readonly Role[];
  readonly covenantAcceptedAt: string | null;
  readonly covenantVersion: string | null;
  readonly now: string;
}

/** A person from their row and role names (for repositories that join users in). */
export function toUser(row: UserTable, roles: string[]): User {
  const languages = safeArray(row.languages).filter(isLocale);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    locale: isLocale(row.locale) ? row.locale : 'en',
    languages,
    notifications: parsePreferences(row.notifications),
    roles: roles.filter(isRole).sort(),
    covenantAcceptedAt: row.covenant_accepted_at,
    covenantVersion: row.covenant_version,
    deactivatedAt: row.deactivated_at,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function safeArray(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** People and their roles. */
export class UserRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** One person by id, with roles (one round trip: every request of a signed-in person asks this). */
  async findById(id: string): Promise<User | undefined> {
    return this.findOne('id', id);
  }

  /** One person by (normalized) email, with roles. */
  async findByEmail(email: string): Promise<User | undefined> {
    return this.findOne('email', email);
  }

  private async findOne(column: 'id' | 'email', value: string): Promise<User | undefined> {
    const rows = await this.db
      .selectFrom('users')
      .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
      .selectAll('users')
      .select('user_roles.role as role')
      .where(`users.${column}`, '=', value)
      .execute();
    if (rows.length === 0) return undefined;
    const { role: _role, ...row } = rows[0];
    return toUser(row, rows.map((r) => r.role).filter((r): r is string => r !== null));
  }

  /** Inserts a person and their roles (call inside a transaction). */
  async insert(user: NewUser): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        password_hash: user.passwordHash,
        locale: user.locale,
        languages: JSON.stringify(user.languages),
        notifications: '{}',
        covenant_accepted_at: user.covenantAcceptedAt,
        covenant_version: user.covenantVersion,
        deactivated_at: null,
        password_changed_at: user.passwordHash ? user.now : null,
        created_at: user.now,
        updated_at: user.now,
      })
      .execute();
    await this.replaceRoles(user.id, user.roles, user.now);
  }

  /** Replaces a person's roles with exactly `roles`. */
  async replaceRoles(userId: string, roles: readonly Role[], now: string): Promise<void> {
    await this.db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    if (roles.length > 0) {
      await this.db
        .insertInto('user_roles')
        .values([...new Set(roles)].map((role) => ({ user_id: userId, role, granted_at: now })))
        .execute();
    }
    await this.db.updateTable('users').set({ updated_at: now }).where('id', '=', userId).execute();
  }

  /** Updates what a person may change about themselves. */
  async updateProfile(
    userId: string,
    profile: { name: string; locale: Locale; languages: readonly Locale[]; notifications: NotificationPreferences },
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        name: profile.name,
        locale: profile.locale,
        languages: JSON.stringify(profile.languages),
        notifications: JSON.stringify(profile.notifications),
        updated_at: now,
      })
      .where('id', '=', userId)
      .execute();
  }

  /** Stores a new password hash. */
  async setPasswordHash(userId: string, hash: string, now: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: hash, password_changed_at: now, updated_at: now }).where('id', '=', userId).execute();
  }

  /** Deactivates (`at` set) or reactivates (`at` null) a person. */
  async setDeactivatedAt(userId: string, at: string | null, now: string): Promise<void> {
    await this.db.updateTable('users').set({ deactivated_at: at, updated_at: now }).where('id', '=', userId).execute();
  }

  /** Records the acceptance of a covenant version. */
  async setCovenant(userId: string, version: string, at: string): Promise<void> {
    await this.db.updateTable('users').set({ covenant_accepted_at: at, covenant_version: version, updated_at: at }).where('id', '=', userId).execute();
  }

  /** A page of people by name then email, and how many match in all. */
  async list(query: UserListQuery): Promise<{ users: User[]; total: number }> {
    let base = this.db.selectFrom('users');
    if (query.role) {
      const role = query.role;
      base = base.where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', role));
    }
    if (query.status === 'active') base = base.where('deactivated_at', 'is', null);
    if (query.status === 'deactivated') base = base.where('deactivated_at', 'is not', null);
    const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll().orderBy('name').orderBy('email').limit(query.limit).offset(query.offset).execute();
    const roles = await this.rolesOfMany(rows.map((r) => r.id));
    return { users: rows.map((row) => toUser(row, roles.get(row.id) ?? [])), total: Number(n) };
  }

  /** Active people holding `role` (e.g. pastors to alert). */
  async listActiveWithRole(role: Role): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('deactivated_at', 'is', null)
      .where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', role))
      .orderBy('email')
      .execute();
    const roles = await this.rolesOfMany(rows.map((r) => r.id));
    return rows.map((row) => toUser(row, roles.get(row.id) ?? []));
  }

  /** How many active people hold `role`. */
  async countActiveWithRole(role: Role): Promise<number> {
    const { n } = await this.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .where('user_roles.role', '=', role)
      .where('users.deactivated_at', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  private async rolesOfMany(ids: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows = await this.db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', ids).execute();
    for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.role]);
    return map;
  }
}
