/** The command line of `create-alipay-escrow`, parsed; a mistake throws a UsageError. */
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** What the user gave on the command line. */
export interface Options {
  template: string | undefined;
  dir: string | undefined;
  /** Take the defaults instead of asking (also when stdin is a terminal). */
  yes: boolean;
  help: boolean;
}

/** Parses `[dir] [--template NAME] [--dir DIR] [--yes] [--help]`. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        template: { type: 'string', short: 't' },
        dir: { type: 'string', short: 'd' },
        yes: { type: 'boolean', short: 'y' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} See --help.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`Give one target folder, not ${positionals.length} (${positionals.join(' ')}).`);
  if (positionals.length === 1 && values.dir !== undefined)
    throw new UsageError(`Give the target folder once: as --dir or as ${positionals[0]}, not both.`);
  return {
    template: values.template,
    dir: values.dir ?? positionals[0],
    yes: values.yes === true,
    help: values.help === true,
  };
}
