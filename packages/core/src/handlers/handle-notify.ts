import { verifyNotification } from '../protocol/verify-message.js';
import { ackResponse } from './ack.js';
import { applyLogged } from './apply-logged.js';
import type { EscrowContext } from './context.js';
import { failureUpdate } from './failure-update.js';
import { clientAddress, isAllowed } from './ip-allow-list.js';
import { messageFields, newLogEntry } from './log-entry.js';
import { readBodyCapped } from './read-body.js';
import { redactHeaders } from './redact-headers.js';
import { settleLog } from './settle-log.js';

/**
 * notify_url (DESIGN.md "The way a notification travels"): POST only → body read with a byte cap
 * (Content-Type ignored) → logged raw before anything else → IP allow-list (when on) → signature
 * and notify_verify → the apply pipeline → exactly `success` or `fail`.
 */
export async function handleNotify(ctx: EscrowContext, request: Request, context: { remoteAddress?: string } = {}): Promise<Response> {
  if (request.method !== 'POST') return ackResponse('fail', 405, { allow: 'POST' });

  let body;
  try {
    body = await readBodyCapped(request, ctx.maxBodyBytes);
  } catch {
    return ackResponse('fail', 400);
  }
  if (!body.ok) return ackResponse('fail', 413);

  const remoteAddress = clientAddress(request, context.remoteAddress, ctx.ipAllowList);
  const entry = newLogEntry({
    channel: 'notify',
    method: request.method,
    raw: body.bytes,
    headers: redactHeaders(request.headers),
    remoteAddress,
    receivedAt: ctx.now(),
  });
  try {
    await ctx.store.appendLog(entry);
  } catch {
    return ackResponse('fail');
  }

  try {
    if (ctx.ipAllowList && !isAllowed(remoteAddress, ctx.ipAllowList)) {
      await settleLog(ctx.store, entry.id, {
        verdict: 'rejected',
        code: 'IP_NOT_ALLOWED',
        detail: remoteAddress === null ? 'The source address is unknown.' : `${remoteAddress} is outside the allowed ranges.`,
        reply: 'fail',
      });
      return ackResponse('fail', 403);
    }

    const verified = await verifyNotification(body.bytes, {
      keys: ctx.verifyKeys,
      charset: ctx.config.charset,
      checkNotifyId: ctx.gateway.notifyVerify,
      maxBodyBytes: ctx.maxBodyBytes,
    });
    if (!verified.valid) {
      await settleLog(ctx.store, entry.id, {
        ...messageFields(verified.params),
        verdict: 'rejected',
        code: verified.code,
        detail: verified.error.message,
        reply: 'fail',
      });
      return ackResponse('fail');
    }

    const { outcome, logged } = await applyLogged(ctx, { channel: 'notify', logId: entry.id, params: verified.params });
    return ackResponse(logged ? outcome.reply : 'fail');
  } catch (error) {
    await settleLog(ctx.store, entry.id, failureUpdate(error, ctx.secrets, 'fail'));
    return ackResponse('fail');
  }
}
