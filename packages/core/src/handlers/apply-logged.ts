import { applyMessage, type VerifiedInput } from './apply-message.js';
import type { EscrowContext } from './context.js';
import { failureUpdate } from './failure-update.js';
import { messageFields } from './log-entry.js';
import { outcomeUpdate, settleApplied, settleLog } from './settle-log.js';
import type { ApplyOutcome } from './types.js';

/**
 * The pipeline plus its log entry's verdict: the outcome is written to the entry in the last step
 * (with the effects' settlement), and an error that escapes the pipeline is written as verdict
 * `error` before it is re-thrown. `note` goes in front of the detail (which call produced the
 * message). `logged` is false when the final write failed.
 */
export async function applyLogged(ctx: EscrowContext, input: VerifiedInput, note?: string): Promise<{ outcome: ApplyOutcome; logged: boolean }> {
  let applied;
  try {
    applied = await applyMessage(ctx, input);
  } catch (error) {
    await settleLog(ctx.store, input.logId, failureUpdate(error, ctx.secrets, 'fail'));
    throw error;
  }
  return settleApplied(ctx, applied, input.logId, (outcome) => {
    const update = messageFields(input.params);
    Object.assign(update, outcomeUpdate(outcome, outcome.reply));
    if (note !== undefined) update.detail = outcome.detail === null ? note : `${note}: ${outcome.detail}`;
    return update;
  });
}
