/**
 * Counts the tests that ran on each database dialect (their names carry `[sqlite]` or `[postgres]`),
 * prints the tally after the run and writes it to test-results/dialects.json for CI to check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

type Tally = { passed: number; failed: number; skipped: number };

export default class DialectReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tally: Record<'sqlite' | 'postgres', Tally> = {
      sqlite: { passed: 0, failed: 0, skipped: 0 },
      postgres: { passed: 0, failed: 0, skipped: 0 },
    };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const kind = test.fullName.includes('[postgres]') ? 'postgres' : test.fullName.includes('[sqlite]') ? 'sqlite' : undefined;
        if (!kind) continue;
        const state = test.result().state;
        if (state === 'passed') tally[kind].passed++;
        else if (state === 'failed') tally[kind].failed++;
        else tally[kind].skipped++;
      }
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/dialects.json', JSON.stringify(tally, null, 2) + '\n');
    const line = (k: 'sqlite' | 'postgres') =>
      `${k}: ${tally[k].passed} passed, ${tally[k].failed} failed${tally[k].skipped ? `, ${tally[k].skipped} skipped` : ''}`;
    const pgNote = process.env.TEST_DATABASE_URL ? '' : ' (TEST_DATABASE_URL is not set, so PostgreSQL was not tested)';
    process.stdout.write(`\n Database tests by dialect — ${line('sqlite')}; ${line('postgres')}${pgNote}\n`);
  }
}
