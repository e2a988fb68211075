/**
 * A plan subscription's private link: `/plans/s/<token>`. A fresh secret of 256 random bits (plus a
 * selector) from the platform's issuer; only its SHA-256 is stored. Looking one up does the same work
 * whatever was presented (hash, one indexed lookup, one constant-time compare against a dummy when
 * nothing matched), as prayer requests' manage tokens do.
 */
import { timingSafeEqual } from 'node:crypto';
import type { PlanSubscriptionTable } from '../../platform/db/tables.js';
import { issueSecretToken, sha256Hex } from '../../platform/security/secret-token.js';
import type { SubscriptionRepository } from './subscription.repository.js';

/** Every plan link token starts with this, so people and log scrubbers can tell what it is. */
export const PLAN_TOKEN_PREFIX = 'rp_';

/** Longer presented values are cut before hashing, so a huge path cannot buy a slow hash. */
const MAX_PRESENTED = 256;
const DUMMY_HASH = Buffer.from(sha256Hex('intercede: no such plan link'), 'hex');

/** What is stored for a token. */
export function planTokenHash(token: string): string {
  return sha256Hex(token.slice(0, MAX_PRESENTED));
}

/** A new private link token and the hash to store. */
export function issuePlanToken(): { token: string; hash: string } {
  const token = issueSecretToken(PLAN_TOKEN_PREFIX);
  return { token, hash: planTokenHash(token) };
}

/** The subscription a presented token opens, or null: the same steps whatever was presented. */
export async function findByPlanToken(repository: SubscriptionRepository, presented: unknown): Promise<PlanSubscriptionTable | null> {
  const text = typeof presented === 'string' ? presented : '';
  const hash = planTokenHash(text);
  const found = await repository.findByTokenHash(hash);
  const stored = found ? Buffer.from(found.token_hash, 'hex') : DUMMY_HASH;
  const presentedHash = Buffer.from(hash, 'hex');
  const same = stored.length === presentedHash.length && timingSafeEqual(stored, presentedHash);
  return same && found ? found : null;
}
