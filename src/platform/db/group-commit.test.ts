import type { Transaction } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { GroupCommit } from './group-commit.js';
import type { Tables } from './tables.js';

describeEachDialect('group commit', (get) => {
  const db = () => get().database.db;
  const write = (key: string) => async (trx: Transaction<Tables>) => {
    await trx.insertInto('settings').values({ key, value: '1', updated_at: '2026-11-27T00:00:00.000Z', updated_by: null }).execute();
    return key;
  };
  const stored = async () => (await db().selectFrom('settings').select('key').where('key', 'like', 'gc.%').orderBy('key').execute()).map((r) => r.key);

  beforeEach(async () => {
    await db().deleteFrom('settings').where('key', 'like', 'gc.%').execute();
  });

  it('runs the units of one turn in one transaction and gives each caller its own result after the commit', async () => {
    const commits = new GroupCommit(db());
    const seen = new Set<Transaction<Tables>>();
    const results = await Promise.all(
      ['gc.a', 'gc.b', 'gc.c', 'gc.d'].map((key) =>
        commits.run(async (trx) => {
          seen.add(trx);
          return write(key)(trx);
        }),
      ),
    );
    expect(results).toEqual(['gc.a', 'gc.b', 'gc.c', 'gc.d']);
    expect(seen.size).toBe(1);
    expect(await stored()).toEqual(['gc.a', 'gc.b', 'gc.c', 'gc.d']);
  });

  it('fails only the unit that threw: the others are stored exactly once', async () => {
    const commits = new GroupCommit(db());
    const outcomes = await Promise.allSettled([
      commits.run(write('gc.a')),
      commits.run(async (trx) => {
        await write('gc.bad')(trx);
        throw new Error('this unit is refused');
      }),
      commits.run(write('gc.c')),
      // A unit that breaks the shared transaction in the database itself (a duplicate key).
      commits.run(write('gc.a')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'this unit is refused' });
    expect(await stored()).toEqual(['gc.a', 'gc.c']);
  });

  it('splits a crowd into batches of at most the limit, each unit stored once', async () => {
    const commits = new GroupCommit(db(), 3);
    const transactions: Transaction<Tables>[] = [];
    const keys = Array.from({ length: 8 }, (_, i) => `gc.${i}`);
    await Promise.all(
      keys.map((key) =>
        commits.run(async (trx) => {
          transactions.push(trx);
          return write(key)(trx);
        }),
      ),
    );
    expect(new Set(transactions).size).toBe(3);
    expect(await stored()).toEqual(keys);
  });

  it('runs a unit that arrives alone at once, in a transaction of its own', async () => {
    const commits = new GroupCommit(db());
    expect(await commits.run(write('gc.alone'))).toBe('gc.alone');
    await expect(commits.run(write('gc.alone'))).rejects.toBeTruthy();
    expect(await stored()).toEqual(['gc.alone']);
  });
});
