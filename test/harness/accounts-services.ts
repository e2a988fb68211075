import type { Kysely } from 'kysely';
import { createAccounts, type Accounts } from '../../src/accounts/accounts.js';
import type { Clock } from '../../src/accounts/clock.js';
import type { Tables } from '../../src/platform/db/tables.js';
import { MemoryCounterStore, type CounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { MemoryMailer } from './mail.js';

/** A clock tests can move. */
export class TestClock {
  now = new Date('2026-03-01T09:00:00.000Z');
  readonly clock: Clock = () => new Date(this.now);
  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }
}

/** The accounts services over a test database, with a movable clock, memory mail and memory counters. */
export function testAccounts(db: Kysely<Tables>, counters?: CounterStore): { accounts: Accounts; clock: TestClock; mailer: MemoryMailer } {
  const clock = new TestClock();
  counters ??= new MemoryCounterStore(() => clock.now.getTime());
  const mailer = new MemoryMailer();
  const accounts = createAccounts({ db, mailer, counters, baseUrl: 'https://prayer.example.org', clock: clock.clock });
  return { accounts, clock, mailer };
}
