/**
 * `npm run bench:scripture`: the Scripture engine against its peers, in one run on one machine.
 *  - reference extraction vs bible-passage-reference-parser (throughput, peak memory, one short parse);
 *  - verse, 100-verse batch, chapter and search vs CrossWire's diatheke (see diatheke.bench.ts).
 * Writes bench/results/scripture.json and prints a table. Run `npm run build` first (setup.sh does).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcv_parser } from 'bible-passage-reference-parser';
import * as bcvEnglish from 'bible-passage-reference-parser/esm/lang/en.js';
import { extractReferences, parseReference } from '../src/scripture/reference/index.js';
import { articleCorpus } from './corpus.js';
import { diathekeBenchmarks, diathekeUnavailable } from './diatheke.bench.js';
import { nsPerCall, round } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Megabytes of text per second for `extract` over the corpus (best of several passes). */
function throughput(corpus: string, extract: (text: string) => number, passes: number): { mbPerSecond: number; found: number } {
  let found = 0;
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const start = process.hrtime.bigint();
    found = extract(corpus);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { mbPerSecond: Buffer.byteLength(corpus) / 2 ** 20 / best, found };
}

/** Peak memory of one extractor over the corpus, measured in its own process (needs `npm run build`). */
function peakMemory(which: 'intercede' | 'bcv', corpusFile: string): number {
  const out = execFileSync(process.execPath, ['--expose-gc', `${here}reference-memory.probe.mjs`, which, corpusFile], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!).peakAboveBaselineMiB as number;
}

function referenceBenchmarks() {
  const corpus = articleCorpus();
  const bcv = new bcv_parser(bcvEnglish);
  const ours = throughput(corpus, (t) => extractReferences(t).references.length, 10);
  const theirs = throughput(corpus, (t) => bcv.parse(t).osis_and_indices().length, 3);
  const corpusFile = join(mkdtempSync(join(tmpdir(), 'intercede-bench-')), 'corpus.txt');
  writeFileSync(corpusFile, corpus);
  const memoryOurs = peakMemory('intercede', corpusFile);
  const memoryBcv = peakMemory('bcv', corpusFile);
  const parseNs = nsPerCall(() => parseReference('John 3:16'));
  const bcvParseNs = nsPerCall(() => bcv.parse('John 3:16').osis());
  return {
    corpusBytes: Buffer.byteLength(corpus),
    extraction: {
      intercedeMBps: round(ours.mbPerSecond),
      bcvMBps: round(theirs.mbPerSecond),
      ratio: round(ours.mbPerSecond / theirs.mbPerSecond, 1),
      referencesFound: { intercede: ours.found, bcv: theirs.found },
    },
    peakMemoryMiB: { intercede: round(memoryOurs), bcv: round(memoryBcv), fraction: round(memoryOurs / memoryBcv, 3) },
    parseShortReference: {
      intercedeMicroseconds: round(parseNs.median / 1000, 3),
      bcvMicroseconds: round(bcvParseNs.median / 1000, 3),
      intercedeMeanMicroseconds: round(parseNs.mean / 1000, 3),
      bcvMeanMicroseconds: round(bcvParseNs.mean / 1000, 3),
    },
  };
}

const unavailable = diathekeUnavailable();
if (unavailable) console.log(`diatheke comparison skipped: ${unavailable}`);
const results = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  measuredAt: new Date().toISOString(),
  references: referenceBenchmarks(),
  diatheke: unavailable ? { skipped: unavailable } : await diathekeBenchmarks(),
};

mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/scripture.json`, JSON.stringify(results, null, 2) + '\n');

const r = results.references;
console.table({
  'extraction MB/s': { intercede: r.extraction.intercedeMBps, peer: r.extraction.bcvMBps, ratio: r.extraction.ratio },
  'peak memory MiB': { intercede: r.peakMemoryMiB.intercede, peer: r.peakMemoryMiB.bcv, ratio: r.peakMemoryMiB.fraction },
  'parse "John 3:16" µs': { intercede: r.parseShortReference.intercedeMicroseconds, peer: r.parseShortReference.bcvMicroseconds, ratio: round(r.parseShortReference.bcvMicroseconds / r.parseShortReference.intercedeMicroseconds, 1) },
});
if ('cases' in results.diatheke) {
  const d = results.diatheke;
  console.table(
    Object.fromEntries(
      d.cases.map((c) => [c.case, { 'diatheke ms': c.diathekeProcessMs, 'intercede p50 ms': c.intercedeInProcessP50Ms, ratio: c.ratioInProcess, 'intercede CLI ms': c.intercedeCliProcessMs, 'CLI ratio': c.ratioCliProcess }]),
    ),
  );
  console.log(`word search over the whole WEB: p50 ${round(d.wordSearchWholeWebMs.p50, 3)} ms; warm verse lookup p50 ${round(d.warmVerseLookupMicroseconds.p50, 2)} µs; WEB install ${d.installWebMs} ms`);
}
console.log('peers: bible-passage-reference-parser, diatheke; written to bench/results/scripture.json');
