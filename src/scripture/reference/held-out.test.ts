// Cases written for this engine from knowledge of how people cite Scripture — not drawn from the
// bcv conformance sample — so that the sample's pass rate is checked against text the tables never saw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReferences } from './extract-references.js';
import type { ReferenceLanguage } from './types.js';
import { sameVerses } from './verse-set.js';

interface Row {
  suite: string;
  lang: ReferenceLanguage;
  input: string;
  expected: string;
}

const rows: Row[] = readFileSync(new URL('./testdata/held-out.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('held-out references', () => {
  it.each(rows.map((r) => [r.suite, r.input, r] as const))('[%s] %j', (_suite, _input, row) => {
    const actual = extractReferences(row.input, { language: row.lang })
      .references.map((r) => r.osis)
      .join(',');
    expect(sameVerses(row.expected, actual), `got ${actual || '(none)'}`).toBe(true);
  });
});
