import type { Kysely } from 'kysely';
import type { Actor } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { Backoff, type BackoffRule } from '../platform/rate-limit/backoff.js';
import type { CounterStore } from '../platform/rate-limit/counter-store.js';
import { sha256Hex } from '../platform/security/secret-token.js';
import { verifyPassword } from './password-hasher.js';
import { normalizeEmail, type User } from './user.js';
import { UserRepository } from './user.repository.js';

/** Per account: five free attempts, then 30 s, 1 min, 2 min … up to 15 min between attempts. */
export const ACCOUNT_BACKOFF: BackoffRule = { freeAttempts: 5, firstBlockMs: 30_000, maxBlockMs: 15 * 60_000, memoryMs: 60 * 60_000 };
/** Per client address: more room (a church's Wi-Fi is one address), then the same growing delay. */
export const ADDRESS_BACKOFF: BackoffRule = { freeAttempts: 20, firstBlockMs: 30_000, maxBlockMs: 15 * 60_000, memoryMs: 60 * 60_000 };

export type LoginOutcome =
  | { readonly outcome: 'ok'; readonly user: User }
  /** Wrong password, unknown email, no password yet or deactivated: one answer for all. */
  | { readonly outcome: 'invalid' }
  | { readonly outcome: 'throttled'; readonly retryAfterMs: number };

/**
 * Checks an email and password, throttled per account and per client address with a growing delay.
 * The account key is a hash of the typed email whether or not an account exists, and unknown emails
 * still cost one argon2 verification, so neither the answer nor its timing says who has an account.
 */
export class LoginService {
  private readonly perAccount: Backoff;
  private readonly perAddress: Backoff;

  constructor(
    private readonly db: Kysely<Tables>,
    counters: CounterStore,
  ) {
    this.perAccount = new Backoff(counters, ACCOUNT_BACKOFF, 'login-account');
    this.perAddress = new Backoff(counters, ADDRESS_BACKOFF, 'login-address');
  }

  /** Tries to sign in; the caller starts a session on `ok`. */
  async login(_actor: Actor, input: { email: string; password: string; ip: string }): Promise<LoginOutcome> {
    const account = sha256Hex(normalizeEmail(input.email)).slice(0, 32);
    const wait = Math.max(await this.perAccount.wait([account]), await this.perAddress.wait([input.ip]));
    if (wait > 0) return { outcome: 'throttled', retryAfterMs: wait };
    const user = await new UserRepository(this.db).findByEmail(normalizeEmail(input.email));
    const matches = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !matches || user.deactivatedAt) {
      await Promise.all([this.perAccount.fail(account), this.perAddress.fail(input.ip)]);
      return { outcome: 'invalid' };
    }
    await this.perAccount.succeed(account);
    return { outcome: 'ok', user };
  }
}
