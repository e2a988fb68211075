/** The child side of the HTTP benchmarks (see autocannon-round.ts): how a forked server stops and reports its CPU time. */

/** Closes the server on SIGTERM/SIGINT, then exits, so that the database is closed cleanly (and --cpu-prof can write its profile). */
export function closeOnSignal(close: () => Promise<void>): void {
  const stop = () => void close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Answers the parent's `cpu` message with the CPU time this process has used (a fairer measure than throughput where other work competes for the cores). */
export function reportCpuOnRequest(): void {
  process.on('message', (message) => {
    if (message === 'cpu') {
      const used = process.cpuUsage();
      process.send?.({ cpuMicros: used.user + used.system });
    }
  });
}
