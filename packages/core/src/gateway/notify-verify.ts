/**
 * `notify_verify` (docs/internals/notifications.md#notify_verify): an unsigned GET asking whether a notify_id is genuine.
 * Only the body `true` (optionally ending in one line break) counts; `false`, `invalid`, HTML,
 * ` true`, `TRUE`… are all 'rejected'. Network trouble is reported, never thrown.
 */
import { AlipayEscrowError } from '../errors/error.js';
import type { NotifyIdChecker, NotifyVerifyResult } from '../protocol/sign-types.js';
import type { GatewayContext } from './options.js';
import { exchangeWithGateway } from './request.js';
import type { GatewayClient } from './types.js';

const BODY_PREVIEW = 200;
const lenientUtf8 = new TextDecoder('utf-8');

/** `true`, `true\n` or `true\r\n`, as bytes: nothing else is a yes. */
function isExactlyTrue(bytes: Uint8Array): boolean {
  const t = bytes[0] === 0x74 && bytes[1] === 0x72 && bytes[2] === 0x75 && bytes[3] === 0x65;
  if (!t) return false;
  if (bytes.length === 4) return true;
  if (bytes.length === 5) return bytes[4] === 0x0a;
  return bytes.length === 6 && bytes[4] === 0x0d && bytes[5] === 0x0a;
}

/** The verify URL. notify_id is percent-encoded exactly once, as received (docs/internals/return.md#notify_id, C p31). */
export function notifyVerifyUrl(gatewayUrl: string, partner: string, notifyId: string): string {
  return `${gatewayUrl}?service=notify_verify&partner=${encodeURIComponent(partner)}&notify_id=${encodeURIComponent(notifyId)}`;
}

export async function notifyVerify(ctx: GatewayContext, notifyId: string): Promise<NotifyVerifyResult> {
  if (typeof notifyId !== 'string' || notifyId === '') {
    throw new AlipayEscrowError(
      'NOTIFY_ID_MISSING',
      'notifyVerify needs the notify_id of the notification (got none).',
      {
        hint: 'Pass the notify_id parameter exactly as received; a notification without one must be refused.',
        field: 'notify_id',
      },
    );
  }
  let url: string;
  try {
    url = notifyVerifyUrl(ctx.gatewayUrl, ctx.partner, notifyId);
  } catch {
    // encodeURIComponent throws on a lone surrogate: no genuine notify_id contains one.
    return { outcome: 'rejected' };
  }
  try {
    const { status, bytes } = await exchangeWithGateway(ctx, { method: 'GET', url, service: 'notify_verify' });
    if (status < 200 || status > 299) return { outcome: 'error', status };
    const body = lenientUtf8.decode(bytes.subarray(0, BODY_PREVIEW * 4)).slice(0, BODY_PREVIEW);
    return { outcome: isExactlyTrue(bytes) ? 'verified' : 'rejected', body, status };
  } catch (e) {
    if (AlipayEscrowError.is(e) && e.code === 'GATEWAY_TIMEOUT') return { outcome: 'timeout' };
    return { outcome: 'error' };
  }
}

/** A NotifyIdChecker backed by a gateway client (the same as `client.notifyVerify`). */
export function notifyIdChecker(client: Pick<GatewayClient, 'notifyVerify'>): NotifyIdChecker {
  return (notifyId) => client.notifyVerify(notifyId);
}
