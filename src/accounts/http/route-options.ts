import type { Accounts } from '../accounts.js';

/** What every accounts route plugin is given. */
export interface AccountsRouteOptions {
  readonly accounts: Accounts;
  /** BASE_URL is https: cookies are Secure and `__Host-` prefixed. */
  readonly https: boolean;
}
