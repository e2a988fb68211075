// Conformance runner: `npm run conformance -- FILE.jsonl [--verbose] [--lang en|es|auto] [--limit N]`.
// Reads {"suite","options","input","expected"} lines (bible-passage-reference-parser's output for
// `input`), runs our extractor, and compares VERSE SETS, so `John.17` equals `John.17.1-John.17.26`
// and the parser's compaction and combination options need no imitation. The `testaments` option is
// honoured (books outside it are ignored on both sides); the language comes from the file name
// (`…-en…`, `…-es…`) unless --lang says otherwise.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractReferences, type ReferenceLanguage } from '../src/scripture/reference/index.js';
import { sameVerses } from '../src/scripture/reference/verse-set.js';

interface Row {
  suite: string;
  options: Record<string, string>;
  input: string;
  expected: string;
  /** Optional per-row language (our held-out files mix English and Spanish). */
  lang?: ReferenceLanguage;
}

function languageOf(file: string, args: readonly string[]): ReferenceLanguage {
  const i = args.indexOf('--lang');
  if (i >= 0) return args[i + 1] as ReferenceLanguage;
  const name = basename(file);
  if (/-es\b/.test(name)) return 'es';
  if (/-en\b/.test(name)) return 'en';
  return 'auto';
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang' && args[i - 1] !== '--limit');
  if (!file) {
    console.error('usage: npm run conformance -- FILE.jsonl [--verbose] [--lang en|es|auto] [--limit N]');
    process.exit(2);
  }
  const verbose = args.includes('--verbose');
  const lang = languageOf(file, args);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40;
  const rows: Row[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const suites = new Map<string, { pass: number; total: number }>();
  const failures: string[] = [];
  let pass = 0;
  for (const row of rows) {
    // bcv's default is Old and New Testament only; our extractor always knows the deuterocanon.
    const testaments = row.options.testaments ?? 'on';
    const found = extractReferences(row.input, { language: row.lang ?? lang });
    const actual = found.references.map((r) => r.osis).join(',');
    const ok = sameVerses(row.expected, actual, testaments);
    const s = suites.get(row.suite) ?? { pass: 0, total: 0 };
    s.total++;
    if (ok) {
      s.pass++;
      pass++;
    } else {
      failures.push(
        `[${row.suite}] ${JSON.stringify(row.input)}\n    expected ${row.expected || '(none)'}\n    actual   ${actual || '(none)'}`,
      );
    }
    suites.set(row.suite, s);
  }
  const pct = (p: number, t: number) => `${((100 * p) / t).toFixed(2)}%`;
  console.log(`${basename(file)}: ${pass}/${rows.length} pass (${pct(pass, rows.length)}), language ${lang}`);
  for (const [name, s] of suites) console.log(`  ${name.padEnd(10)} ${s.pass}/${s.total} (${pct(s.pass, s.total)})`);
  if (verbose) {
    console.log(`\nfailures (${failures.length}${failures.length > limit ? `, first ${limit}` : ''}):`);
    for (const f of failures.slice(0, limit)) console.log(f);
  }
}

main();
