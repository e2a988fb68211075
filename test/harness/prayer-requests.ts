// Test support for the prayer-request service tests: the request services over a test database, with a
// movable clock, memory counters and a real audit service.
import type { Kysely, KyselyPlugin } from 'kysely';
import { testAccounts, TestClock } from './accounts-services.js';
import type { Tables } from '../../src/platform/db/tables.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import type { PassageService } from '../../src/scripture/passages/passage.types.js';
import { createPrayerRequests, type PrayerRequests } from '../../src/prayer/requests/requests.js';

/** The services, their clock, and the accounts beside them (for people and audit). */
export function testRequests(db: Kysely<Tables>, options: { submitRateLimit?: number; passages?: PassageService } = {}) {
  const clock = new TestClock();
  const { accounts } = testAccounts(db);
  const requests: PrayerRequests = createPrayerRequests({
    db,
    counters: new MemoryCounterStore(() => clock.now.getTime()),
    submitRateLimit: options.submitRateLimit ?? 0,
    baseUrl: 'https://prayer.example.org',
    audit: accounts.audit,
    passages: options.passages,
    clock: clock.clock,
  });
  return { requests, clock, accounts };
}

/** A plugin that makes any INSERT into `table` fail, to prove that what was written with it rolls back. */
export function failingInsertInto(table: string): KyselyPlugin {
  return {
    transformQuery(args) {
      const node = args.node as { kind: string; into?: { table?: { identifier?: { name?: string } } } };
      if (node.kind === 'InsertQueryNode' && node.into?.table?.identifier?.name === table) throw new Error(`test: insert into ${table} refused`);
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}
