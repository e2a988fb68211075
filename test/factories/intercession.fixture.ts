/**
 * The intercession services over a test database, with the accounts services, a clock tests can move,
 * and a way to clear the intercession tables between tests (users stay).
 */
import type { Kysely } from 'kysely';
import type { Accounts } from '../../src/accounts/accounts.js';
import type { Database } from '../../src/platform/db/database.js';
import type { Tables } from '../../src/platform/db/tables.js';
import { createIntercession, type Intercession } from '../../src/prayer/dispatch/intercession.js';
import { createScriptureServices } from '../../src/scripture/scripture.services.js';
import type { ScriptureServices } from '../../src/scripture/scripture.services.types.js';
import { testAccounts, type TestClock } from '../harness/accounts-services.js';

export interface IntercessionFixture {
  readonly db: Kysely<Tables>;
  readonly accounts: Accounts;
  readonly clock: TestClock;
  readonly intercession: Intercession;
}

/** Builds the services; `scripture` defaults to services over the (empty) test database. */
export function intercessionFixture(database: Database, scripture: ScriptureServices = createScriptureServices(database)): IntercessionFixture {
  const { accounts, clock } = testAccounts(database.db);
  const intercession = createIntercession({ db: database.db, kind: database.kind, scripture, accounts, clock: clock.clock });
  return { db: database.db, accounts, clock, intercession };
}

/** Empties every table of the intercession loop (requests and what hangs off them, outbox, settings). */
export async function clearIntercession(db: Kysely<Tables>): Promise<void> {
  for (const table of ['outbox', 'prayer_flags', 'prayer_skips', 'prayer_leases', 'commitments', 'prayers', 'request_updates', 'testimonies', 'prayer_requests', 'settings'] as const) {
    await db.deleteFrom(table).execute();
  }
}
