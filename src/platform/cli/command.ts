import type { ParseArgsConfig } from 'node:util';

/** Where a command writes, so tests can run commands in-process and read what they printed. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for commands that take text on stdin). */
  stdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal (progress bars only then)? */
  isTTY: boolean;
}

/** Parsed arguments handed to a command. */
export interface CommandArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/** One CLI command, e.g. `serve` or `bible read`. Commands translate arguments and call services. */
export interface Command {
  /** Words after `intercede`, e.g. `['bible', 'read']`. */
  readonly path: readonly string[];
  readonly summary: string;
  /** The usage line without the leading `intercede `, e.g. `serve [--port N]`. */
  readonly usage: string;
  /** Option descriptions for --help, in display order. */
  readonly help?: ReadonlyArray<[flag: string, description: string]>;
  readonly options?: ParseArgsConfig['options'];
  readonly positionals?: { min: number; max: number };
  /** Returns the exit code. A long-running command (serve) resolves when it should exit. */
  run(args: CommandArgs, io: CliIO): Promise<number>;
}

/** A wrong call: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: Command) {
    super(message);
    this.name = 'UsageError';
  }
}
