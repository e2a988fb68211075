import { describe, expect, it } from 'vitest';
import { redactPath } from './log.js';

describe('redactPath', () => {
  it('hides secrets carried in private links and drops query strings', () => {
    expect(redactPath('/r/abcDEF123_-xyz')).toBe('/r/[secret]');
    expect(redactPath('/es/r/abcDEF123/update')).toBe('/r/[secret]/update');
    expect(redactPath('/unsubscribe/tok?x=1')).toBe('/unsubscribe/[secret]');
    expect(redactPath('/api/v1/search?q=my+secret+sin')).toBe('/api/v1/search');
    expect(redactPath('/bible/WEB/John/3')).toBe('/bible/WEB/John/3');
    expect(redactPath('/es/plans/s/rp_abc/day/3')).toBe('/plans/s/[secret]/day/3');
    expect(redactPath('/plans/d/body.mac/done')).toBe('/plans/d/[secret]/done');
    expect(redactPath('/plans/unsubscribe/body.mac')).toBe('/plans/unsubscribe/[secret]');
    expect(redactPath('/plans/john-21/day/3')).toBe('/plans/john-21/day/3');
  });
});
