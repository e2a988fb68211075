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
    [{ DEFAULT_TIME_ZONE: 'Mars/Olympus_Mons' }, 'DEFAULT_TIME_ZONE'],
    [{ DEFAULT_TIME_ZONE: '+05:00' }, 'DEFAULT_TIME_ZONE'],
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

describe('loadConfig: mail, limits and proxies', () => {
  it('derives the From address from BASE_URL, and takes MAIL_FROM when given', () => {
    expect(loadConfig({ DATA_DIR: dir(), BASE_URL: 'https://pray.example.org' }).mailFrom).toBe('Intercede <no-reply@pray.example.org>');
    expect(loadConfig({ DATA_DIR: dir(), MAIL_FROM: 'Prayer team <team@example.org>' }).mailFrom).toBe('Prayer team <team@example.org>');
  });

  it('reads RATE_LIMIT_PER_MINUTE (600 by default, 0 turns it off) and refuses nonsense naming the variable', () => {
    expect(loadConfig({ DATA_DIR: dir() }).rateLimitPerMinute).toBe(600);
    expect(loadConfig({ DATA_DIR: dir(), RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ DATA_DIR: dir(), RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/^RATE_LIMIT_PER_MINUTE: /);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['10.0.0.1, 10.0.0.0/8', '10.0.0.1, 10.0.0.0/8'],
  ])('TRUST_PROXY=%s → %s', (value, expected) => {
    expect(loadConfig({ DATA_DIR: dir(), ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy).toBe(expected);
  });

  it('refuses a TRUST_PROXY that is neither a count, true, nor addresses', () => {
    expect(() => loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'everyone!' })).toThrow(/^TRUST_PROXY: /);
  });

  it('DEFAULT_TIME_ZONE is UTC when unset, and a known zone is kept by its canonical name', () => {
    expect(loadConfig({ DATA_DIR: dir() }).defaultTimeZone).toBe('UTC');
    expect(loadConfig({ DATA_DIR: dir(), DEFAULT_TIME_ZONE: 'Europe/Madrid' }).defaultTimeZone).toBe('Europe/Madrid');
    expect(loadConfig({ DATA_DIR: dir(), DEFAULT_TIME_ZONE: ' US/Eastern ' }).defaultTimeZone).toBe('America/New_York');
  });
});
