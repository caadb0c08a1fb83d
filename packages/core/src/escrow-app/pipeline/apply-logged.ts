import { applyMessage, type VerifiedInput } from './apply-message.js';
import type { EscrowDeps } from '../deps.js';
import { messageFields } from '../log/log-entry.js';
import { failureUpdate, outcomeUpdate, settleApplied, settleLog } from '../log/settle-log.js';
import type { ApplyOutcome } from '../types.js';

/**
 * The pipeline plus its log entry's verdict: the outcome is written to the entry in the last step
 * (with the effects' settlement), and an error that escapes the pipeline is written as verdict
 * `error` before it is re-thrown. `note` goes in front of the detail (which call produced the
 * message). `logged` is false when the final write failed.
 */
export async function applyLogged(
  deps: EscrowDeps,
  input: VerifiedInput,
  note?: string,
): Promise<{ outcome: ApplyOutcome; logged: boolean }> {
  let applied;
  try {
    applied = await applyMessage(deps, input);
  } catch (error) {
    await settleLog(deps.store, input.logId, failureUpdate(error, deps.secrets, 'fail'));
    throw error;
  }
  return settleApplied(deps, applied, input.logId, (outcome) => {
    const update = messageFields(input.params);
    Object.assign(update, outcomeUpdate(outcome, outcome.reply));
    if (note !== undefined) update.detail = outcome.detail === null ? note : `${note}: ${outcome.detail}`;
    return update;
  });
}
