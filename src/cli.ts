/** The `intercede` command line: every command, and the process-level wrapper around them. */
import { runCli } from './platform/cli/run-cli.js';
import type { CliIO, Command } from './platform/cli/command.js';
import { migrateCommand } from './platform/cli/migrate.command.js';
import { serveCommand } from './platform/cli/serve.command.js';
import { workerCommand } from './platform/cli/worker.command.js';
import { userAddCommand } from './accounts/cli/user-add.command.js';
import { userTokenCommand } from './accounts/cli/user-token.command.js';
import { bibleCommands } from './scripture/cli/bible.commands.js';
import { articleCommands } from './content/articles/article.commands.js';
import { planCommands } from './content/plans/plan.commands.js';

/** All commands, in the order `intercede --help` lists them. */
export const commands: Command[] = [serveCommand, migrateCommand, userAddCommand, userTokenCommand];
commands.push(...bibleCommands);
commands.push(...articleCommands);
commands.push(...planCommands);
commands.push(workerCommand);

/** IO bound to this process. */
export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Entry point used by bin/intercede.js. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(commands, argv, processIO());
}
