/**
 * The intercession services over a test database, with the accounts services, a clock tests can move,
 * and a way to clear the intercession tables between tests (users stay).
 */
import type { Kysely } from 'kysely';
import { beforeAll, beforeEach } from 'vitest';
import type { Accounts } from '../../src/accounts/accounts.js';
import type { UserActor } from '../../src/platform/auth/actor.js';
import type { Database } from '../../src/platform/db/database.js';
import type { Tables } from '../../src/platform/db/tables.js';
import { createIntercession, type Intercession } from '../../src/prayer/dispatch/intercession.js';
import { forgetCachedSettings } from '../../src/prayer/settings/settings.repository.js';
import { createScriptureServices } from '../../src/scripture/scripture.services.js';
import type { ScriptureServices } from '../../src/scripture/scripture.services.types.js';
import { testAccounts, type TestClock } from '../harness/accounts-services.js';
import type { TestDatabase } from '../harness/dialects.js';
import { createIntercessor } from './intercessor.factory.js';
import { seedRequest, type RequestSeed } from './prayer-request.factory.js';

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
  // The services cache the settings; a raw delete is not a save they hear of.
  forgetCachedSettings();
}

/** The services of one dialect's block, with the intercessor its tests pray as. */
export interface IntercessionSuite extends IntercessionFixture {
  /** An intercessor who accepted the covenant, made once for the block. */
  readonly me: UserActor;
  /** Inserts a request as of the test clock's now; returns its id. */
  seed(seed?: RequestSeed): Promise<string>;
}

/**
 * Declares, in the enclosing describeEachDialect block, the hooks that build the intercession services
 * over its database with one intercessor before the block, and empty the intercession tables before
 * each test; the returned suite is filled in once the block starts.
 */
export function useIntercessionSuite(get: () => TestDatabase): IntercessionSuite {
  const suite = { seed: (seed: RequestSeed = {}) => seedRequest(suite.db, seed, suite.clock.now) } as { -readonly [K in keyof IntercessionSuite]: IntercessionSuite[K] };
  beforeAll(async () => {
    Object.assign(suite, intercessionFixture(get().database));
    suite.me = await createIntercessor(suite.accounts);
  });
  beforeEach(async () => {
    await clearIntercession(suite.db);
  });
  return suite;
}
