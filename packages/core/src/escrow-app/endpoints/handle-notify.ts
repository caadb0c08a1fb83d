import { verifyNotification, type VerifyResult } from '../../protocol/verify-core.js';
import { applyLogged } from '../pipeline/apply-logged.js';
import type { EscrowDeps } from '../deps.js';
import type { RequestInfo } from '../request-info.js';
import { failureUpdate } from '../log/settle-log.js';
import { clientAddress, isAllowed } from './ip-allow-list.js';
import { logRefusal } from '../log/log-refusal.js';
import { genuineLogEntry, messageFields, type NewLogEntry } from '../log/log-entry.js';
import { readBodyCapped } from './read-body.js';
import { redactHeaders } from '../log/redact-headers.js';

/**
 * notify_url (docs/internals/architecture.md#notification-path): POST only → body read with a byte cap
 * and a deadline (Content-Type ignored; over the cap → 413, too slow → 408, both `fail` and logged
 * without a body) → IP allow-list (when on) → signature and notify_verify → logged → the
 * apply pipeline → exactly `success` or `fail`.
 *
 * What the log costs is bounded by what the request proved: a refused request (address not
 * allowed, forged, malformed, not confirmed) is logged once, settled, with a SHA-256, its size and
 * only the first LOG_RAW_PREFIX_BYTES of its body (the whole body when only notify_verify failed
 * it); a genuine one is logged whole in the first step of applying it (one store call with the
 * notify_id binding and the read of the order) and settled with the outcome in the last. A store
 * call that fails for a genuine message means `fail`, so Alipay delivers it again.
 */
export async function handleNotify(deps: EscrowDeps, request: Request, info: RequestInfo = {}): Promise<Response> {
  if (request.method !== 'POST') return ackResponse('fail', 405, { allow: 'POST' });

  const remoteAddress = clientAddress(request, info.remoteAddress, deps.ipAllowList);
  const receivedAt = deps.now();
  let body;
  try {
    body = await readBodyCapped(request, deps.maxBodyBytes, { timeoutMs: deps.bodyReadTimeoutMs });
  } catch {
    return ackResponse('fail', 400);
  }
  if (!body.ok) {
    // Logged without a body (none was read whole): what arrived, from where, and why it was cut.
    const timeout = body.reason === 'timeout';
    await logRefusal(
      deps,
      {
        channel: 'notify',
        method: request.method,
        raw: new Uint8Array(0),
        headers: redactHeaders(request.headers),
        remoteAddress,
        receivedAt,
        authenticity: 'none',
      },
      {
        verdict: 'rejected',
        code: timeout ? 'BODY_READ_TIMEOUT' : 'BODY_TOO_LARGE',
        detail: timeout
          ? `The body did not arrive whole within ${deps.bodyReadTimeoutMs} ms; reading stopped.`
          : `The body is larger than ${deps.maxBodyBytes} bytes; reading stopped.`,
        reply: 'fail',
      },
    );
    return ackResponse('fail', timeout ? 408 : 413);
  }

  const received: Omit<NewLogEntry, 'authenticity'> = {
    channel: 'notify',
    method: request.method,
    raw: body.bytes,
    headers: redactHeaders(request.headers),
    remoteAddress,
    receivedAt,
  };

  if (deps.ipAllowList && !isAllowed(remoteAddress, deps.ipAllowList)) {
    await logRefusal(
      deps,
      { ...received, authenticity: 'none' },
      {
        verdict: 'rejected',
        code: 'IP_NOT_ALLOWED',
        detail:
          remoteAddress === null ? 'The source address is unknown.' : `${remoteAddress} is outside the allowed ranges.`,
        reply: 'fail',
      },
    );
    return ackResponse('fail', 403);
  }

  let verified: VerifyResult;
  try {
    verified = await verifyNotification(body.bytes, {
      keys: deps.verifyKeys,
      charset: deps.config.charset,
      checkNotifyId: deps.gateway.notifyVerify,
      maxBodyBytes: deps.maxBodyBytes,
    });
  } catch (error) {
    await logRefusal(deps, { ...received, authenticity: 'none' }, failureUpdate(error, deps.secrets, 'fail'));
    return ackResponse('fail');
  }
  if (!verified.valid) {
    await logRefusal(
      deps,
      { ...received, authenticity: verified.signatureChecked ? 'signature' : 'none' },
      {
        ...messageFields(verified.params),
        verdict: 'rejected',
        code: verified.code,
        detail: verified.error.message,
        reply: 'fail',
      },
    );
    return ackResponse('fail');
  }

  let entry;
  try {
    entry = await genuineLogEntry({ ...received, authenticity: 'verified' }, verified.params);
  } catch {
    return ackResponse('fail');
  }
  try {
    const input = {
      channel: 'notify' as const,
      logId: entry.id,
      log: entry,
      params: verified.params,
      receivedAt: received.receivedAt,
    };
    const { outcome, logged } = await applyLogged(deps, input);
    return ackResponse(logged ? outcome.reply : 'fail');
  } catch {
    // applyLogged wrote the error to the entry (if the entry was written at all).
    return ackResponse('fail');
  }
}

/** The two bodies Alipay understands on notify_url (docs/internals/notifications.md#reply): exactly these 7 or 4 bytes. */
export type Ack = 'success' | 'fail';

/** `success` / `fail` as text/plain, nothing else in the body. */
export function ackResponse(ack: Ack, status = 200, headers?: Record<string, string>): Response {
  return new Response(ack, { status, headers: headers === undefined ? ACK_HEADERS : { ...ACK_HEADERS, ...headers } });
}

/** The headers of every ack (Response copies them, so one object serves all). */
const ACK_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
};
