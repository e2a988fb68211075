/**
 * The parent side of the HTTP benchmarks: each server runs in its own forked process (see
 * server-process.ts) so that autocannon, here, and the server do not share an event loop; a round loads
 * one server with autocannon and charges it the CPU time the server process spent meanwhile.
 */
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

/** Forks a benchmark server script in `mode` under tsx; resolves with the child and the first message it sends (its port, and whatever else it reports). */
export async function forkServer<Ready>(script: string, mode: string, env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(script, [mode], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { child, ready };
}

/** Stops a forked server (SIGTERM: it closes its database cleanly) and waits until it has exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The CPU time a forked server has used so far (user + system), in microseconds. */
export function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (typeof (m as { cpuMicros?: unknown }).cpuMicros !== 'number') return;
      child.off('message', onMessage);
      resolve((m as { cpuMicros: number }).cpuMicros);
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

/**
 * One autocannon round against a forked server: autocannon's result, the server's CPU milliseconds per
 * answered request, and the load generator's own (this process's), which shares the machine's cores.
 */
export async function autocannonRound(
  child: ChildProcess,
  options: Parameters<typeof autocannon>[0],
): Promise<{ result: Awaited<ReturnType<typeof autocannon>>; cpuMsPerRequest: number; loadCpuMsPerRequest: number }> {
  const before = await cpuOf(child);
  const loadBefore = process.cpuUsage();
  const result = await autocannon(options);
  const load = process.cpuUsage(loadBefore);
  const cpuMicros = (await cpuOf(child)) - before;
  const answered = Math.max(1, result['2xx'] + result.non2xx);
  return { result, cpuMsPerRequest: cpuMicros / 1000 / answered, loadCpuMsPerRequest: (load.user + load.system) / 1000 / answered };
}

/** The middle of the values (the upper middle for an even count): rounds disturbed by other work on the machine do not move it. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
