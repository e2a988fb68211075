// Test helper: Scripture services over a test database with the synthetic library installed.
import type { Database } from '../../platform/db/database.js';
import { createScriptureServices } from '../scripture.services.js';
import { writeSyntheticLibrary } from './synthetic-library.js';

/** Installs the synthetic WEB, RV1909 and Nave's into `database` and returns the services and the library folder. */
export async function installSynthetic(database: Database) {
  const library = writeSyntheticLibrary();
  const services = createScriptureServices(database);
  const report = await services.installer.install({ searchPath: [library] });
  if (report.failed.length) throw new Error(`install failed: ${JSON.stringify(report.failed)}`);
  return { ...services, library, report };
}
