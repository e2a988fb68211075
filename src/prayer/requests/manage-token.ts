/**
 * The requester's private link: `/r/<token>`. The token is a fresh secret of 256 random bits (plus a
 * selector) from the platform's secret issuer; only its SHA-256 is stored. Finding a request by token
 * always does the same work — hash what was presented, one indexed lookup, one constant-time compare
 * (against a dummy when nothing matched) — so an unknown, malformed or deleted token is answered the
 * way a live one is up to the moment the 404 is chosen.
 */
import { timingSafeEqual } from 'node:crypto';
import { issueSecretToken, sha256Hex } from '../../platform/security/secret-token.js';
import type { PrayerRequest } from './request.js';
import type { RequestRepository } from './request.repository.js';

/** Every manage token starts with this, so people and log scrubbers can tell what it is. */
export const MANAGE_TOKEN_PREFIX = 'pr_';

/** Longer presented values are cut before hashing, so a huge header cannot buy a slow hash. */
const MAX_PRESENTED = 256;

const DUMMY_HASH = Buffer.from(sha256Hex('intercede: no such manage token'), 'hex');

/** A new manage token and the hash to store. */
export function issueManageToken(): { token: string; hash: string } {
  const token = issueSecretToken(MANAGE_TOKEN_PREFIX);
  return { token, hash: manageTokenHash(token) };
}

/** What is stored for a token. */
export function manageTokenHash(token: string): string {
  return sha256Hex(token.slice(0, MAX_PRESENTED));
}

/**
 * The live request a presented token manages, or null (unknown, malformed or deleted): the same steps
 * whatever was presented.
 */
export async function findByManageToken(repository: RequestRepository, presented: unknown): Promise<PrayerRequest | null> {
  const text = typeof presented === 'string' ? presented : '';
  const hash = manageTokenHash(text);
  const found = await repository.findByTokenHash(hash);
  const stored = found ? Buffer.from(found.storedHash, 'hex') : DUMMY_HASH;
  const presentedHash = Buffer.from(hash, 'hex');
  // The database already matched on the hash; comparing again in constant time costs the same on every path.
  const same = stored.length === presentedHash.length && timingSafeEqual(stored, presentedHash);
  if (!same || !found || found.request.status === 'deleted') return null;
  return found.request;
}
