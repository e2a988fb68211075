import { describe, expect, it } from 'vitest';
import { redactPath } from './log.js';

describe('redactPath', () => {
  it('hides secrets carried in private links and drops query strings', () => {
    expect(redactPath('/r/abcDEF123_-xyz')).toBe('/r/[secret]');
    expect(redactPath('/es/r/abcDEF123/update')).toBe('/r/[secret]/update');
    expect(redactPath('/unsubscribe/tok?x=1')).toBe('/unsubscribe/[secret]');
    expect(redactPath('/api/v1/search?q=my+secret+sin')).toBe('/api/v1/search');
    expect(redactPath('/bible/WEB/John/3')).toBe('/bible/WEB/John/3');
  });
});
