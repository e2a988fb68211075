import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import type { Database } from './platform/db/database.js';
import { openMigratedDatabase } from './platform/db/migrate.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates it, and listens on the configured host and port. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openMigratedDatabase(config);
  const app = await buildApp({ config, database });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    await database.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`PORT: ${config.host}:${config.port} is already in use`, { cause: err });
    if (code === 'EADDRNOTAVAIL') throw new Error(`HOST: ${config.host} is not an address of this machine`, { cause: err });
    throw err;
  }
  // Deliver notifications and run scheduled jobs in this process too (stopped by app.close()).
  app.jobs.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  return {
    app,
    database,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })()),
  };
}
