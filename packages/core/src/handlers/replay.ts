import { AlipayEscrowError } from '../errors/error.js';
import { verifyNotification, verifyReturn, type VerifyMessageOptions } from '../protocol/verify-message.js';
import type { NotificationLogEntry } from '../store/types.js';
import { applyLogged } from './apply-logged.js';
import type { EscrowContext } from './context.js';
import { messageFields, newLogEntry } from './log-entry.js';
import { settleLog } from './settle-log.js';
import type { ApplyOutcome } from './types.js';

const MAX_CHAIN = 32;
const decoder = new TextDecoder();

function notReplayable(message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { hint, status: 404 });
}

/** The notify or return entry a (chain of) replay(s) started from. */
async function originOf(ctx: EscrowContext, entry: NotificationLogEntry): Promise<NotificationLogEntry> {
  let current = entry;
  for (let i = 0; i < MAX_CHAIN && current.channel === 'replay' && current.replayOf !== null; i++) {
    const previous = await ctx.store.getLog(current.replayOf);
    if (previous === undefined) break;
    current = previous;
  }
  return current;
}

/**
 * Runs a logged notification or return through verification and the pipeline again, as a new log
 * entry (channel 'replay', replayOf = logId): after fixing a hook, adding a missing order or
 * resolving an anomaly. The signature is always checked again; notify_verify only when asked
 * (`verifyNotifyId: true`), because Alipay invalidates a notify_id once it was answered `success`.
 */
export async function replay(ctx: EscrowContext, logId: string, options: { verifyNotifyId?: boolean } = {}): Promise<ApplyOutcome> {
  const original = await ctx.store.getLog(logId);
  if (original === undefined) {
    throw notReplayable(`replay: no log entry ${JSON.stringify(logId)}.`, 'Pass the id of an entry from listLog().');
  }
  const origin = await originOf(ctx, original);
  if (origin.channel !== 'notify' && origin.channel !== 'return') {
    throw notReplayable(`replay: entry ${logId} is a gateway reply (${origin.channel}), not a notification.`, 'Call reconcile(outTradeNo) to ask the gateway again.');
  }

  const entry = newLogEntry({
    channel: 'replay',
    method: original.method,
    raw: original.raw,
    headers: original.headers,
    remoteAddress: original.remoteAddress,
    receivedAt: ctx.now(),
    replayOf: logId,
  });
  await ctx.store.appendLog(entry);

  const verifyOptions: VerifyMessageOptions = {
    keys: ctx.verifyKeys,
    charset: ctx.config.charset,
    checkNotifyId: options.verifyNotifyId === true ? ctx.gateway.notifyVerify : false,
    maxBodyBytes: ctx.maxBodyBytes,
  };
  const verified =
    origin.channel === 'notify'
      ? await verifyNotification(original.raw, verifyOptions)
      : await verifyReturn(decoder.decode(original.raw), verifyOptions);
  if (!verified.valid) {
    const fields = messageFields(verified.params);
    await settleLog(ctx.store, entry.id, { ...fields, verdict: 'rejected', code: verified.code, detail: verified.error.message, reply: 'fail' });
    return {
      logId: entry.id,
      channel: 'replay',
      verdict: 'rejected',
      code: verified.code,
      detail: verified.error.message,
      reply: 'fail',
      outTradeNo: fields.outTradeNo ?? null,
      order: null,
      effectsDone: false,
      anomaly: null,
    };
  }
  return (await applyLogged(ctx, { channel: 'replay', logId: entry.id, params: verified.params })).outcome;
}
