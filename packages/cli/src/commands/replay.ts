import type { Command } from '../command.js';
import { writeJson } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { ESCROW_HELP, ESCROW_OPTIONS, openEscrow } from '../store/escrow-options.js';
import { outcomeJson } from '../store/outcome-json.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow replay LOG_ID (--sqlite FILE | --postgres URL) --partner P --seller ID [--key-file FILE] [--verify-notify-id] [--gateway URL]';

export const replayCommand: Command = {
  name: 'replay',
  summary: "run a logged notification through verification and the pipeline again, on the app's database",
  usage,
  help: `${usage}

Does what escrow.replay(logId) and the console's 重跑 button do, from the terminal: reads the log
entry LOG_ID (see alipay-escrow logs) from your app's database, checks its signature again and
applies it as a new entry (channel replay). Use it after adding a missing order or resolving an
anomaly. Only what Alipay confirmed is replayed (a forgery is refused with REPLAY_REFUSED).

The CLI cannot call your app's hooks: a transition it applies leaves its effects (onPaid, …)
pending, and your app runs them on the order's next delivery or its next sweep
(code EFFECTS_DEFERRED). Prints one JSON object: the outcome and the effects left pending.

Options:
${ESCROW_HELP}
  --verify-notify-id   also ask the gateway's notify_verify again (Alipay forgets an id once
                       it was answered success)

Exit codes: 0 applied (or already applied); 1 refused, an anomaly, or the database failed; 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: { ...ESCROW_OPTIONS, 'verify-notify-id': { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new UsageError('replay takes one log entry id.', {
        hint: 'Find it with: alipay-escrow logs --sqlite FILE --verdict anomaly,error',
      });
    const opened = await openEscrow(values, io, secrets);
    try {
      const outcome = await opened.escrow.replay(positionals[0]!, {
        verifyNotifyId: values['verify-notify-id'] === true,
      });
      writeJson(io, await outcomeJson(opened.escrow, outcome));
      return outcome.verdict === 'applied' || outcome.verdict === 'duplicate' ? 0 : 1;
    } finally {
      await opened.close();
    }
  },
};
