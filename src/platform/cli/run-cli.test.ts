import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../cli.js';
import type { CliIO } from './command.js';
import { runCli } from './run-cli.js';

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', env, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('the intercede command line', () => {
  it('lists commands on --help and exits 0', async () => {
    const t = io();
    expect(await runCli(commands, ['--help'], t.io)).toBe(0);
    expect(t.out()).toContain('serve [--port N]');
    expect(t.out()).toContain('migrate');
  });

  it('prints help for every command', async () => {
    for (const command of commands) {
      const t = io();
      expect(await runCli(commands, [...command.path, '--help'], t.io)).toBe(0);
      expect(t.out()).toContain(`usage: intercede ${command.usage}`);
    }
  });

  it.each([
    [[], /usage: intercede <command>/],
    [['pray-for-me'], /unknown command "pray-for-me"/],
    [['serve', '--nope'], /usage: intercede serve \[--port N\]/],
    [['serve', '--port', 'x'], /--port must be a number/],
    [['migrate', 'extra'], /unexpected argument "extra"/],
  ])('exits 2 with a usage line on a wrong call: %j', async (argv, message) => {
    const t = io();
    expect(await runCli(commands, argv, t.io)).toBe(2);
    expect(t.err()).toMatch(message);
  });

  it('migrates a new SQLite database, then says it is up to date', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intercede-cli-'));
    const first = io({ DATA_DIR: dataDir });
    expect(await runCli(commands, ['migrate'], first.io)).toBe(0);
    expect(first.out()).toMatch(/Applied \d+ migration/);
    const second = io({ DATA_DIR: dataDir });
    expect(await runCli(commands, ['migrate'], second.io)).toBe(0);
    expect(second.out()).toContain('up to date');
  });

  it('stops with one line naming the variable when the configuration is wrong', async () => {
    const t = io({ DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-cli-')), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' });
    expect(await runCli(commands, ['migrate'], t.io)).toBe(1);
    expect(t.err()).toMatch(/^intercede: DATABASE_URL: cannot reach PostgreSQL/);
    expect(t.err().trim().split('\n')).toHaveLength(1);
  });
});
