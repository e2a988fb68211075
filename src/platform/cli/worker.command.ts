import { loadConfig } from '../../config.js';
import { UsageError, type Command } from './command.js';

function whole(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`, workerCommand);
  return Number(text);
}

/** `intercede worker`: delivers outbox events and runs the periodic jobs without serving the site. */
export const workerCommand: Command = {
  path: ['worker'],
  summary: 'Deliver notifications and run scheduled jobs (without the web server)',
  usage: 'worker [--once] [--concurrency N] [--poll-ms N]',
  help: [
    ['--once', 'Deliver everything due now, then exit (for cron); default: run until SIGINT/SIGTERM'],
    ['--concurrency N', 'Events handled at the same time (default 4)'],
    ['--poll-ms N', 'How often to look for new events, in milliseconds (default 1000)'],
  ],
  options: { once: { type: 'boolean' }, concurrency: { type: 'string' }, 'poll-ms': { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const concurrency = whole(args.values.concurrency, '--concurrency', 1, 64);
    const pollMs = whole(args.values['poll-ms'], '--poll-ms', 50, 3_600_000);
    const config = loadConfig(io.env);
    // Loaded on use so that other commands do not pay for the worker's imports at start-up.
    const [{ pino }, { startWorker }, { loggerOptions }] = await Promise.all([import('pino'), import('../../worker.js'), import('../log.js')]);
    const log = pino({ ...loggerOptions(config.logLevel) });
    const running = await startWorker(config, {
      log,
      start: !args.values.once,
      worker: { ...(concurrency ? { concurrency } : {}), ...(pollMs ? { pollMs } : {}) },
    });
    if (args.values.once) {
      try {
        const handled = await running.worker.drain();
        io.stdout(`Handled ${handled} outbox event(s).\n`);
        return 0;
      } finally {
        await running.stop();
      }
    }
    io.stdout(`Intercede worker ${running.worker.id} is running (${running.database.kind}); stop it with Ctrl-C.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        running.stop().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
