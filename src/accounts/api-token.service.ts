import type { Kysely } from 'kysely';
import type { Actor, UserActor } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { AppError } from '../platform/errors.js';
import { invalidFields } from '../platform/field-errors.js';
import { issueSecret, parseSecret, verifierMatches } from '../platform/security/secret-token.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { presentApiToken, type ApiTokenView } from './api-token.presenter.js';
import type { AuditService } from './audit.service.js';
import type { Clock } from './clock.js';
import { apiTokenPolicy } from './policies/api-token.policy.js';
import { actorFor } from './user-actor.js';
import { UserRepository } from './user.repository.js';

/** Every API token starts with this, so a leaked one is recognisable (and secret scanners can find it). */
export const API_TOKEN_PREFIX = 'ict_';
export const MAX_TOKEN_NAME_LENGTH = 80;
const TOUCH_AFTER_MS = 60_000;

/** API tokens for scripted clients, sent as `Authorization: Bearer ict_…`. */
export class ApiTokenService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Creates a token for the actor (or, for the system actor, for `userId`); `token` is shown once and never again. */
  async create(actor: Actor, input: { name: string; userId?: string }): Promise<{ token: string; view: ApiTokenView }> {
    apiTokenPolicy.authorize(actor, 'create');
    const userId = actor.kind === 'user' ? actor.id : input.userId;
    if (!userId) throw new AppError('VALIDATION', 'userId is required');
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!name) throw invalidFields({ name: 'missing' });
    if ([...name].length > MAX_TOKEN_NAME_LENGTH) throw invalidFields({ name: 'tooLong' });
    const user = await new UserRepository(this.db).findById(userId);
    if (!user || user.deactivatedAt) throw new AppError('NOT_FOUND');
    const secret = issueSecret(API_TOKEN_PREFIX);
    const now = this.clock().toISOString();
    const row = { id: secret.id, user_id: userId, name, secret_hash: secret.hash, created_at: now, last_used_at: null, revoked_at: null };
    await this.db.transaction().execute(async (trx) => {
      await new ApiTokenRepository(trx).insert(row);
      await this.audit.record(actor, { action: 'api_token.created', subject: { type: 'api_token', id: secret.id }, details: { name, user: userId } }, trx);
    });
    return { token: secret.token, view: presentApiToken(row) };
  }

  /** The actor's own tokens, newest first. */
  async listOwn(actor: Actor): Promise<ApiTokenView[]> {
    apiTokenPolicy.authorize(actor, 'listOwn');
    if (actor.kind !== 'user') return [];
    return (await new ApiTokenRepository(this.db).listForUser(actor.id)).map(presentApiToken);
  }

  /** Revokes a token (its owner or an admin); from then on it answers 401. */
  async revoke(actor: Actor, input: { tokenId: string }): Promise<void> {
    const tokens = new ApiTokenRepository(this.db);
    const row = await tokens.findById(input.tokenId);
    if (!row) throw new AppError('NOT_FOUND');
    // Someone else's token id says nothing: refuse it exactly like an unknown one.
    if (!apiTokenPolicy.can(actor, 'revoke', { userId: row.user_id })) {
      apiTokenPolicy.authorize(actor, 'listOwn');
      throw new AppError('NOT_FOUND');
    }
    if (row.revoked_at) return;
    await this.db.transaction().execute(async (trx) => {
      await new ApiTokenRepository(trx).revoke(row.id, this.clock().toISOString());
      await this.audit.record(actor, { action: 'api_token.revoked', subject: { type: 'api_token', id: row.id }, details: { user: row.user_id } }, trx);
    });
  }

  /**
   * The person a bearer token speaks for, or null when the token is malformed, unknown, revoked, or
   * its person deactivated. The verifier is compared in constant time.
   */
  async authenticate(bearer: string): Promise<UserActor | null> {
    const parsed = parseSecret(bearer, API_TOKEN_PREFIX);
    if (!parsed) return null;
    const tokens = new ApiTokenRepository(this.db);
    const row = await tokens.findById(parsed.id);
    if (!row || !verifierMatches(parsed.verifier, row.secret_hash) || row.revoked_at) return null;
    const user = await new UserRepository(this.db).findById(row.user_id);
    if (!user || user.deactivatedAt) return null;
    const now = this.clock();
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= TOUCH_AFTER_MS) await tokens.touch(row.id, now.toISOString());
    return actorFor(user, 'token', { tokenId: row.id });
  }
}
