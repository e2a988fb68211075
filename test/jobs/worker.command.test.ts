import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli.js';
import type { CliIO } from '../../src/platform/cli/command.js';
import { runCli } from '../../src/platform/cli/run-cli.js';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', env, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('intercede worker', () => {
  it('--once migrates, runs what is due (the first period of each scheduled job) and exits 0', async () => {
    const t = io({ DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-worker-')), LOG_LEVEL: 'silent' });
    expect(await runCli(commands, ['worker', '--once'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^Handled [1-9]\d* outbox event\(s\)\.\n$/);
  });

  it('refuses a bad option with a usage line', async () => {
    const t = io({ DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-worker-')) });
    expect(await runCli(commands, ['worker', '--concurrency', 'many'], t.io)).toBe(2);
    expect(t.err()).toMatch(/--concurrency must be a whole number from 1 to 64/);
    expect(t.err()).toMatch(/usage: intercede worker \[--once\]/);
  });
});
