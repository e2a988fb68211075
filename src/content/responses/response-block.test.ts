import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '../articles/front-matter.parse.js';
import { offersResponse } from './response-block.js';

describe('which articles end with the response block', () => {
  it('those that ask for a response in a heading, in English or Spanish', () => {
    expect(offersResponse({ body: 'Text.\n\n### Will You Respond?\n\nMore text.' })).toBe(true);
    expect(offersResponse({ body: 'Texto.\n\n## ¿Responderás hoy?\n\nMás.' })).toBe(true);
  });

  it('those that end with a prayer', () => {
    expect(offersResponse({ body: 'Text.\n\nLord Jesus, I come to you as I am. Amen.\n' })).toBe(true);
    expect(offersResponse({ body: 'Texto.\n\n*Señor Jesús, vengo a ti. Amén.*' })).toBe(true);
  });

  it('not teaching articles, nor an "amen" in the middle or a "respond" outside a heading', () => {
    expect(offersResponse({ body: 'Notes on Hebrews 7:25.' })).toBe(false);
    expect(offersResponse({ body: 'Amen, he said.\n\nThen we read on, and respond in kind.' })).toBe(false);
  });

  it('an article pasted as plain text whose "Will You Respond?" line becomes a heading offers it', () => {
    const parsed = parseArticleSource('He Always Lives\nJesus intercedes.\nHe prays for you.\nWill You Respond?\nTalk to him today.\n');
    expect(parsed.body).toMatch(/^#+ Will You Respond\?$/m);
    expect(offersResponse(parsed)).toBe(true);
  });

  it('the author’s choice wins: yes shows it on any article, no hides it even on one that asks', () => {
    expect(offersResponse({ body: 'Notes on Hebrews 7:25.', respond: 'yes' })).toBe(true);
    expect(offersResponse({ body: 'Text.\n\n## Will you respond?\n\nLord, I come. Amen.', respond: 'no' })).toBe(false);
    expect(offersResponse({ body: 'Text.\n\nLord, I come. Amen.', respond: 'auto' })).toBe(true);
  });
});
