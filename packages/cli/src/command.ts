import type { CliIo } from './io.js';
import type { Redactor } from './redact.js';

export interface CommandContext {
  /** The arguments after the command name. */
  readonly argv: readonly string[];
  readonly io: CliIo;
  /** Register every secret the command learns (keys) so no error text can echo it. */
  readonly secrets: Redactor;
}

/** One sub-command. Adding a command = one file in src/commands/ plus one line in commands/index.ts. */
export interface Command {
  readonly name: string;
  /** One line for the command list in `alipay-escrow --help`. */
  readonly summary: string;
  /** The synopsis, printed on stderr after a usage error. */
  readonly usage: string;
  /** The full text of `alipay-escrow <name> --help`. */
  readonly help: string;
  /** Runs the command and returns the exit code. Throws UsageError for a wrong invocation. */
  run(context: CommandContext): Promise<number>;
}
