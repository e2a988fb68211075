import { beforeEach, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { enqueue, OutboxRepository } from '../../src/platform/jobs/outbox.repository.js';
import { OutboxSendRepository } from '../../src/platform/jobs/outbox-send.repository.js';
import { OutboxWorker, type OutboxHandler, type OutboxWorkerOptions } from '../../src/platform/jobs/outbox.worker.js';
import { PermanentJobError } from '../../src/platform/jobs/job-errors.js';
import { describeEachDialect } from '../harness/dialects.js';
import { CapturingMailer, ManualClock, testMail } from './jobs-harness.js';

const LOCK_MS = 60_000;

describeEachDialect('the outbox worker', (get, kind) => {
  let clock: ManualClock;
  let mailer: CapturingMailer;

  const db = () => get().database.db;
  const worker = (options: Partial<OutboxWorkerOptions> = {}) =>
    new OutboxWorker({ db: db(), mailer, messageIdHost: 'prayer.example.org', now: clock.now, lockMs: LOCK_MS, staleSendMs: 5 * 60_000, ...options });
  /** A handler that mails `payload.to` once, under the key "to". */
  const mailTo: OutboxHandler = async (ctx) => {
    await ctx.mail('to', testMail(String(ctx.payload.to), String(ctx.payload.subject ?? 'Hello')));
  };

  beforeEach(async () => {
    clock = new ManualClock();
    mailer = new CapturingMailer();
    await db().deleteFrom('outbox_sends').execute();
    await db().deleteFrom('outbox').execute();
  });

  it('delivers an event only after the transaction that wrote it commits', async () => {
    const w = worker().register('test.hello', mailTo);
    let committed = false;
    const seenCommitted: boolean[] = [];
    w.register('test.observe', async () => void seenCommitted.push(committed));
    let during: Promise<number> | undefined;
    await db()
      .transaction()
      .execute(async (trx) => {
        await enqueue(trx, { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
        await enqueue(trx, { topic: 'test.observe', payload: {} }, clock.now());
        // PostgreSQL: another connection sees nothing yet. SQLite: the one connection waits for the commit.
        during = w.tick();
        if (kind === 'postgres') expect(await during).toBe(0);
        committed = true;
      });
    await during;
    await w.drain();
    expect(mailer.to('ana@example.org')).toHaveLength(1);
    expect(seenCommitted).toEqual([true]);
    const rows = await db().selectFrom('outbox').selectAll().execute();
    expect(rows.every((r) => r.delivered_at && r.locked_by === null && r.failed_at === null)).toBe(true);
  });

  it('delivers nothing for a transaction that rolled back', async () => {
    const w = worker().register('test.hello', mailTo);
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await enqueue(trx, { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
          throw new Error('the change failed');
        }),
    ).rejects.toThrow('the change failed');
    expect(await w.drain()).toBe(0);
    expect(mailer.sent).toHaveLength(0);
    expect(await db().selectFrom('outbox').selectAll().execute()).toHaveLength(0);
  });

  it('enqueues an event with a dedupe key once', async () => {
    expect(await enqueue(db(), { topic: 'test.hello', payload: { to: 'a@example.org' }, dedupeKey: 'prayer.first:r1' }, clock.now())).toBe(true);
    expect(await enqueue(db(), { topic: 'test.hello', payload: { to: 'a@example.org' }, dedupeKey: 'prayer.first:r1' }, clock.now())).toBe(false);
    await worker().register('test.hello', mailTo).drain();
    expect(mailer.sent).toHaveLength(1);
  });

  it('retries a failing event with exponential backoff, then marks it failed with a scrubbed error', async () => {
    const w = worker({ retry: { baseMs: 1000, maxMs: 4000, maxAttempts: 5 }, random: () => 0 });
    let calls = 0;
    w.register('test.flaky', async () => {
      calls++;
      throw new Error('could not reach ana@example.org about https://prayer.example.org/r/secret-token-value');
    });
    await enqueue(db(), { topic: 'test.flaky', payload: {} }, clock.now());
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await w.tick()).toBe(1);
      const row = (await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow())!;
      expect(row.attempts).toBe(attempt);
      expect(row.failed_at).toBeNull();
      const wait = Date.parse(row.available_at) - clock.current.getTime();
      waits.push(wait);
      // Not due yet: a tick a moment before the retry time does nothing.
      clock.advance(wait - 1);
      expect(await w.tick()).toBe(0);
      clock.advance(1);
    }
    // random() = 0 takes the lower half of each doubling step: 1 s, 2 s, 4 s, then the 4 s cap.
    expect(waits).toEqual([500, 1000, 2000, 2000]);
    expect(await w.tick()).toBe(1);
    const failed = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(calls).toBe(5);
    expect(failed.failed_at).toBe(clock.current.toISOString());
    expect(failed.attempts).toBe(5);
    expect(failed.last_error).toBe('Error: could not reach [address] about https://prayer.example.org/r/[secret]');
    clock.advance(24 * 3600_000);
    expect(await w.drain()).toBe(0);
  });

  it('fails at once on a permanent error, and retries a refused message without sending it twice', async () => {
    const w = worker({ retry: { baseMs: 1000, maxMs: 1000, maxAttempts: 3 }, random: () => 1 });
    w.register('test.bad', async () => {
      throw new PermanentJobError('the request no longer exists');
    });
    w.register('test.hello', mailTo);
    await enqueue(db(), { topic: 'test.bad', payload: {} }, clock.now());
    await enqueue(db(), { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
    mailer.failNext = 1;
    expect(await w.tick()).toBe(2);
    const bad = await db().selectFrom('outbox').selectAll().where('topic', '=', 'test.bad').executeTakeFirstOrThrow();
    expect(bad.failed_at).not.toBeNull();
    expect(bad.last_error).toBe('PermanentJobError: the request no longer exists');
    const hello = await db().selectFrom('outbox').selectAll().where('topic', '=', 'test.hello').executeTakeFirstOrThrow();
    expect(hello.last_error).toBe('ECONNECTION: 421 try again later for <[address]>');
    expect(mailer.sent).toHaveLength(0);
    clock.advance(1000);
    expect(await w.drain()).toBe(1);
    expect(mailer.to('ana@example.org')).toHaveLength(1);
  });

  it('retries and finally fails an event nobody handles (another version of the worker may know the topic)', async () => {
    const w = worker({ retry: { baseMs: 10, maxMs: 10, maxAttempts: 2 } });
    await enqueue(db(), { topic: 'test.unknown', payload: {} }, clock.now());
    await w.tick();
    clock.advance(1000);
    await w.tick();
    const row = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.failed_at).not.toBeNull();
    expect(row.last_error).toBe('Error: no handler is registered for the topic "test.unknown"');
  });

  it('clears payload secrets once the event is delivered, and when it fails for good', async () => {
    const w = worker({ retry: { baseMs: 10, maxMs: 10, maxAttempts: 1 } });
    w.register('test.confirm', mailTo, { secretFields: ['manageUrl'] });
    w.register('test.broken', async () => Promise.reject(new Error('down')), { secretFields: ['manageUrl'] });
    await enqueue(db(), { topic: 'test.confirm', payload: { to: 'ana@example.org', manageUrl: 'https://x/r/abc', requestId: 'r1' } }, clock.now());
    await enqueue(db(), { topic: 'test.broken', payload: { manageUrl: 'https://x/r/def', requestId: 'r2' } }, clock.now());
    await w.drain();
    const rows = await db().selectFrom('outbox').select(['topic', 'payload']).orderBy('topic').execute();
    expect(rows.map((r) => JSON.parse(r.payload))).toEqual([{ requestId: 'r2' }, { to: 'ana@example.org', requestId: 'r1' }]);
  });

  it('never delivers one event twice when two workers run at once', async () => {
    const events = 120;
    // PostgreSQL: the second worker has its own pool, as a second process would.
    let second: Database | undefined;
    if (kind === 'postgres') second = await openDatabase({ url: get().postgres!.url, schema: get().postgres!.schema, poolSize: 4 });
    try {
      const calls = new Map<string, number>();
      const handler: OutboxHandler = async (ctx) => {
        calls.set(ctx.id, (calls.get(ctx.id) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        await ctx.mail('to', testMail(String(ctx.payload.to)));
      };
      const mailerB = new CapturingMailer();
      const a = worker({ batchSize: 7, concurrency: 3, workerId: 'a' }).register('test.hello', handler);
      const b = new OutboxWorker({ db: (second ?? get().database).db, mailer: mailerB, messageIdHost: 'prayer.example.org', now: clock.now, batchSize: 7, concurrency: 3, workerId: 'b' }).register(
        'test.hello',
        handler,
      );
      for (let i = 0; i < events; i++) await enqueue(db(), { topic: 'test.hello', payload: { to: `p${i}@example.org` } }, clock.now());
      const [byA, byB] = await Promise.all([a.drain(), b.drain()]);
      expect(byA + byB).toBe(events);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      const all = [...mailer.sent, ...mailerB.sent].map((m) => m.to).sort();
      expect(all).toEqual(Array.from({ length: events }, (_, i) => `p${i}@example.org`).sort());
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      const pending = await db().selectFrom('outbox').select('id').where('delivered_at', 'is', null).execute();
      expect(pending).toHaveLength(0);
    } finally {
      await second?.close();
    }
  });

  it('delivers once after a worker died between claiming an event and delivering it', async () => {
    await enqueue(db(), { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
    // The dead worker's claim: committed, then nothing (the process is gone).
    const claimed = await new OutboxRepository(db()).claim('dead-worker', clock.now().toISOString(), new Date(clock.current.getTime() + LOCK_MS).toISOString(), 10);
    expect(claimed).toHaveLength(1);
    const w = worker().register('test.hello', mailTo);
    expect(await w.drain()).toBe(0);
    clock.advance(LOCK_MS);
    expect(await w.drain()).toBe(1);
    expect(await w.drain()).toBe(0);
    expect(mailer.to('ana@example.org')).toHaveLength(1);
  });

  it('sends each message of an event once when its worker died part-way through the recipients', async () => {
    await enqueue(db(), { topic: 'test.alert', payload: { to: ['ann@example.org', 'bo@example.org', 'cy@example.org'] } }, clock.now());
    const alertAll: OutboxHandler = async (ctx) => {
      for (const to of ctx.payload.to as string[]) await ctx.mail(to, testMail(to, 'Alert'));
    };
    // Worker A mails Ann and Bo, then stops for good before it can record Bo's message or finish.
    const a = worker({ workerId: 'a' }).register('test.alert', async (ctx) => {
      for (const to of (ctx.payload.to as string[]).slice(0, 2)) await ctx.mail(to, testMail(to, 'Alert'));
      await new Promise<never>(() => undefined);
    });
    void a.tick();
    await until(() => mailer.sent.length === 2);
    const b = worker({ workerId: 'b' }).register('test.alert', alertAll);
    clock.advance(LOCK_MS);
    await b.tick();
    clock.advance(10 * 60_000);
    await b.drain();
    // Ann's message was recorded when A moved on to Bo: skipped. Bo's was never recorded: the server may
    // have it, so it is not sent again and the event waits for an admin. Cy was never reached.
    const row = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/MAIL_UNCERTAIN/);
    expect(mailer.sent.map((m) => m.to)).toEqual(['ann@example.org', 'bo@example.org']);
    await new OutboxSendRepository(db()).forgetUnfinished(row.id);
    await new OutboxRepository(db()).requeue(row.id, clock.now().toISOString());
    await b.drain();
    expect(mailer.sent.map((m) => m.to)).toEqual(['ann@example.org', 'bo@example.org', 'bo@example.org', 'cy@example.org']);
    expect((await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow()).delivered_at).not.toBeNull();
  });

  it('records the last message and the delivery in one step', async () => {
    await enqueue(db(), { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
    await worker().register('test.hello', mailTo).drain();
    const [event] = await db().selectFrom('outbox').selectAll().execute();
    const [sent] = await db().selectFrom('outbox_sends').selectAll().execute();
    expect(sent).toMatchObject({ outbox_id: event.id, state: 'sent', key: `${event.id}:to` });
    expect(sent.sent_at).toBe(event.delivered_at);
  });

  it('never sends twice when a worker died while handing the mail to the server, and lets an admin decide', async () => {
    await enqueue(db(), { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
    mailer.hangAfterAccept = true;
    const a = worker({ workerId: 'a' }).register('test.hello', mailTo);
    void a.tick();
    await until(() => mailer.sent.length === 1);
    const b = worker({ workerId: 'b' }).register('test.hello', mailTo);
    // A's lock expired, but its reservation is recent: B waits rather than racing a slow send.
    clock.advance(LOCK_MS);
    expect(await b.tick()).toBe(1);
    let row = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.failed_at).toBeNull();
    expect(row.attempts).toBe(1);
    // Long after: A is dead and nobody knows whether the server kept the message. Never twice.
    clock.advance(10 * 60_000);
    await b.drain();
    row = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.failed_at).not.toBeNull();
    expect(row.last_error).toMatch(/^PermanentJobError: MAIL_UNCERTAIN/);
    expect(mailer.sent).toHaveLength(1);
    // An admin who checked with the person may send it again: same Message-ID, so clients see one message.
    expect(await new OutboxSendRepository(db()).forgetUnfinished(row.id)).toBe(1);
    expect(await new OutboxRepository(db()).requeue(row.id, clock.now().toISOString())).toBe(true);
    await b.drain();
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1].headers?.['Message-ID']).toBe(mailer.sent[0].headers?.['Message-ID']);
    expect(mailer.sent[0].headers?.['Message-ID']).toMatch(/^<[0-9a-f]{40}@prayer\.example\.org>$/);
  });

  it('fails an event whose workers keep dying, after the last allowed attempt', async () => {
    await enqueue(db(), { topic: 'test.hello', payload: { to: 'ana@example.org' } }, clock.now());
    const repository = new OutboxRepository(db());
    for (let i = 0; i < 3; i++) {
      await repository.claim(`dead-${i}`, clock.now().toISOString(), new Date(clock.current.getTime() + LOCK_MS).toISOString(), 10);
      clock.advance(LOCK_MS);
    }
    await worker({ retry: { baseMs: 10, maxMs: 10, maxAttempts: 3 } }).register('test.hello', mailTo).drain();
    const row = await db().selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.failed_at).not.toBeNull();
    expect(row.last_error).toBe('gave up after 3 attempts; the worker stopped during the last');
    expect(mailer.sent).toHaveLength(0);
  });

  it('runs a scheduled job once per period, however many workers and passes', async () => {
    const runs: string[] = [];
    const job: OutboxHandler = async (ctx) => void runs.push(String(ctx.payload.period));
    const a = worker({ workerId: 'a' }).schedule('job.test', 3600_000, job);
    const b = worker({ workerId: 'b' }).schedule('job.test', 3600_000, job);
    clock.set('2026-11-26T09:10:00.000Z');
    await a.drain();
    await b.drain();
    clock.advance(20 * 60_000);
    await a.drain();
    await b.drain();
    expect(runs).toEqual(['2026-11-26T09:00:00.000Z']);
    clock.set('2026-11-26T10:00:00.000Z');
    await Promise.all([a.drain(), b.drain()]);
    expect(runs).toEqual(['2026-11-26T09:00:00.000Z', '2026-11-26T10:00:00.000Z']);
  });

  it('runs in the background, wakes on a nudge, and on stop releases what it claimed but did not start', async () => {
    const w = worker({ pollMs: 60_000, concurrency: 1, batchSize: 5 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const handled: string[] = [];
    w.register('test.slow', async (ctx) => {
      handled.push(String(ctx.payload.n));
      await gate;
    });
    w.start();
    for (let n = 0; n < 5; n++) {
      await enqueue(db(), { topic: 'test.slow', payload: { n } }, clock.now());
      clock.advance(1);
    }
    w.nudge();
    await until(() => handled.length === 1);
    const stopped = w.stop();
    release();
    await stopped;
    expect(handled).toEqual(['0']);
    const rows = await db().selectFrom('outbox').selectAll().orderBy('available_at').execute();
    expect(rows.filter((r) => r.delivered_at)).toHaveLength(1);
    const released = rows.filter((r) => !r.delivered_at);
    expect(released).toHaveLength(4);
    expect(released.every((r) => r.locked_by === null && r.attempts === 0)).toBe(true);
  });
});

/** Waits (in real time) until `condition` holds. */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
