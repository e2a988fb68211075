// The corpus is the safety net for lexicon edits: every labelled crisis must still be found, and the
// false alarms must stay within a stated budget. Precision and recall are printed for the README.

import { describe, expect, it } from 'vitest';
import { CRISIS_CORPUS, type CorpusCase } from './crisis.corpus.js';
import { assessCrisis } from './crisis.detector.js';

// False alarms cost a pastor a look; a small budget lets the lexicon stay on the side of safety.
const FALSE_POSITIVE_BUDGET = 3;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tally(cases: readonly CorpusCase[]): Tally & { missed: string[]; falseAlarms: string[]; wrongKind: string[] } {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0, missed: [] as string[], falseAlarms: [] as string[], wrongKind: [] as string[] };
  for (const c of cases) {
    const { crisis } = assessCrisis(c.text, c.language);
    if (crisis !== null && c.crisis) {
      t.tp++;
      const missing = (c.kinds ?? []).filter((k) => !crisis.kinds.includes(k));
      if (missing.length > 0) t.wrongKind.push(`${c.text} (expected ${missing.join(',')}, got ${crisis.kinds.join(',')})`);
    } else if (crisis !== null) {
      t.fp++;
      t.falseAlarms.push(`${c.text} ← ${crisis.matches.map((m) => `${m.rule}:"${c.text.slice(m.start, m.end)}"`).join(' ')}`);
    } else if (c.crisis) {
      t.fn++;
      t.missed.push(c.text);
    } else t.tn++;
  }
  return t;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

describe('crisis corpus', () => {
  it('has enough labelled cases in each language, positives and negatives', () => {
    for (const lang of ['en', 'es'] as const) {
      const of = CRISIS_CORPUS.filter((c) => c.language === lang);
      expect(of.length).toBeGreaterThanOrEqual(60);
      expect(of.filter((c) => c.crisis).length).toBeGreaterThanOrEqual(25);
      expect(of.filter((c) => !c.crisis).length).toBeGreaterThanOrEqual(25);
    }
    const texts = CRISIS_CORPUS.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('finds every crisis (recall 100%) with at most the budgeted false alarms', () => {
    const all = tally(CRISIS_CORPUS);
    for (const lang of ['en', 'es'] as const) {
      const t = tally(CRISIS_CORPUS.filter((c) => c.language === lang));
      console.log(
        `crisis corpus ${lang}: ${t.tp + t.fp + t.fn + t.tn} cases, precision ${pct(t.tp, t.tp + t.fp)}, recall ${pct(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`,
      );
    }
    console.log(`crisis corpus all: precision ${pct(all.tp, all.tp + all.fp)}, recall ${pct(all.tp, all.tp + all.fn)}`);
    expect(all.missed).toEqual([]);
    expect(all.falseAlarms.length, all.falseAlarms.join('\n')).toBeLessThanOrEqual(FALSE_POSITIVE_BUDGET);
  });

  it('reports the expected kind for every labelled crisis', () => {
    expect(tally(CRISIS_CORPUS).wrongKind).toEqual([]);
  });

  it('finds every crisis whatever language hint the form sent', () => {
    // The form's language is the page's; the text may be in the other one.
    const positives = CRISIS_CORPUS.filter((c) => c.crisis);
    for (const hint of ['en', 'es', 'auto'] as const) {
      const missed = positives.filter((c) => assessCrisis(c.text, hint).crisis === null).map((c) => c.text);
      expect(missed, hint).toEqual([]);
    }
  });
});
