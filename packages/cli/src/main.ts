import type { Command } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { GLOBAL_USAGE, globalHelp } from './help.js';
import type { CliIo } from './io.js';
import { writeJson, writeNote, writeText } from './output.js';
import { Redactor } from './redact.js';
import { reportError } from './report-error.js';
import { UsageError } from './usage-error.js';
import { cliVersion } from './version.js';

const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-v', '--version']);
/** Flags whose values are secrets, masked in any error text even before parsing succeeds. */
const SECRET_FLAGS = ['--key'];

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const secrets = new Redactor();
  secrets.addFromArgv(argv, SECRET_FLAGS);

  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (first === undefined || HELP_FLAGS.has(first) || first === 'help') {
      const topic = first === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined;
      if (first === 'help' && rest[0] !== undefined && !topic) throw unknownCommand(rest[0]);
      if (first === undefined) {
        writeJson(io, {
          error: { code: 'USAGE_ERROR', message: 'No command given.', hint: 'Run alipay-escrow --help for the list.' },
        });
        writeNote(io, globalHelp(commands));
        return 2;
      }
      writeText(io, topic ? topic.help : globalHelp(commands));
      return 0;
    }
    if (VERSION_FLAGS.has(first)) {
      writeText(io, cliVersion());
      return 0;
    }
    command = findCommand(first);
    if (!command) throw unknownCommand(first);
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      writeText(io, command.help);
      return 0;
    }
    return await command.run({ argv: rest, io, secrets });
  } catch (error) {
    const report = reportError(error);
    // Only error texts are redacted (see Redactor), before JSON escaping could hide a secret;
    // results go out as they are.
    const body = Object.fromEntries(Object.entries(report.body).map(([k, v]) => [k, secrets.redact(v)]));
    writeJson(io, { error: body });
    if (report.showUsage) writeNote(io, command ? command.usage : GLOBAL_USAGE);
    return report.exitCode;
  }
}

function unknownCommand(name: string): UsageError {
  const known = commands.map((c) => c.name).join(', ');
  return new UsageError(`Unknown command ${JSON.stringify(name)}. Commands: ${known}.`, {
    hint: 'Run alipay-escrow --help for the list.',
  });
}
