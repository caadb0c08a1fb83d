/** `create-alipay-escrow`: choose a template and a folder (flags, or questions on a terminal), then write the project. */
import { relative } from 'node:path';
import { parseOptions } from './options.js';
import { terminalPrompt, type Prompt } from './prompt.js';
import { assertUsableTarget, scaffold } from './scaffold.js';
import { loadTemplates, type Template } from './templates.js';
import { UsageError } from './usage-error.js';

/** Where main reads and writes; the process's by default, replaced in tests. */
export interface MainIo {
  out(text: string): void;
  err(text: string): void;
  /** True when questions can be asked (stdin is a terminal). */
  interactive: boolean;
  prompt(): Prompt;
}

const processIo: MainIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: process.stdin.isTTY === true,
  prompt: () => terminalPrompt(),
};

function help(templates: readonly Template[]): string {
  return `usage: npm create alipay-escrow@latest [-- [DIR] [--template NAME] [--dir DIR] [--yes]]
       npx create-alipay-escrow [DIR] [--template NAME] [--dir DIR] [--yes]

Writes a new shop that takes Alipay escrow payments, from one of the alipay-escrow recipes, into
DIR (a new or empty folder). In it, \`npm install && npm run dev\` starts the local sandbox and the
shop, configured with the sandbox's gateway URL, partner, key and seller.

Templates:
${templates.map((t) => `  ${t.name.padEnd(16)} ${t.description}`).join('\n')}

Options:
  -t, --template NAME  one of the templates above (asked on a terminal when left out)
  -d, --dir DIR        the project folder (asked on a terminal when left out)
  -y, --yes            ask nothing: template getting-started, folder named after the template
  -h, --help           this text

Exit codes: 0 written; 1 failed; 2 usage error (nothing written).
`;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], io: MainIo = processIo): Promise<number> {
  try {
    const options = parseOptions(argv);
    const templates = loadTemplates();
    if (options.help) {
      io.out(help(templates));
      return 0;
    }
    const ask = !options.yes && io.interactive && (options.template === undefined || options.dir === undefined);
    if (!ask && !options.yes && (options.template === undefined || options.dir === undefined)) {
      throw new UsageError(
        `Give ${options.template === undefined ? '--template NAME' : '--dir DIR'} (stdin is not a terminal, so nothing can be asked), or --yes for the defaults.`,
      );
    }
    if (options.template !== undefined && !templates.some((t) => t.name === options.template)) {
      throw new UsageError(
        `Unknown template ${JSON.stringify(options.template)}: choose one of ${templates.map((t) => t.name).join(', ')}.`,
      );
    }
    let template = templates.find((t) => t.name === (options.template ?? 'getting-started'))!;
    let dir = options.dir ?? `alipay-escrow-${template.name}`;
    if (ask) {
      const prompt = io.prompt();
      try {
        if (options.template === undefined) template = await prompt.template(templates);
        if (options.dir === undefined) dir = await prompt.dir(`alipay-escrow-${template.name}`);
      } finally {
        prompt.close();
      }
    }
    assertUsableTarget(dir);
    scaffold(template, dir);
    const shown = relative(process.cwd(), dir) || '.';
    io.out(
      `Wrote the ${template.name} template (${template.description}) into ${shown}.\n\nNext:\n  cd ${shown}\n  npm install\n  npm run dev\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`create-alipay-escrow: ${error.message}\n`);
      return 2;
    }
    io.err(`create-alipay-escrow: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
