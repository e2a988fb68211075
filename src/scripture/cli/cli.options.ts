// Small argument checks the bible commands share; a bad value is a usage error (exit 2).
import { UsageError, type Command, type CommandArgs } from '../../platform/cli/command.js';

/** A whole-number option within bounds, or undefined when absent. */
export function intOption(args: CommandArgs, name: string, min: number, max: number, command: Command): number | undefined {
  const raw = args.values[name];
  if (raw === undefined) return undefined;
  const s = String(raw);
  if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${s}")`, command);
  }
  return Number(s);
}

/** A string option, or undefined when absent. */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const raw = args.values[name];
  return raw === undefined ? undefined : String(raw);
}

/** The positionals joined with spaces ("John 3:16" may arrive as two words). */
export function joinedPositionals(args: CommandArgs): string {
  return args.positionals.join(' ').trim();
}
