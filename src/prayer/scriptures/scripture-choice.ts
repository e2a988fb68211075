// Which Scriptures to offer an intercessor for one request, in which order. Pure and deterministic: the
// same request always gets the same Scriptures (an intercessor who reloads sees what they were praying),
// and different requests of one category get different ones (the seed is the request's id).
import { createHash } from 'node:crypto';
import { mulberry32 } from '../../platform/seeded-random.js';

/** Fewest and most Scriptures shown with a request. */
export const MIN_SCRIPTURES = 3;
export const MAX_SCRIPTURES = 5;
/** References found in the request's own text that are offered first, at most. */
export const MAX_FROM_TEXT = 2;

/** Where a candidate came from: the request's own words, the curated table, or Nave's topics. */
export type ScriptureSource = 'request' | 'category' | 'topic';

export interface ScriptureCandidate {
  readonly osis: string;
  readonly source: ScriptureSource;
}

/** A generator of numbers in [0, 1) seeded from a string (mulberry32 over the first 32 bits of SHA-256). */
export function seededRandom(seed: string): () => number {
  return mulberry32(createHash('sha256').update(seed).digest().readUInt32LE(0));
}

/** A shuffled copy (Fisher–Yates with the given generator). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * How many to show (3–5) and every candidate in the order to try them: up to two references from the
 * request's own text, then the curated verses of its category with one Nave's verse blended in second
 * place and another later, so that a few without text in the installed translation can be passed over.
 */
export function chooseScriptures(input: {
  requestId: string;
  fromText: readonly string[];
  curated: readonly string[];
  topical: readonly string[];
}): { count: number; candidates: ScriptureCandidate[] } {
  const random = seededRandom(`scriptures:${input.requestId}`);
  const count = MIN_SCRIPTURES + Math.floor(random() * (MAX_SCRIPTURES - MIN_SCRIPTURES + 1));
  const curated = shuffled(input.curated, random);
  const topical = shuffled(input.topical, random);
  const ordered: ScriptureCandidate[] = [];
  for (const osis of input.fromText.slice(0, MAX_FROM_TEXT)) ordered.push({ osis, source: 'request' });
  let c = 0;
  let n = 0;
  // The blend: curated, topical, curated, curated, topical, then the rest of each.
  for (const pick of ['category', 'topic', 'category', 'category', 'topic'] as const) {
    if (pick === 'category' && c < curated.length) ordered.push({ osis: curated[c++], source: 'category' });
    if (pick === 'topic' && n < topical.length) ordered.push({ osis: topical[n++], source: 'topic' });
  }
  while (c < curated.length) ordered.push({ osis: curated[c++], source: 'category' });
  while (n < topical.length) ordered.push({ osis: topical[n++], source: 'topic' });
  const seen = new Set<string>();
  return { count, candidates: ordered.filter((x) => !seen.has(x.osis) && seen.add(x.osis)) };
}
