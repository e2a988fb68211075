import { describe, expect, it } from 'vitest';
import { formatDistance } from './format.js';

describe('formatDistance', () => {
  it('gives English readers kilometres with miles in parentheses', () => {
    expect(formatDistance(1.2, 'en')).toBe('1.2 km (0.7 mi)');
    expect(formatDistance(0.35, 'en')).toBe('0.4 km (0.2 mi)');
    // From 10 up whole units, each unit judged on its own value.
    expect(formatDistance(12.3, 'en')).toBe('12 km (7.6 mi)');
    expect(formatDistance(67.4, 'en')).toBe('67 km (42 mi)');
    expect(formatDistance(6720, 'en')).toBe('6,720 km (4,176 mi)');
  });

  it('gives Spanish readers kilometres alone, with a decimal comma', () => {
    expect(formatDistance(2.44, 'es')).toBe('2,4 km');
    expect(formatDistance(67.4, 'es')).toBe('67 km');
  });
});
