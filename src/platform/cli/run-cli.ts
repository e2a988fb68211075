import { parseArgs } from 'node:util';
import { ConfigError, StartupError } from '../errors.js';
import { UsageError, type CliIO, type Command } from './command.js';

/** Finds the command whose path matches the longest run of leading words. */
function resolve(commands: readonly Command[], argv: string[]): { command?: Command; rest: string[]; group?: string } {
  let best: Command | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, i) => argv[i] === word);
    if (matches && (!best || command.path.length > best.path.length)) best = command;
  }
  if (best) return { command: best, rest: argv.slice(best.path.length) };
  const group = commands.some((c) => c.path.length > 1 && c.path[0] === argv[0]) ? argv[0] : undefined;
  return { rest: argv, group };
}

function usageLine(command: Command): string {
  return `usage: intercede ${command.usage}`;
}

function commandHelp(command: Command): string {
  const lines = [usageLine(command), '', command.summary];
  if (command.help?.length) {
    const width = Math.max(...command.help.map(([flag]) => flag.length));
    lines.push('', 'Options:', ...command.help.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`));
  }
  lines.push(`  ${'--help'.padEnd(Math.max(6, ...(command.help ?? []).map(([f]) => f.length)))}  Show this help`);
  return lines.join('\n') + '\n';
}

function overview(commands: readonly Command[], group?: string): string {
  const shown = group ? commands.filter((c) => c.path[0] === group) : commands;
  const width = Math.max(...shown.map((c) => c.usage.length));
  return [
    `usage: intercede ${group ? `${group} ` : ''}<command> [options]`,
    '',
    'Commands:',
    ...shown.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    `Run \`intercede ${group ? `${group} ` : ''}<command> --help\` for a command's options.`,
  ].join('\n') + '\n';
}

/** Runs one CLI invocation in-process and returns its exit code (2 for a wrong call, 1 for a failure). */
export async function runCli(commands: readonly Command[], argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? io.stderr : io.stdout)(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const { command, rest, group } = resolve(commands, argv);
  if (!command) {
    if (group && (rest.length === 1 || rest[1] === '--help' || rest[1] === '-h')) {
      const asked = rest.length > 1;
      (asked ? io.stdout : io.stderr)(overview(commands, group));
      return asked ? 0 : 2;
    }
    io.stderr(`intercede: unknown command "${argv.slice(0, group ? 2 : 1).join(' ')}"\n${overview(commands, group)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command);
    }
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < min) throw new UsageError('missing argument', command);
    if (parsed.positionals.length > max) throw new UsageError(`unexpected argument "${parsed.positionals[max]}"`, command);
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`intercede: ${err.message}\n${usageLine(err.command ?? command)}\n`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof StartupError) {
      io.stderr(`intercede: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`intercede: ${message}\n`);
    return 1;
  }
}
