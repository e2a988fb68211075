import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UnsubscribeTokens } from '../../prayer/notifications/unsubscribe-token.js';

describe('journey unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('a-session-secret-that-is-long-enough-0000');

  it('name one journey, are signed, and never pass for a request token of the same id', () => {
    const id = randomUUID();
    const journey = tokens.issue({ kind: 'journey', journeyId: id });
    const request = tokens.issue({ kind: 'request', requestId: id });
    expect(tokens.verify(journey)).toEqual({ kind: 'journey', journeyId: id });
    expect(tokens.verify(request)).toEqual({ kind: 'request', requestId: id });
    expect(journey).not.toBe(request);
    expect(journey.length).toBeLessThan(100);
    const [body] = journey.split('.');
    expect(tokens.verify(`${body}.${request.split('.')[1]}`)).toBeNull();
    expect(new UnsubscribeTokens('another-secret-that-is-long-enough-11111').verify(journey)).toBeNull();
  });
});
