import { explain } from '@alipay-escrow/core';
import { formatExplanation, listErrorCodes } from '@alipay-escrow/core/errors';
import type { Command } from '../command.js';
import { writeNote, writeText } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const usage = 'usage: alipay-escrow explain CODE [--lang zh|en|both] | alipay-escrow explain --list';
const LANGS = ['zh', 'en', 'both'] as const;
type Lang = (typeof LANGS)[number];

export const explainCommand: Command = {
  name: 'explain',
  summary: 'print the cause and fix of a gateway or library error code (e.g. ILLEGAL_SIGN)',
  usage,
  help: `${usage}

Prints what an error code means, why it happens and how to fix it, in Chinese and/or English.
Codes are case-insensitive; "-" may stand for "_" (illegal-sign). Both Alipay's gateway codes
(ILLEGAL_SIGN, ILLEGAL_PARTNER, ...) and this library's codes (SIGN_MISMATCH, ...) are known.

Options:
  --lang zh|en|both   default both (Chinese first)
  --list              list every code

Exit codes: 0 explained; 1 unknown code; 2 usage error.`,

  async run({ argv, io }) {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: { lang: { type: 'string' }, list: { type: 'boolean' } },
      allowPositionals: true,
    });
    const lang = values.lang ?? 'both';
    if (!(LANGS as readonly string[]).includes(lang)) {
      throw new UsageError(`--lang ${JSON.stringify(lang)} is not supported: use zh, en or both.`);
    }
    if (values.list === true) {
      if (positionals.length > 0) throw new UsageError('explain --list takes no code.');
      const lines = listErrorCodes().map((code) => {
        const entry = explain(code);
        const title = entry
          ? lang === 'both'
            ? `${entry.title.zh} / ${entry.title.en}`
            : entry.title[lang as 'zh' | 'en']
          : '';
        return `${code.padEnd(34)} ${title}`.trimEnd();
      });
      writeText(io, lines.join('\n'));
      return 0;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? 'explain needs an error CODE.' : 'explain takes one CODE at a time.',
      );
    }
    const code = positionals[0]!;
    const entry = explain(code);
    if (!entry) {
      writeNote(
        io,
        `Unknown error code ${JSON.stringify(code)}. Run \`alipay-escrow explain --list\` to see all codes.\n` +
          `未知错误码 ${JSON.stringify(code)}。运行 \`alipay-escrow explain --list\` 查看全部错误码。`,
      );
      return 1;
    }
    writeText(io, formatExplanation(entry, lang as Lang));
    return 0;
  },
};
