import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely, Transaction } from 'kysely';
import type { OutboxTable, Tables } from '../db/tables.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import { PermanentJobError, RetryLaterError } from './job-errors.js';
import { MailDelivery, type SentMail } from './mail-delivery.js';
import { enqueue, OutboxRepository } from './outbox.repository.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry-delay.js';
import { safeErrorText } from './safe-error.js';

/** What a handler is given for one delivery attempt of one event. */
export interface OutboxHandlerContext {
  readonly id: string;
  readonly topic: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** 1 on the first attempt. */
  readonly attempt: number;
  readonly createdAt: string;
  /** The worker's clock when this attempt began. */
  readonly now: Date;
  /** The worker's log (ids and counts only; never request text or addresses). */
  readonly log: JobLog;
  /**
   * Sends `mail` at most once under `key` (unique within this event, e.g. `requester` or
   * `pastor:<id>`); `after` runs in the transaction that records the send. A retried event skips
   * the messages it already sent.
   */
  mail(key: string, mail: OutgoingMail, after?: (trx: Transaction<Tables>) => Promise<void>): Promise<'sent' | 'skipped'>;
}

/** Delivers one event. Throwing retries it later with backoff (PermanentJobError: never). Must be idempotent. */
export type OutboxHandler = (ctx: OutboxHandlerContext) => Promise<void>;

export interface HandlerOptions {
  /** Payload fields removed once the event is delivered or has failed for good (e.g. a one-time private link). */
  readonly secretFields?: readonly string[];
}

/** Where the worker reports; pino (and Fastify's logger) fit. Never given request text. */
export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const SILENT: JobLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface OutboxWorkerOptions {
  readonly db: Kysely<Tables>;
  readonly mailer: Mailer;
  /** Domain of the Message-ID headers (BASE_URL's host). */
  readonly messageIdHost: string;
  readonly log?: JobLog;
  /** Distinguishes this worker's locks; default host, process id and randomness. */
  readonly workerId?: string;
  /** Rows claimed at once. */
  readonly batchSize?: number;
  /** Rows of a batch handled at the same time. */
  readonly concurrency?: number;
  /** How long a claim is held; a worker that dies is replaced after this. */
  readonly lockMs?: number;
  /** A mail reservation older than this, never finished, is taken to be from a worker that died mid-send. */
  readonly staleSendMs?: number;
  /** Time between looks at the queue when nothing nudges the worker. */
  readonly pollMs?: number;
  readonly retry?: RetryPolicy;
  readonly now?: () => Date;
  readonly random?: () => number;
}

interface Registration {
  readonly handler: OutboxHandler;
  readonly secretFields: readonly string[];
}

interface Schedule {
  readonly name: string;
  readonly everyMs: number;
  lastPeriod?: number;
}

/**
 * Delivers outbox events after the transactions that wrote them commit: claims due rows in batches,
 * runs the handler registered for each topic, then marks the row delivered, retries it with backoff,
 * or marks it failed. Delivery is at least once (a claim whose worker died comes back when its lock
 * expires); mail is at most once per sent key (see MailDelivery), so people get each message once.
 *
 * Runs in the web server (`intercede serve`) or alone (`intercede worker`); on PostgreSQL any number
 * of processes can run one at the same time. Periodic jobs (`schedule`) are outbox events too, one per
 * period, named by a dedupe key, so that however many processes run, each period's job runs once.
 */
export class OutboxWorker {
  readonly id: string;
  private readonly handlers = new Map<string, Registration>();
  private readonly schedules: Schedule[] = [];
  private readonly repository: OutboxRepository;
  private readonly delivery: MailDelivery;
  private readonly log: JobLog;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly lockMs: number;
  private readonly pollMs: number;
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;
  private readonly random: () => number;
  private running = false;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private nudged = false;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.repository = new OutboxRepository(options.db);
    this.delivery = new MailDelivery(options.db, options.mailer, { messageIdHost: options.messageIdHost, staleMs: options.staleSendMs ?? 15 * 60 * 1000 });
    this.log = options.log ?? SILENT;
    this.batchSize = options.batchSize ?? 20;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.lockMs = options.lockMs ?? 5 * 60 * 1000;
    this.pollMs = options.pollMs ?? 1000;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
  }

  /** Registers the handler of a topic (one per topic). */
  register(topic: string, handler: OutboxHandler, options: HandlerOptions = {}): this {
    if (this.handlers.has(topic)) throw new Error(`outbox topic "${topic}" already has a handler`);
    this.handlers.set(topic, { handler, secretFields: options.secretFields ?? [] });
    return this;
  }

  /** Runs `handler` once per period of `everyMs` (aligned to the epoch), across all worker processes. */
  schedule(name: string, everyMs: number, handler: OutboxHandler): this {
    if (!(everyMs >= 1000)) throw new Error('a schedule runs at most once a second');
    this.register(name, handler);
    this.schedules.push({ name, everyMs });
    return this;
  }

  /** The topics with a handler. */
  topics(): string[] {
    return [...this.handlers.keys()];
  }

  /** Starts polling in the background until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Looks at the queue now rather than at the next poll (cheap; ignored when not started). */
  nudge(): void {
    if (!this.running) return;
    this.nudged = true;
    this.wake?.();
  }

  /**
   * Stops: no new claims; rows claimed but not started are released; handlers already running may
   * finish within `graceMs` (after that their rows are left to expire and be taken up again).
   */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopping = true;
    this.wake?.();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.loop, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  /** Enqueues the periodic jobs whose period began since this process last did. */
  async enqueueDue(): Promise<number> {
    const now = this.now();
    let added = 0;
    for (const schedule of this.schedules) {
      const period = Math.floor(now.getTime() / schedule.everyMs);
      if (schedule.lastPeriod === period) continue;
      const start = new Date(period * schedule.everyMs).toISOString();
      const created = await enqueue(this.options.db, { topic: schedule.name, payload: { period: start }, dedupeKey: `${schedule.name}:${start}` }, now);
      schedule.lastPeriod = period;
      if (created) added++;
    }
    return added;
  }

  /** One pass: enqueue due periodic jobs, claim a batch and handle it. Returns how many rows it handled. */
  async tick(): Promise<number> {
    await this.enqueueDue();
    const now = this.now();
    const rows = await this.repository.claim(this.id, now.toISOString(), new Date(now.getTime() + this.lockMs).toISOString(), this.batchSize);
    if (rows.length === 0) return 0;
    let next = 0;
    let handled = 0;
    const lane = async () => {
      while (next < rows.length && !this.stopping) {
        const row = rows[next++];
        await this.handle(row);
        handled++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, rows.length) }, lane));
    if (next < rows.length) await this.repository.release(rows.slice(next).map((r) => r.id), this.id);
    return handled;
  }

  /** Ticks until the queue has nothing due (tests, `intercede worker --once`). Returns rows handled. */
  async drain(maxTicks = 10_000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxTicks; i++) {
      const handled = await this.tick();
      total += handled;
      if (handled === 0) break;
    }
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.tick();
      } catch (err) {
        this.log.error({ worker: this.id, err: safeErrorText(err) }, 'outbox worker pass failed');
      }
      if (!this.running) break;
      if (handled < this.batchSize && !this.nudged) await this.pause();
      this.nudged = false;
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.pollMs);
      timer.unref();
      this.wake = done;
    });
  }

  private async handle(row: OutboxTable): Promise<void> {
    const registration = this.handlers.get(row.topic);
    const secretFields = registration?.secretFields ?? [];
    const started = this.now();
    if (row.attempts > this.retry.maxAttempts) {
      // Claimed once more than allowed: every earlier attempt ended with the worker gone (a crash or a kill).
      await this.repository.fail(row.id, this.id, started.toISOString(), `gave up after ${row.attempts - 1} attempts; the worker stopped during the last`, secretFields);
      this.log.error({ worker: this.id, event: row.id, topic: row.topic }, 'outbox event failed: workers kept stopping while handling it');
      return;
    }
    // The last message a handler sent is recorded in the same step as the event's completion; an
    // earlier one as soon as the handler sends the next (see MailDelivery).
    let unrecorded: SentMail | undefined;
    const recordPending = async () => {
      const sent = unrecorded;
      unrecorded = undefined;
      if (sent) await this.delivery.record(sent);
    };
    try {
      if (!registration) throw new Error(`no handler is registered for the topic "${row.topic}"`);
      let payload: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(row.payload);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        payload = parsed as Record<string, unknown>;
      } catch {
        throw new PermanentJobError('the payload is not a JSON object');
      }
      await registration.handler({
        id: row.id,
        topic: row.topic,
        payload,
        attempt: row.attempts,
        createdAt: row.created_at,
        now: started,
        log: this.log,
        mail: async (key, mail, after) => {
          await recordPending();
          const sent = await this.delivery.send({ key: `${row.id}:${key}`, outboxId: row.id, worker: this.id, now: this.now(), mail, after });
          if (sent === 'skipped') return 'skipped';
          unrecorded = sent;
          return 'sent';
        },
      });
      const finished = this.now().toISOString();
      const last = unrecorded;
      unrecorded = undefined;
      const completed = last
        ? await this.options.db.transaction().execute(async (trx) => {
            await this.delivery.record(last, trx);
            return new OutboxRepository(trx).complete(row.id, this.id, finished, secretFields);
          })
        : await this.repository.complete(row.id, this.id, finished, secretFields);
      if (!completed) this.log.warn({ worker: this.id, event: row.id, topic: row.topic }, 'outbox event finished after its lock passed to another worker');
    } catch (err) {
      try {
        await recordPending();
      } catch (recordErr) {
        // Left `sending`: a later attempt will not send it again (MAIL_UNCERTAIN), which is the safe side.
        this.log.error({ worker: this.id, event: row.id, err: safeErrorText(recordErr) }, 'could not record a sent message');
      }
      await this.failed(row, err, secretFields);
    }
  }

  private async failed(row: OutboxTable, err: unknown, secretFields: readonly string[]): Promise<void> {
    const now = this.now();
    const error = safeErrorText(err);
    const details = { worker: this.id, event: row.id, topic: row.topic, attempt: row.attempts, err: error };
    try {
      if (err instanceof RetryLaterError) {
        await this.repository.retryLater(row.id, this.id, new Date(now.getTime() + err.afterMs).toISOString(), error, true);
        this.log.info(details, 'outbox event postponed');
      } else if (err instanceof PermanentJobError || row.attempts >= this.retry.maxAttempts) {
        await this.repository.fail(row.id, this.id, now.toISOString(), error, secretFields);
        this.log.error(details, 'outbox event failed for good');
      } else {
        const at = new Date(now.getTime() + retryDelay(row.attempts, this.retry, this.random)).toISOString();
        await this.repository.retryLater(row.id, this.id, at, error);
        this.log.warn({ ...details, retryAt: at }, 'outbox event failed; will retry');
      }
    } catch (writeErr) {
      // The row stays locked until its lock expires, then comes back: delivery is still at least once.
      this.log.error({ ...details, writeErr: safeErrorText(writeErr) }, 'could not record an outbox failure');
    }
  }
}
