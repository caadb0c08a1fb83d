/** `send_goods_confirm_by_platform` (docs/internals/send-goods.md): the seller confirms shipment of an escrow trade. */
import { AlipayEscrowError } from '../errors/error.js';
import type { GatewayContext } from './options.js';
import { callSigned } from './signed-call.js';
import { tradeResultOf } from './trade-reply.js';
import type { SendGoodsInput, SendGoodsResult } from './types.js';
import { checkIpv4, checkText, checkTransportType } from './validate.js';

const SERVICE = 'send_goods_confirm_by_platform';
const CALL = 'sendGoods';

/** Checks the input like the gateway does (docs/internals/send-goods.md#request; S pp7-8, table 9-1) and returns the business parameters. */
export function sendGoodsParams(input: SendGoodsInput): Record<string, string | undefined> {
  if (typeof input !== 'object' || input === null) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${CALL}: the input must be an object.`, {
      hint: 'Pass { tradeNo, logisticsName, transportType, … }.',
    });
  }
  const ref = (option: string, param: string) => ({ call: CALL, option, param });
  const params = {
    trade_no: checkText(input.tradeNo, ref('tradeNo', 'trade_no'), 16, 64, true),
    logistics_name: checkText(input.logisticsName, ref('logisticsName', 'logistics_name'), 1, 64, true),
    invoice_no: checkText(input.invoiceNo, ref('invoiceNo', 'invoice_no'), 1, 32, false),
    transport_type: checkTransportType(input.transportType, ref('transportType', 'transport_type')),
    create_transport_type: checkTransportType(
      input.createTransportType,
      ref('createTransportType', 'create_transport_type'),
    ),
    seller_ip: checkIpv4(input.sellerIp, ref('sellerIp', 'seller_ip')),
  };
  if (params.transport_type === undefined && params.create_transport_type === undefined) {
    throw new AlipayEscrowError(
      'TRANSPORT_TYPE_MISSING',
      `${CALL}: neither transportType nor createTransportType is given.`,
      {
        hint: 'Give transportType (how you shipped: POST, EXPRESS, EMS or DIRECT); the gateway refuses the call when both are empty (Alipay send-goods spec, pp. 7–8).',
        field: 'transport_type',
      },
    );
  }
  return params;
}

export async function sendGoods(ctx: GatewayContext, input: SendGoodsInput): Promise<SendGoodsResult> {
  const reply = await callSigned(ctx, SERVICE, sendGoodsParams(input));
  return await tradeResultOf(ctx, reply, 'tradeBase', SERVICE);
}
