import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** node:util parseArgs (strict), with its errors turned into UsageError. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config); // strict by default: unknown options are errors
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      // Not quoted: a key typed without its --key flag would otherwise be echoed back.
      throw new UsageError('Unexpected argument: this command takes only --options (its input comes on stdin).');
    }
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new UsageError(message);
  }
}
