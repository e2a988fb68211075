import type { Config } from '../../config.js';
import type { Database } from '../../platform/db/database.js';
import type { Accounts } from '../accounts.js';

/** `openAccounts`, imported on first use so that `intercede --help` and other commands start without the accounts stack. */
export async function openAccountsLazily(config: Config): Promise<{ accounts: Accounts; database: Database }> {
  const { openAccounts } = await import('./open-accounts.js');
  return openAccounts(config);
}
