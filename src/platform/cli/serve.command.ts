import { loadConfig } from '../../config.js';
import { UsageError, type Command } from './command.js';

/** `intercede serve [--port N]`: migrates, then serves until SIGINT/SIGTERM. */
export const serveCommand: Command = {
  path: ['serve'],
  summary: 'Run the web server (migrates the database first)',
  usage: 'serve [--port N]',
  help: [['--port N', 'Port to listen on (overrides PORT; default 3000)']],
  options: { port: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const env = { ...io.env };
    if (args.values.port !== undefined) {
      const port = String(args.values.port);
      if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${port}")`, serveCommand);
      env.PORT = port;
    }
    const config = loadConfig(env);
    // Loaded here, not at the top: the whole web app would otherwise slow every other command's start.
    const { startServer } = await import('../../server.js');
    const server = await startServer(config);
    io.stdout(`Intercede is listening on ${config.baseUrl} (${server.database.kind})\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.stop().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
