import { commands } from '../../src/cli.js';
import type { CliIO } from '../../src/platform/cli/command.js';
import { runCli } from '../../src/platform/cli/run-cli.js';

/** Runs `intercede …argv` in-process with `env` and no terminal; its exit code and what it printed on stdout and stderr. */
export async function runCommand(argv: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async () => '', env, isTTY: false };
  const code = await runCli(commands, argv, io);
  return { code, out: out.join(''), err: err.join('') };
}
