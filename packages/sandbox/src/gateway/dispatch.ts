/** `/gateway.do`: dispatches on `service` like the real gateway. */
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { RawParam } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { asAlipayError, type SandboxContext } from '../context.js';
import { errorPage } from '../pages/error-page.js';
import { closeTradeService } from './close-trade.js';
import { createTradeService } from './create-trade.js';
import { notifyVerifyService } from './notify-verify.js';
import { plainValue, readRawParams, requestCharset } from './request-params.js';
import { signHelp, signHelpHtml } from './sign-help.js';
import { sendGoodsService } from './send-goods.js';
import { tradeQueryService } from './trade-query.js';
import { errorReply } from './xml-reply.js';

type Service = (raw: RawParam[], ctx: SandboxContext) => Promise<Response>;

/** Server-to-server calls answer XML; their errors too. */
const XML_SERVICES = new Map<string, Service>([
  ['send_goods_confirm_by_platform', sendGoodsService],
  ['single_trade_query', tradeQueryService],
  ['close_trade', closeTradeService],
]);

/** A create request's error page; ILLEGAL_SIGN also shows the pre-sign string and the expected sign (sign-help.ts). */
async function createErrorPage(e: unknown, raw: RawParam[], ctx: SandboxContext): Promise<Response> {
  const error = asAlipayError(e);
  if (error.code !== 'ILLEGAL_SIGN') return errorPage(error);
  let charset: Charset;
  try {
    charset = requestCharset(raw);
  } catch {
    return errorPage(error);
  }
  const help = await signHelp(raw, ctx.config, charset);
  return errorPage(error, 200, undefined, help === undefined ? '' : signHelpHtml(help, charset));
}

export async function handleGateway(request: Request, ctx: SandboxContext): Promise<Response> {
  let raw: RawParam[];
  try {
    raw = await readRawParams(request);
  } catch (e) {
    return errorPage(asAlipayError(e));
  }
  const service = plainValue(raw, 'service');
  if (service === 'notify_verify') return notifyVerifyService(raw, ctx);
  const xmlService = service === undefined ? undefined : XML_SERVICES.get(service);
  if (xmlService) {
    try {
      return await xmlService(raw, ctx);
    } catch (e) {
      return errorReply(asAlipayError(e).code);
    }
  }
  try {
    if (service === 'create_partner_trade_by_buyer')
      return await createTradeService(raw, ctx).catch((e: unknown) => createErrorPage(e, raw, ctx));
    throw new AlipayEscrowError(
      'ILLEGAL_SERVICE',
      service === undefined ? 'service is missing.' : `service ${JSON.stringify(service)} is not offered here.`,
      {
        hint: 'The sandbox offers create_partner_trade_by_buyer, notify_verify, send_goods_confirm_by_platform, single_trade_query and close_trade.',
        field: 'service',
      },
    );
  } catch (e) {
    return errorPage(asAlipayError(e));
  }
}
