import type { Command } from '../command.js';
import { writeJson } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { ESCROW_HELP, ESCROW_OPTIONS, openEscrow } from '../store/escrow-options.js';
import { outcomeJson } from '../store/outcome-json.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow reconcile OUT_TRADE_NO (--sqlite FILE | --postgres URL) --partner P --seller ID [--key-file FILE] [--gateway URL]';

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: "ask the gateway how it sees a trade (single_trade_query) and apply that to the app's order",
  usage,
  help: `${usage}

Does what escrow.reconcile(outTradeNo) and the console's 对账 button do, from the terminal: asks
the gateway's single_trade_query about the order and applies its answer through the same
pipeline as a notification (channel reconcile). Use it when notifications stopped: your server was
down for longer than Alipay retries, or notify_url was wrong.

The CLI cannot call your app's hooks: a transition it applies leaves its effects (onPaid, …)
pending, and your app runs them on the order's next delivery or its next sweep
(code EFFECTS_DEFERRED). Prints one JSON object: the outcome and the effects left pending.

Options:
${ESCROW_HELP}

Exit codes: 0 the order now matches the gateway; 1 the gateway refused (TRADE_NOT_EXIST, …), an
anomaly, or the database failed; 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: ESCROW_OPTIONS,
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new UsageError('reconcile takes one out_trade_no.', {
        hint: 'The order number your app gave createPayment.',
      });
    const opened = await openEscrow(values, io, secrets);
    try {
      const outcome = await opened.escrow.reconcile(positionals[0]!);
      writeJson(io, await outcomeJson(opened.escrow, outcome));
      return outcome.verdict === 'anomaly' || outcome.verdict === 'error' || outcome.verdict === 'rejected' ? 1 : 0;
    } finally {
      await opened.close();
    }
  },
};
