import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../cli.js';
import { loadConfig } from '../../config.js';
import type { CliIO } from '../../platform/cli/command.js';
import { runCli } from '../../platform/cli/run-cli.js';
import { openAccounts } from './open-accounts.js';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', env, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('intercede user add / user token', () => {
  let env: Record<string, string>;
  const run = async (...argv: string[]) => {
    const t = io(env);
    const code = await runCli(commands, argv, t.io);
    return { code, out: t.out(), err: t.err() };
  };

  beforeAll(() => {
    env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'intercede-user-cli-')), BASE_URL: 'https://prayer.example.org' };
  });

  it('bootstraps the first admin with a password', async () => {
    const result = await run('user', 'add', '--email', 'First.Admin@example.org', '--role', 'admin', '--password', 'steady lamp of morning');
    expect(result).toMatchObject({ code: 0, out: 'Created first.admin@example.org (admin).\n' });
  });

  it('prints a one-time set-password link when no password is given', async () => {
    const result = await run('user', 'add', '--email', 'pastor@example.org', '--role', 'pastor,moderator');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Created pastor@example\.org \(moderator, pastor\)\.\nSet-password link \(works once, until \d{4}-\d\d-\d\dT[\d:.]+Z\):\nhttps:\/\/prayer\.example\.org\/reset\/[0-9a-f]{16}[A-Za-z0-9_-]{43}\n$/);
    const token = result.out.trim().split('/reset/')[1];
    const { accounts, database } = await openAccounts(loadConfig(env));
    expect(await accounts.passwordLinks.inspect(token)).toMatchObject({ state: 'open', purpose: 'set', email: 'pastor@example.org' });
    await database.close();
  });

  it('records the covenant for volunteers moved in from an earlier system', async () => {
    const result = await run('user', 'add', '--email', 'veteran@example.org', '--role', 'intercessor', '--accept-covenant', '--password', 'faithful for twenty years');
    expect(result.out).toBe('Created veteran@example.org (intercessor), covenant accepted.\n');
  });

  it.each([
    [['user', 'add', '--role', 'admin'], /--email is required/],
    [['user', 'add', '--email', 'x@example.org'], /--role is required/],
    [['user', 'add', '--email', 'x@example.org', '--role', 'bishop'], /--role must be intercessor, moderator, pastor, author or admin/],
    [['user', 'add', '--email', 'not-an-email', '--role', 'admin'], /--email is not an email address/],
    [['user', 'add', '--email', 'x@example.org', '--role', 'admin', '--password', 'short'], /--password must be at least 10 characters/],
    [['user', 'add', '--email', 'x@example.org', '--role', 'admin', '--password', 'password123'], /--password is too common/],
  ])('exits 2 with a usage line on a wrong call: %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('usage: intercede user add --email E --role R[,R…]');
  });

  it('exits 1 when the email already has an account', async () => {
    const result = await run('user', 'add', '--email', 'FIRST.admin@example.org', '--role', 'pastor');
    expect(result).toMatchObject({ code: 1, err: 'intercede: first.admin@example.org already has an account\n' });
  });

  it('prints a new API token once, alone on stdout, that authenticates as the person', async () => {
    const result = await run('user', 'token', '--email', 'first.admin@example.org', '--name', 'deploy script');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ict_[0-9a-f]{16}[A-Za-z0-9_-]{43}\n$/);
    expect(result.err).toContain('shown only now');
    const { accounts, database } = await openAccounts(loadConfig(env));
    expect(await accounts.tokens.authenticate(result.out.trim())).toMatchObject({ email: 'first.admin@example.org', roles: ['admin'] });
    await database.close();
    const again = await run('user', 'token', '--email', 'first.admin@example.org');
    expect(again.out).not.toBe(result.out);
  });

  it('refuses a token for an unknown email', async () => {
    expect(await run('user', 'token', '--email', 'nobody@example.org')).toMatchObject({ code: 1, err: 'intercede: nobody has an account with the email nobody@example.org\n' });
    expect((await run('user', 'token')).code).toBe(2);
  });
});
