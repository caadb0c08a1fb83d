import { AlipayEscrowError } from '../../errors/error.js';
import { refusedReplyBytes } from '../../gateway/refused-reply.js';
import type { LogAuthenticity, NotificationLogEntry } from '../../store/types.js';
import type { EscrowDeps } from '../deps.js';
import { newLogEntry, type NewLogEntry } from '../log/log-entry.js';
import { logRefusal } from '../log/log-refusal.js';

/** The channels of the merchant's own gateway calls whose replies go through the pipeline. */
export type GatewayReplyChannel = 'reconcile' | 'send_goods';

function replyEntry(
  deps: EscrowDeps,
  channel: GatewayReplyChannel,
  raw: Uint8Array,
  authenticity: LogAuthenticity,
): NewLogEntry {
  return { channel, method: 'POST', raw, authenticity, headers: {}, remoteAddress: null, receivedAt: deps.now() };
}

/**
 * Appends the log entry (verdict `received`) of a reply the client accepted. Authenticity is
 * `verified` only when its sign was checked: the reply is then Alipay's own words.
 */
export async function logGatewayReply(
  deps: EscrowDeps,
  channel: GatewayReplyChannel,
  raw: Uint8Array,
  signVerified: boolean | 'absent',
): Promise<NotificationLogEntry> {
  const entry = await newLogEntry(replyEntry(deps, channel, raw, signVerified === true ? 'verified' : 'none'));
  await deps.store.appendLog(entry);
  return entry;
}

/**
 * When `error` is the gateway client refusing a reply it received (not the documented XML, a wrong
 * sign, a trade record without one), logs that reply as rejected with the error's code, so the
 * merchant can see what came back. Timeouts and network errors leave no entry (nothing came back).
 */
export async function logRefusedReply(
  deps: EscrowDeps,
  channel: GatewayReplyChannel,
  outTradeNo: string,
  error: unknown,
): Promise<void> {
  const raw = refusedReplyBytes(error);
  if (raw === undefined || !AlipayEscrowError.is(error)) return;
  await logRefusal(deps, replyEntry(deps, channel, raw, 'none'), {
    outTradeNo,
    verdict: 'rejected',
    code: error.code,
    detail: error.message,
    reply: null,
  });
}
