import { describe, expect, it } from 'vitest';
import { issueSecret, issueSecretToken, parseSecret, randomOpaque, secretRandomBytes, sha256Hex, verifierMatches } from './secret-token.js';

describe('secret tokens', () => {
  it('carry a 64-bit selector and a 256-bit verifier, of which only a hash is kept', () => {
    const issued = issueSecret('ict_');
    expect(issued.token).toMatch(/^ict_[0-9a-f]{16}[A-Za-z0-9_-]{43}$/);
    const parsed = parseSecret(issued.token, 'ict_')!;
    expect(parsed.id).toBe(issued.id);
    expect(Buffer.from(parsed.verifier, 'base64url')).toHaveLength(32);
    expect(issued.hash).toBe(sha256Hex(parsed.verifier));
    expect(issued.hash).not.toContain(parsed.verifier);
  });

  it('match only their own verifier', () => {
    const issued = issueSecret();
    const { verifier } = parseSecret(issued.token)!;
    expect(verifierMatches(verifier, issued.hash)).toBe(true);
    expect(verifierMatches(verifier.slice(0, -1) + (verifier.endsWith('A') ? 'B' : 'A'), issued.hash)).toBe(false);
    expect(verifierMatches(verifier, 'abcd')).toBe(false);
  });

  it('refuse malformed tokens', () => {
    expect(parseSecret('ict_' + 'z'.repeat(59), 'ict_')).toBeNull();
    expect(parseSecret(issueSecret().token, 'ict_')).toBeNull();
    expect(parseSecret(issueSecret().token + 'x')).toBeNull();
    expect(parseSecret(issueSecret().token.replace(/^./, 'G'))).toBeNull();
  });

  it('come without a hash when the caller hashes the whole token, in the same shape', () => {
    const token = issueSecretToken('pr_');
    expect(token).toMatch(/^pr_[0-9a-f]{16}[A-Za-z0-9_-]{43}$/);
    expect(parseSecret(token, 'pr_')).not.toBeNull();
    expect(new Set(Array.from({ length: 500 }, () => issueSecretToken())).size).toBe(500);
  });

  it('hash with SHA-256 (the FIPS 180-2 test vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('never repeat', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => issueSecret().token));
    expect(seen.size).toBe(1000);
    expect(randomOpaque()).toHaveLength(43);
  });

  it('draw their randomness from a pool without ever handing the same bytes out twice, across refills', () => {
    // 40 bytes a token: 1,000 tokens cross ten refills of the 4 KiB pool, at odd offsets.
    const chunks = Array.from({ length: 1000 }, () => secretRandomBytes(40).toString('hex'));
    expect(new Set(chunks).size).toBe(1000);
    // A copy, not a view of the pool: later draws do not change bytes already handed out.
    const first = secretRandomBytes(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 300; i++) secretRandomBytes(32);
    expect(first.equals(copy)).toBe(true);
    // Not zeros (the wiped pool) and not one repeated byte.
    expect(new Set(first).size).toBeGreaterThan(8);
    expect(secretRandomBytes(5000)).toHaveLength(5000);
  });
});
