/**
 * `notify_verify` (docs/internals/notifications.md#notify_verify): unsigned; answers the plain text `true` (a genuine
 * notify_id, still valid), `false` (unknown, expired, or already acknowledged with `success`) or
 * `invalid` (partner or notify_id missing, or a partner this gateway does not know).
 */
import type { RawParam } from '@alipay-escrow/core/protocol';
import type { SandboxContext } from '../context.js';

const lenient = new TextDecoder('utf-8');

function text(body: 'true' | 'false' | 'invalid'): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function notifyVerifyService(raw: RawParam[], ctx: SandboxContext): Response {
  const partner = raw.find((p) => p.key === 'partner');
  const notifyId = raw.find((p) => p.key === 'notify_id');
  if (!partner || !notifyId || notifyId.value.length === 0 || lenient.decode(partner.value) !== ctx.config.partner)
    return text('invalid');
  return text(ctx.engine.isGenuineNotifyId(lenient.decode(notifyId.value)) ? 'true' : 'false');
}
