/**
 * A signed server-to-server call (docs/internals/signing.md#server-calls): sign `service`, `partner`, `_input_charset` and
 * the business parameters, then POST them as a form body in the charset's bytes to
 * `gateway?_input_charset=<cs>`, as the official v3.3 demos do. Returns the parsed XML reply.
 */
import { formEncodePairs } from '../protocol/form-encode.js';
import { signedPairs } from '../protocol/presign.js';
import { signParams } from '../protocol/sign.js';
import type { GatewayContext } from './options.js';
import { refusingReply } from './refused-reply.js';
import { parseGatewayReply, type GatewayReply } from './reply.js';
import { exchangeWithGateway, requireHttpOk } from './request.js';

/** The form body and URL of a signed call (exposed for tests and for logging). */
export async function buildSignedCall(
  ctx: GatewayContext,
  service: string,
  business: Record<string, string | undefined>,
): Promise<{ url: string; form: string; presign: string }> {
  const params: Record<string, string | undefined> = {
    ...business,
    service,
    partner: ctx.partner,
    _input_charset: ctx.charset,
  };
  const { sign, signType, presign } = await signParams(params, ctx.keys, { charset: ctx.charset });
  const pairs = [...signedPairs(params), ['sign', sign], ['sign_type', signType]] as [string, string][];
  return {
    url: `${ctx.gatewayUrl}?_input_charset=${encodeURIComponent(ctx.charset)}`,
    form: formEncodePairs(pairs, ctx.charset),
    presign,
  };
}

export async function callSigned(
  ctx: GatewayContext,
  service: string,
  business: Record<string, string | undefined>,
): Promise<GatewayReply> {
  const { url, form } = await buildSignedCall(ctx, service, business);
  const res = requireHttpOk(await exchangeWithGateway(ctx, { method: 'POST', url, form, service }), service);
  return await refusingReply(res.bytes, () => parseGatewayReply(res.bytes, service));
}
