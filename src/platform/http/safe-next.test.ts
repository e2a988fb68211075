import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps paths on this site, without a locale prefix the caller would add again', () => {
    expect(safeNext('/intercede')).toBe('/intercede');
    expect(safeNext('/es/intercede?x=1')).toBe('/intercede?x=1');
    expect(safeNext('/es')).toBe('/');
  });

  it('drops anything that could leave the site', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'intercede', '', '/a\nb', 42]) {
      expect(safeNext(bad)).toBeUndefined();
    }
  });
});
