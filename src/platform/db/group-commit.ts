/**
 * Group commit: units of work that arrive in the same turn of the event loop share one transaction, so
 * that twenty people submitting at once pay for one BEGIN and one COMMIT — on SQLite one append of the
 * shared pages to the WAL, on PostgreSQL one WAL flush — instead of twenty. A caller still hears of its
 * unit only after the commit, so a resolved promise keeps meaning "durably stored".
 *
 * A unit must write only through the transaction it is given: when one unit throws, the shared
 * transaction is rolled back and every unit of the batch runs again in a transaction of its own, so
 * that one bad unit fails alone and the others are stored exactly once.
 */
import type { Kysely, Transaction } from 'kysely';

/** One caller's work and how to tell it the outcome. */
interface Unit<DB> {
  readonly work: (trx: Transaction<DB>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/** Most units in one transaction: bounds how long one commit holds the writer, and one retry's cost. */
export const GROUP_COMMIT_MAX_BATCH = 64;

/** Batches concurrent transactions over one database (see the file comment). */
export class GroupCommit<DB> {
  #waiting: Unit<DB>[] = [];
  #scheduled = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly maxBatch = GROUP_COMMIT_MAX_BATCH,
  ) {}

  /** Runs `work` in a transaction shared with the other units of this turn; settles after the commit. */
  run<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate, not a microtask: it runs after the poll phase has read every request that was ready,
    // so the batch holds all of them.
    setImmediate(() => void this.#flush());
  }

  async #flush(): Promise<void> {
    this.#scheduled = false;
    const batch = this.#waiting.splice(0, this.maxBatch);
    if (this.#waiting.length > 0) this.#schedule();
    if (batch.length === 1) return this.#runAlone(batch[0]);
    let results: unknown[];
    try {
      results = await this.db.transaction().execute(async (trx) => {
        const out: unknown[] = [];
        for (const unit of batch) out.push(await unit.work(trx));
        return out;
      });
    } catch {
      // Which unit failed (or whether the commit did) is not known here: each runs again alone, in the
      // order they came, so that of two units claiming the same key the first still wins.
      for (const unit of batch) await this.#runAlone(unit);
      return;
    }
    batch.forEach((unit, i) => unit.resolve(results[i]));
  }

  async #runAlone(unit: Unit<DB>): Promise<void> {
    try {
      unit.resolve(await this.db.transaction().execute((trx) => unit.work(trx)));
    } catch (err) {
      unit.reject(err);
    }
  }
}
