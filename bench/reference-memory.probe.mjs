// Run in a fresh process by the Scripture benchmark: loads one reference extractor (Intercede's from
// the compiled dist/, so no TypeScript loader sits in the measurement), extracts every reference from
// the corpus file, and prints the peak memory above what the process used before loading it.
// A separate process per extractor keeps one's heap from hiding in the other's.
import { readFileSync } from 'node:fs';

const [which, corpusFile] = process.argv.slice(2);
const corpus = readFileSync(corpusFile, 'utf8');
globalThis.gc?.();
const before = process.memoryUsage().rss;

let found;
if (which === 'intercede') {
  const { extractReferences } = await import('../dist/scripture/reference/index.js');
  found = extractReferences(corpus).references.length;
} else if (which === 'bcv') {
  const { bcv_parser } = await import('bible-passage-reference-parser');
  const lang = await import('bible-passage-reference-parser/esm/lang/en.js');
  found = new bcv_parser(lang).parse(corpus).osis_and_indices().length;
} else {
  throw new Error('usage: reference-memory.probe.mjs intercede|bcv CORPUS_FILE');
}
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ which, found, peakAboveBaselineMiB: (peak - before) / 2 ** 20 }) + '\n');
