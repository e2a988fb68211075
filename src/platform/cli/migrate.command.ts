import { loadConfig } from '../../config.js';
import { openDatabase, targetFromConfig } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Command } from './command.js';

/** `intercede migrate`: brings the database schema up to date and says what it applied. */
export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'Bring the database schema up to date',
  usage: 'migrate',
  positionals: { min: 0, max: 0 },
  async run(_args, io) {
    const database = await openDatabase(targetFromConfig(loadConfig(io.env)));
    try {
      const applied = await migrateToLatest(database);
      io.stdout(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n');
      return 0;
    } finally {
      await database.close();
    }
  },
};
