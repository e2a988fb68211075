import { describe, expect, it } from 'vitest';
import { PlanLinkTokens } from './plan-link-token.js';

const ID = '0b5f3c1e-8a2d-4e6f-9b1a-2c3d4e5f6a7b';

describe('signed plan links', () => {
  const tokens = new PlanLinkTokens('test-session-secret-that-is-long-enough-123');

  it('round-trips each purpose and keeps them apart', () => {
    const stop = tokens.issue({ purpose: 'stop', subscriptionId: ID });
    const day = tokens.issue({ purpose: 'day', subscriptionId: ID, day: 7 });
    expect(tokens.verify(stop)).toEqual({ purpose: 'stop', subscriptionId: ID });
    expect(tokens.verify(day, 'day')).toEqual({ purpose: 'day', subscriptionId: ID, day: 7 });
    expect(tokens.verify(day, 'stop')).toBeNull();
    expect(tokens.verify(stop, 'day')).toBeNull();
  });

  it('refuses tampered, re-signed or foreign tokens', () => {
    const day = tokens.issue({ purpose: 'day', subscriptionId: ID, day: 7 });
    const [body, mac] = day.split('.');
    const other = tokens.issue({ purpose: 'day', subscriptionId: ID, day: 8 });
    // Another day's body with this day's signature.
    expect(tokens.verify(`${other.split('.')[0]}.${mac}`)).toBeNull();
    for (let i = 0; i < mac.length; i++) {
      const changed = mac.slice(0, i) + (mac[i] === 'A' ? 'B' : 'A') + mac.slice(i + 1);
      expect(tokens.verify(`${body}.${changed}`)).toBeNull();
    }
    expect(new PlanLinkTokens('another-secret-that-is-long-enough-0123456').verify(day)).toBeNull();
    for (const bad of ['', '.', 'abc', `${body}.`, `.${mac}`, 42, null, 'x'.repeat(500)]) expect(tokens.verify(bad)).toBeNull();
  });
});
