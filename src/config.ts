import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './platform/errors.js';
import { canonicalTimeZone } from './platform/i18n/time-zones.js';

/** Everything Intercede reads from the environment, validated once at start-up. */
export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  /** `undefined` means the embedded SQLite file `DATA_DIR/intercede.db`. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  sessionSecret: string;
  logLevel: LogLevel;
  /** Prayer requests accepted per client address per hour; 0 turns the limit off. */
  submitRateLimit: number;
  swordPath: string[];
  /** The From address of every email. */
  mailFrom: string;
  /** Requests per client address per minute across the site (assets and /healthz excepted); 0 turns it off. */
  rateLimitPerMinute: number;
  /** Fastify's trustProxy: false, a hop count, or the proxy addresses whose X-Forwarded-For to believe. */
  trustProxy: boolean | number | string;
  /** The ministry's IANA time zone: the one a reading plan's zone field starts on (a reader may pick theirs). */
  defaultTimeZone: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number between ${min} and ${max} (got "${raw}")`);
  const value = Number(raw.trim());
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols.map((p) => `${p}//…`).join(' or ')})`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${parsed.protocol}//…)`);
  }
  return raw;
}

/** Reads the session secret from the environment, or from DATA_DIR where it was generated on first start. */
function sessionSecret(env: Env, dataDir: string): string {
  const raw = env.SESSION_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters long');
    return raw;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** Builds the configuration from `env`, creating DATA_DIR; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new ConfigError('DATA_DIR', `cannot create or open ${dataDir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const displayHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
  const baseUrl = (url(env, 'BASE_URL', ['http:', 'https:']) ?? `http://${displayHost}:${port}`).replace(/\/+$/, '');
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  const home = env.HOME ?? '';
  return {
    port,
    host,
    baseUrl,
    dataDir,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    sessionSecret: sessionSecret(env, dataDir),
    logLevel,
    submitRateLimit: integer(env, 'SUBMIT_RATE_LIMIT', 10, 0, 1_000_000),
    swordPath: [
      ...(env.SWORD_PATH ? env.SWORD_PATH.split(':').filter(Boolean) : []),
      ...(home ? [join(home, '.sword')] : []),
      '/usr/share/sword',
    ],
    mailFrom: env.MAIL_FROM?.trim() || `Intercede <no-reply@${new URL(baseUrl).hostname}>`,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    trustProxy: trustProxy(env),
    defaultTimeZone: defaultTimeZone(env),
  };
}

/** DEFAULT_TIME_ZONE: an IANA zone name (`Europe/Madrid`), stored by its canonical name; UTC when unset. */
export function defaultTimeZone(env: Env): string {
  const raw = env.DEFAULT_TIME_ZONE?.trim();
  if (!raw) return 'UTC';
  const zone = canonicalTimeZone(raw);
  if (!zone) throw new ConfigError('DEFAULT_TIME_ZONE', `must be an IANA time zone name such as Europe/Madrid or America/Mexico_City (got "${raw.slice(0, 64)}")`);
  return zone;
}

/** TRUST_PROXY: unset (trust no proxy), a hop count, `true`, or comma-separated proxy addresses. */
function trustProxy(env: Env): boolean | number | string {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[0-9a-fA-F.:/, ]+$/.test(raw)) throw new ConfigError('TRUST_PROXY', `must be a hop count, true, or proxy addresses (got "${raw}")`);
  return raw;
}
