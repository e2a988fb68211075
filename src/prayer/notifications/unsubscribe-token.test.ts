import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UnsubscribeTokens } from './unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('a-session-secret-that-is-long-enough-0000');

  it('name what they stop, and stay short enough for a URL path segment', () => {
    const requestId = randomUUID();
    const userId = randomUUID();
    const forRequest = tokens.issue({ kind: 'request', requestId });
    const forUser = tokens.issue({ kind: 'user', userId, notifications: ['crisisAlerts', 'requestUpdates'] });
    expect(tokens.verify(forRequest)).toEqual({ kind: 'request', requestId });
    expect(tokens.verify(forUser)).toEqual({ kind: 'user', userId, notifications: ['requestUpdates', 'crisisAlerts'] });
    expect(tokens.verify(tokens.issue({ kind: 'request', requestId: 'legacy_id-1' }))).toEqual({ kind: 'request', requestId: 'legacy_id-1' });
    for (const t of [forRequest, forUser]) {
      expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
      expect(t.length).toBeLessThan(100);
    }
  });

  it('carry a 128-bit signature: a changed target, a changed signature or another secret fails', () => {
    const token = tokens.issue({ kind: 'request', requestId: randomUUID() });
    const [body, mac] = token.split('.');
    const other = tokens.issue({ kind: 'request', requestId: randomUUID() }).split('.')[0];
    expect(Buffer.from(mac, 'base64url')).toHaveLength(16);
    expect(tokens.verify(`${other}.${mac}`)).toBeNull();
    // A changed signature character, in the middle and at the end (where base64url has unused bits).
    expect(tokens.verify(`${body}.${mac.slice(0, 5)}${mac[5] === 'A' ? 'B' : 'A'}${mac.slice(6)}`)).toBeNull();
    for (const last of ['A', 'B', 'C', 'D']) if (last !== mac.at(-1)) expect(tokens.verify(`${body}.${mac.slice(0, -1)}${last}`)).toBeNull();
    expect(new UnsubscribeTokens('another-session-secret-long-enough-00000').verify(token)).toBeNull();
    for (const junk of ['', '.', 'abc', `${body}.`, `.${mac}`, 'x'.repeat(500)]) expect(tokens.verify(junk)).toBeNull();
  });
});
