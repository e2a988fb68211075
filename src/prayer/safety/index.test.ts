import { describe, expect, it } from 'vitest';
import * as safety from './index.js';

describe('prayer/safety public API', () => {
  it('checks a request end to end: crisis with resources, and a scrubbed public text', () => {
    safety.prepareCrisisLexicon();
    const text = 'Please pray for my sister Ana Pérez, 612 345 678. Her husband hits her and she wants to die.';
    const crisis = safety.checkCrisis(text, { language: 'en', locale: 'en-US' });
    expect(crisis?.kinds).toEqual(['self_harm', 'abuse']);
    expect(crisis?.resources[0].name).toBe('988 Suicide & Crisis Lifeline');
    const scrubbed = safety.scrubPublicText(text, 'en');
    expect(scrubbed.text).toBe('Please pray for my sister Ana P., [phone removed]. Her husband hits her and she wants to die.');
  });
});
