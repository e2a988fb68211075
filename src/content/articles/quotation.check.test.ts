import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../scripture/reference/index.js';
import { parseArticleSource } from './front-matter.parse.js';
import { articleTextBlocks } from './markdown.render.js';
import { citedQuotations, comparableWords, distinctiveWords, findQuotations, isCheckableQuote, quoteSimilarity } from './quotation.check.js';

const SEED = new URL('../../../../shared/seeds/000_7d05d2210211a068.txt', import.meta.url);
const HEB_7_25_WEB = 'Therefore he is also able to save to the uttermost those who draw near to God through him, seeing that he lives forever to make intercession for them.';

function pairsOf(text: string) {
  return citedQuotations(text, extractReferences(text).references).map((p) => [p.reference.text, p.quote.text]);
}

describe('quoteSimilarity (word-level, weighted LCS over the quote’s words)', () => {
  it('is 1 for an exact quote, a part of the verse, or one with words left out by an ellipsis', () => {
    expect(quoteSimilarity(HEB_7_25_WEB, HEB_7_25_WEB)).toBe(1);
    expect(quoteSimilarity('to the uttermost', HEB_7_25_WEB)).toBe(1);
    expect(quoteSimilarity('Therefore he is able … to make intercession for them', HEB_7_25_WEB)).toBe(1);
    expect(quoteSimilarity('THEREFORE, he is also able!', HEB_7_25_WEB)).toBe(1);
  });

  it('gives another translation of the same verse a middling score, and another verse a low one', () => {
    const niv = 'Therefore he is able to save completely those who come to God through him, because he always lives to intercede for them.';
    const other = 'For God so loved the world, that he gave his one and only Son.';
    const s = quoteSimilarity(niv, HEB_7_25_WEB);
    expect(s).toBeGreaterThan(0.5);
    expect(s).toBeLessThan(0.8);
    expect(quoteSimilarity(other, HEB_7_25_WEB)).toBeLessThan(0.3);
  });

  it('weighs little words a quarter, so "the … of … and" alone do not make a match', () => {
    // Content words all differ; only the little words line up.
    expect(quoteSimilarity('the mountains of the sea and the stars', 'the glory of the Lord and the saints')).toBeLessThan(0.4);
    expect(quoteSimilarity('', HEB_7_25_WEB)).toBe(0);
  });

  it('compares words without case, accents or punctuation, keeping contractions whole', () => {
    expect(comparableWords('¿Quién es el que condenará? Don’t—stop.')).toEqual(['quien', 'es', 'el', 'que', 'condenara', 'dont', 'stop']);
    expect(distinctiveWords('Who is he who condemns? It is Christ who died')).toEqual(['condemns', 'christ', 'died']);
  });
});

describe('quotations beside references', () => {
  it('finds curly, straight and angle quotations, not across blank lines', () => {
    expect(findQuotations('He said “It is finished” and "Amen" and «Amén».').map((q) => q.text)).toEqual(['It is finished', 'Amen', 'Amén']);
    expect(findQuotations('“open\n\nnever closed”')).toEqual([]);
  });

  it('skips quotes of fewer than three words and titles in quotation marks', () => {
    expect(isCheckableQuote('High Priestly Prayer')).toBe(false);
    expect(isCheckableQuote('the accuser')).toBe(false);
    expect(isCheckableQuote('It is finished')).toBe(true);
  });

  it('pairs a quote with the reference right after it, or shortly before it', () => {
    expect(pairsOf('He cried, “It is finished” (John 19:30), signifying the end.')).toEqual([['John 19:30', 'It is finished']]);
    expect(pairsOf('Romans 8:34 powerfully states:\n\n“Who is he who condemns?”')).toEqual([['Romans 8:34', 'Who is he who condemns?']]);
    expect(pairsOf('Revelation 12:10 calls Satan “the accuser of our brothers.” Day and night he hurls accusations: “You are a failure.”')).toEqual([
      ['Revelation 12:10', 'the accuser of our brothers.'],
    ]);
    // A sentence in between: not a citation.
    expect(pairsOf('Read Romans 8:34. It is long. Then “something else entirely here”.')).toEqual([]);
    // The title in quotation marks is not checked.
    expect(pairsOf('This “High Priestly Prayer” (John 17) shows His heart.')).toEqual([]);
  });

  it.skipIf(!existsSync(SEED))('pairs the reference article’s twelve cited quotations and nothing else', () => {
    const parsed = parseArticleSource(readFileSync(SEED, 'utf8'));
    const text = articleTextBlocks(parsed.body).map((b) => b.text).join('\n\n');
    const pairs = pairsOf(text);
    expect(pairs.map(([ref]) => ref)).toEqual([
      'Hebrews 7:25', 'John 19:30', 'Romans 8:34', '1 John 2:1', 'Hebrews 4:14–16', 'Isaiah 53:12', 'Romans 3:23', 'Revelation 12:10', 'Romans 8:1', 'Hebrews 7:25', '2 Corinthians 5:21', 'Matthew 11:28',
    ]);
    expect(pairs.find(([ref]) => ref === 'John 19:30')?.[1]).toBe('It is finished');
    expect(pairs.some(([, q]) => q.startsWith('Jesus, I confess'))).toBe(false);
  });
});
