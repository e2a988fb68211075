// The built-in plans, generated from the versification data (never hand-typed chapter lists):
// John a chapter a day, and the Psalms in 30 days balanced by verse count.
import { chapterVerses } from '../../scripture/books/index.js';
import type { PlanDay } from './plan.js';

/** The plan offered first, and linked from follow-up emails (`/plans/john-21`). */
export const DEFAULT_PLAN_SLUG = 'john-21';

/** Built-in plan slugs, in the order the list shows them. */
export const BUILTIN_SLUGS = ['john-21', 'psalms-30'] as const;
export type BuiltinSlug = (typeof BUILTIN_SLUGS)[number];

const PSALMS = 150;
const PSALM_DAYS = 30;

function counts(book: string): readonly number[] {
  const verses = chapterVerses('NRSVA', book);
  if (!verses) throw new Error(`the NRSVA versification has no ${book}`);
  return verses;
}

/** John, one chapter a day: as many days as the book has chapters. */
export function johnDays(): PlanDay[] {
  return counts('John').map((_v, i) => ({ day: i + 1, osis: `John.${i + 1}` }));
}

/**
 * Splits chapters with these verse counts into `parts` runs of consecutive chapters whose sizes are as
 * even as they can be (least sum of squared differences from the mean; a small dynamic programme).
 * Returns the index after each run's last chapter.
 */
export function balancedRuns(verses: readonly number[], parts: number): number[] {
  const n = verses.length;
  if (parts < 1 || parts > n) throw new Error(`cannot split ${n} chapters into ${parts} days`);
  const prefix = [0];
  for (const v of verses) prefix.push(prefix[prefix.length - 1] + v);
  const mean = prefix[n] / parts;
  const cost = (from: number, to: number) => (prefix[to] - prefix[from] - mean) ** 2;
  // best[j][i]: least cost of the first i chapters in j runs; from[j][i]: where the last run starts.
  const best: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: parts + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0][0] = 0;
  for (let j = 1; j <= parts; j++) {
    for (let i = j; i <= n - (parts - j); i++) {
      for (let p = j - 1; p < i; p++) {
        const c = best[j - 1][p] + cost(p, i);
        if (c < best[j][i]) {
          best[j][i] = c;
          from[j][i] = p;
        }
      }
    }
  }
  const ends: number[] = [];
  for (let j = parts, i = n; j > 0; j--) {
    ends.unshift(i);
    i = from[j][i];
  }
  return ends;
}

let psalmCache: PlanDay[] | undefined;

/** The 150 psalms in 30 days of consecutive psalms, about five a day, evened out by verse count (Psalm 119 stands alone). */
export function psalmDays(): PlanDay[] {
  if (psalmCache) return psalmCache;
  const verses = counts('Ps').slice(0, PSALMS);
  const ends = balancedRuns(verses, PSALM_DAYS);
  let start = 1;
  psalmCache = ends.map((end, i) => {
    const osis = start === end ? `Ps.${start}` : `Ps.${start}-Ps.${end}`;
    start = end + 1;
    return { day: i + 1, osis };
  });
  return psalmCache;
}

/** The days of a built-in plan. */
export function builtinDays(slug: BuiltinSlug): PlanDay[] {
  return slug === 'john-21' ? johnDays() : psalmDays();
}

/** Is this the slug of a built-in plan? */
export function isBuiltinSlug(slug: string): slug is BuiltinSlug {
  return (BUILTIN_SLUGS as readonly string[]).includes(slug);
}
