// What every `bible` command that reads or writes the database does first: load the configuration,
// open and migrate the database (so a fresh DATA_DIR answers "nothing installed", not an SQL error),
// build the Scripture services, and close everything afterwards.
import { loadConfig, type Config } from '../../config.js';
import type { CliIO } from '../../platform/cli/command.js';
import { openDatabase, targetFromConfig, type Database } from '../../platform/db/database.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { createScriptureServices } from '../scripture.services.js';

/** The services a command gets. */
export type ScriptureSession = ReturnType<typeof createScriptureServices> & { readonly config: Config; readonly database: Database };

/** Runs `fn` with the Scripture services over the configured database, closing it afterwards. */
export async function withScripture<T>(io: CliIO, fn: (session: ScriptureSession) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const database = await openDatabase(targetFromConfig(config));
  try {
    await migrateToLatest(database);
    return await fn({ ...createScriptureServices(database), config, database });
  } finally {
    await database.close();
  }
}
