import { verifyNotification, type VerifyResult } from '../protocol/verify-core.js';
import { ackResponse } from './ack.js';
import { applyLogged } from './apply-logged.js';
import type { EscrowContext } from './context.js';
import { failureUpdate } from './failure-update.js';
import { clientAddress, isAllowed } from './ip-allow-list.js';
import { logRefusal } from './log-refusal.js';
import { genuineLogEntry, messageFields, type NewLogEntry } from './log-entry.js';
import { readBodyCapped } from './read-body.js';
import { redactHeaders } from './redact-headers.js';

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
export async function handleNotify(ctx: EscrowContext, request: Request, context: { remoteAddress?: string } = {}): Promise<Response> {
  if (request.method !== 'POST') return ackResponse('fail', 405, { allow: 'POST' });

  const remoteAddress = clientAddress(request, context.remoteAddress, ctx.ipAllowList);
  const receivedAt = ctx.now();
  let body;
  try {
    body = await readBodyCapped(request, ctx.maxBodyBytes, { timeoutMs: ctx.bodyReadTimeoutMs });
  } catch {
    return ackResponse('fail', 400);
  }
  if (!body.ok) {
    // Logged without a body (none was read whole): what arrived, from where, and why it was cut.
    const timeout = body.reason === 'timeout';
    await logRefusal(
      ctx,
      { channel: 'notify', method: request.method, raw: new Uint8Array(0), headers: redactHeaders(request.headers), remoteAddress, receivedAt, authenticity: 'none' },
      {
        verdict: 'rejected',
        code: timeout ? 'BODY_READ_TIMEOUT' : 'BODY_TOO_LARGE',
        detail: timeout
          ? `The body did not arrive whole within ${ctx.bodyReadTimeoutMs} ms; reading stopped.`
          : `The body is larger than ${ctx.maxBodyBytes} bytes; reading stopped.`,
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

  if (ctx.ipAllowList && !isAllowed(remoteAddress, ctx.ipAllowList)) {
    await logRefusal(ctx, { ...received, authenticity: 'none' }, {
      verdict: 'rejected',
      code: 'IP_NOT_ALLOWED',
      detail: remoteAddress === null ? 'The source address is unknown.' : `${remoteAddress} is outside the allowed ranges.`,
      reply: 'fail',
    });
    return ackResponse('fail', 403);
  }

  let verified: VerifyResult;
  try {
    verified = await verifyNotification(body.bytes, {
      keys: ctx.verifyKeys,
      charset: ctx.config.charset,
      checkNotifyId: ctx.gateway.notifyVerify,
      maxBodyBytes: ctx.maxBodyBytes,
    });
  } catch (error) {
    await logRefusal(ctx, { ...received, authenticity: 'none' }, failureUpdate(error, ctx.secrets, 'fail'));
    return ackResponse('fail');
  }
  if (!verified.valid) {
    await logRefusal(ctx, { ...received, authenticity: verified.signatureChecked ? 'signature' : 'none' }, {
      ...messageFields(verified.params),
      verdict: 'rejected',
      code: verified.code,
      detail: verified.error.message,
      reply: 'fail',
    });
    return ackResponse('fail');
  }

  let entry;
  try {
    entry = await genuineLogEntry({ ...received, authenticity: 'verified' }, verified.params);
  } catch {
    return ackResponse('fail');
  }
  try {
    const input = { channel: 'notify' as const, logId: entry.id, log: entry, params: verified.params, receivedAt: received.receivedAt };
    const { outcome, logged } = await applyLogged(ctx, input);
    return ackResponse(logged ? outcome.reply : 'fail');
  } catch {
    // applyLogged wrote the error to the entry (if the entry was written at all).
    return ackResponse('fail');
  }
}
