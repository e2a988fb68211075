import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ConfigError } from './platform/errors.js';

const dir = () => mkdtempSync(join(tmpdir(), 'intercede-config-'));

describe('loadConfig', () => {
  it('uses documented defaults', () => {
    const dataDir = dir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', baseUrl: 'http://localhost:3000', dataDir, logLevel: 'info' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.submitRateLimit).toBe(10);
  });

  it('generates a session secret once, keeps it private in DATA_DIR, and reuses it', () => {
    const dataDir = dir();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
    const file = join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ SMTP_URL: 'smtp' }, 'SMTP_URL'],
    [{ BASE_URL: 'ftp://x' }, 'BASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ SUBMIT_RATE_LIMIT: '-1' }, 'SUBMIT_RATE_LIMIT'],
    [{ DATA_DIR: '/dev/null/intercede' }, 'DATA_DIR'],
  ])('refuses %o with an error naming %s', (env, variable) => {
    const run = () => loadConfig({ DATA_DIR: dir(), ...env });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
      expect((err as Error).message.startsWith(`${variable}: `)).toBe(true);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('accepts PostgreSQL, Redis and SMTP URLs and trims a trailing slash from BASE_URL', () => {
    const config = loadConfig({
      DATA_DIR: dir(),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://mail.example.org:587',
      BASE_URL: 'https://pray.example.org/',
      SUBMIT_RATE_LIMIT: '0',
    });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(config.baseUrl).toBe('https://pray.example.org');
    expect(config.submitRateLimit).toBe(0);
  });
});
