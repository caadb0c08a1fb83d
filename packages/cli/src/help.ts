import type { Command } from './command.js';

export const GLOBAL_USAGE = 'usage: alipay-escrow <command> [options]   (alipay-escrow --help for the list)';

export function globalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'alipay-escrow — tools for Alipay escrow trade (担保交易, create_partner_trade_by_buyer)',
    '',
    'usage: alipay-escrow <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    '  -h, --help      show help (alipay-escrow <command> --help for one command)',
    '  -v, --version   print the version',
    '',
    'JSON commands print one JSON object on stdout. Exit codes: 0 ok, 1 rejected/failed, 2 usage error.',
    'A key you pass is never printed (`sandbox` prints the test key it generated, for you to paste).',
  ].join('\n');
}
