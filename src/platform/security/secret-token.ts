/**
 * Secrets handed to people (invitation and reset links, API tokens): a public selector to find the row
 * and a 256-bit verifier of which only a SHA-256 hash is stored. The verifier is compared in constant
 * time, so neither the database nor response timing gives a token away. A fast hash is right here:
 * the secret is random, not a password.
 */
import * as crypto from 'node:crypto';
import { createHash, randomBytes, randomFillSync, timingSafeEqual } from 'node:crypto';

const SELECTOR_HEX = 16;
const VERIFIER_BYTES = 32;
const VERIFIER_CHARS = 43; // base64url of 32 bytes

/** A freshly issued secret: `token` goes to the person once; `id` and `hash` are stored. */
export interface IssuedSecret {
  readonly id: string;
  readonly token: string;
  readonly hash: string;
}

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolUsed = POOL_BYTES;

/**
 * Random bytes for secrets, from a pool that OpenSSL refills 4 KiB at a time: each call into it costs
 * microseconds, and intake issues a token per request (Node pools randomUUID's entropy the same way).
 * Bytes handed out are copied and wiped from the pool, so no two secrets share any.
 */
export function secretRandomBytes(length: number): Buffer {
  if (length > POOL_BYTES) return randomBytes(length);
  if (poolUsed + length > POOL_BYTES) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolUsed, poolUsed + length));
  pool.fill(0, poolUsed, poolUsed + length);
  poolUsed += length;
  return bytes;
}

/** Issues a new token `<prefix><16 hex selector><43 base64url verifier>` (256 random bits of verifier). */
export function issueSecret(prefix = ''): IssuedSecret {
  const { id, verifier } = freshParts();
  return { id, token: `${prefix}${id}${verifier}`, hash: sha256Hex(verifier) };
}

/** A token of the same shape for callers that store a hash of the whole token (private links), so no verifier hash is made for nothing. */
export function issueSecretToken(prefix = ''): string {
  const { id, verifier } = freshParts();
  return `${prefix}${id}${verifier}`;
}

function freshParts(): { id: string; verifier: string } {
  return { id: secretRandomBytes(SELECTOR_HEX / 2).toString('hex'), verifier: secretRandomBytes(VERIFIER_BYTES).toString('base64url') };
}

/** Splits a presented token into selector and verifier, or null when it has the wrong shape. */
export function parseSecret(token: string, prefix = ''): { id: string; verifier: string } | null {
  if (typeof token !== 'string' || !token.startsWith(prefix)) return null;
  const body = token.slice(prefix.length);
  if (body.length !== SELECTOR_HEX + VERIFIER_CHARS) return null;
  const id = body.slice(0, SELECTOR_HEX);
  const verifier = body.slice(SELECTOR_HEX);
  if (!/^[0-9a-f]+$/.test(id) || !/^[A-Za-z0-9_-]+$/.test(verifier)) return null;
  return { id, verifier };
}

/** Does the verifier match the stored hash? Constant-time in the content of both. */
export function verifierMatches(verifier: string, storedHash: string): boolean {
  const presented = createHash('sha256').update(verifier).digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

// Node's one-shot hash (20.12 and later) skips building a Hash object: a few microseconds on every
// request that stores or looks up a secret.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** SHA-256 as hex: how session ids and verifiers are stored. */
export function sha256Hex(value: string): string {
  return oneShotHash ? oneShotHash('sha256', value, 'hex') : createHash('sha256').update(value).digest('hex');
}

/** A random opaque value (e.g. a session id), base64url, with `bytes` of entropy. */
export function randomOpaque(bytes = 32): string {
  return secretRandomBytes(bytes).toString('base64url');
}
