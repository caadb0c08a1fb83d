import { AlipayEscrowError } from '../../errors/error.js';
import { verifyNotification, verifyReturn, type VerifyMessageOptions } from '../../protocol/verify-message.js';
import type { NotificationLogEntry } from '../../store/types.js';
import { applyLogged } from '../pipeline/apply-logged.js';
import type { EscrowDeps } from '../deps.js';
import { logRefusal } from '../log/log-refusal.js';
import { genuineLogEntry, messageFields, refusedLogEntry, type NewLogEntry } from '../log/log-entry.js';
import type { ApplyOutcome, ReplayOptions } from '../types.js';

const MAX_CHAIN = 32;
const decoder = new TextDecoder();

/** The notify or return entry a (chain of) replay(s) started from. */
async function originOf(deps: EscrowDeps, entry: NotificationLogEntry): Promise<NotificationLogEntry> {
  let current = entry;
  for (let i = 0; i < MAX_CHAIN && current.channel === 'replay' && current.replayOf !== null; i++) {
    const previous = await deps.store.getLog(current.replayOf);
    if (previous === undefined) break;
    current = previous;
  }
  return current;
}

/**
 * Why the entry may not be replayed (with these options), or null when it may: only a message
 * Alipay once confirmed (authenticity `verified`, of the entry or of the notify/return it replays)
 * runs again as it is; one whose signature matched but that notify_verify never confirmed
 * (`signature`) only with a fresh notify_verify; nothing else at all. Otherwise anyone who can
 * reach a replay button could make the merchant apply a message Alipay never confirmed.
 */
function refusalOf(
  entry: NotificationLogEntry,
  origin: NotificationLogEntry,
  verifyNotifyId: boolean,
): { message: string; hint: string } | null {
  if (origin.channel !== 'notify' && origin.channel !== 'return') {
    return {
      message: `replay: entry ${entry.id} is a gateway reply (${origin.channel}), not a notification or return visit.`,
      hint: 'Call reconcile(outTradeNo) to ask the gateway again.',
    };
  }
  const proven = [entry.authenticity, origin.authenticity];
  if (proven.includes('verified')) return null;
  if (proven.includes('signature')) {
    if (verifyNotifyId) return null;
    return {
      message: `replay: entry ${entry.id} was never confirmed by notify_verify (${origin.code ?? 'no confirmation'}), so it is not replayed as it is.`,
      hint: 'Call replay(id, { verifyNotifyId: true }) to ask the gateway again (a return visit’s notify_id expires after about a minute), or reconcile(outTradeNo).',
    };
  }
  return {
    message: `replay: entry ${entry.id} was never proven genuine (${origin.code ?? 'not verified'}); only messages Alipay confirmed are replayed.`,
    hint: 'Nothing to replay: the message was refused for a reason a replay cannot change. Call reconcile(outTradeNo) to learn the order’s real state from Alipay.',
  };
}

/**
 * Runs a logged notification or return through verification and the pipeline again, as a new log
 * entry (channel 'replay', replayOf = logId): after fixing a hook, adding a missing order or
 * resolving an anomaly. The signature is always checked again (with the diagnosis on a mismatch);
 * notify_verify only when asked (`verifyNotifyId: true`), because Alipay invalidates a notify_id
 * once it was answered `success`. Only messages Alipay confirmed are replayed (see refusalOf);
 * anything else throws REPLAY_REFUSED (409), logged as a rejected replay entry.
 */
export async function replay(deps: EscrowDeps, logId: string, options: ReplayOptions = {}): Promise<ApplyOutcome> {
  const original = await deps.store.getLog(logId);
  if (original === undefined) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `replay: no log entry ${JSON.stringify(logId)}.`, {
      hint: 'Pass the id of an entry from listLog().',
      status: 404,
    });
  }
  const origin = await originOf(deps, original);
  const verifyNotifyId = options.verifyNotifyId === true;
  const replayed: Omit<NewLogEntry, 'authenticity'> = {
    channel: 'replay',
    method: original.method,
    raw: original.raw,
    headers: original.headers,
    remoteAddress: original.remoteAddress,
    receivedAt: deps.now(),
    replayOf: logId,
    digest: { rawSize: original.rawSize, rawSha256: original.rawSha256 },
  };

  const refusal = refusalOf(original, origin, verifyNotifyId);
  if (refusal !== null) {
    await logRefusal(
      deps,
      { ...replayed, authenticity: 'none' },
      {
        outTradeNo: original.outTradeNo,
        notifyId: original.notifyId,
        verdict: 'rejected',
        code: 'REPLAY_REFUSED',
        detail: refusal.message,
      },
    );
    throw new AlipayEscrowError('REPLAY_REFUSED', refusal.message, { hint: refusal.hint, status: 409 });
  }

  const verifyOptions: VerifyMessageOptions = {
    keys: deps.verifyKeys,
    charset: deps.config.charset,
    checkNotifyId: verifyNotifyId ? deps.gateway.notifyVerify : false,
    maxBodyBytes: deps.maxBodyBytes,
    // A replay is the merchant's own request: worth the per-parameter diagnosis on a mismatch.
    diagnose: true,
  };
  const verified =
    origin.channel === 'notify'
      ? await verifyNotification(original.raw, verifyOptions)
      : await verifyReturn(decoder.decode(original.raw), verifyOptions);
  if (!verified.valid) {
    const fields = messageFields(verified.params);
    const rejected = await refusedLogEntry(
      { ...replayed, authenticity: verified.signatureChecked ? 'signature' : 'none' },
      {
        ...fields,
        verdict: 'rejected',
        code: verified.code,
        detail: verified.error.message,
        reply: 'fail',
      },
    );
    await deps.store.appendLog(rejected);
    return {
      logId: rejected.id,
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

  // Confirmed once before, or just now by notify_verify: the replay entry keeps the whole message.
  // It is appended by the pipeline's first step, with the read of the order.
  const entry = await genuineLogEntry({ ...replayed, authenticity: 'verified' }, verified.params);
  return (
    await applyLogged(deps, {
      channel: 'replay',
      logId: entry.id,
      log: entry,
      params: verified.params,
      receivedAt: replayed.receivedAt,
    })
  ).outcome;
}
