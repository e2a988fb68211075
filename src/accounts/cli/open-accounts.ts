import type { Config } from '../../config.js';
import type { Database } from '../../platform/db/database.js';
import { openMigratedDatabase } from '../../platform/db/migrate.js';
import { createMailer } from '../../platform/mail/create-mailer.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import { createAccounts, type Accounts } from '../accounts.js';

/** Opens (and migrates) the configured database and builds the accounts services, for one command. */
export async function openAccounts(config: Config): Promise<{ accounts: Accounts; database: Database }> {
  const database = await openMigratedDatabase(config);
  // One command, one process: nothing here is throttled, so counters need not be shared.
  const accounts = createAccounts({ db: database.db, mailer: createMailer(config), counters: new MemoryCounterStore(), baseUrl: config.baseUrl });
  return { accounts, database };
}
