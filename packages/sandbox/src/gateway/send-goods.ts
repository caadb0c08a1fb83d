/**
 * `send_goods_confirm_by_platform` (docs/internals/send-goods.md#request): the seller ships. Parameters per S table 4-1
 * (ILLEGAL_ARGUMENT as S table 9-1 lists), then TRADE_NOT_EXIST / TRADE_STATUS_NOT_AVAILD; on
 * success the trade is WAIT_BUYER_CONFIRM_GOODS, its notification queued, and the reply carries
 * the signed `<tradeBase>`.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { RawParam } from '@alipay-escrow/core/protocol';
import { TRANSPORT_TYPES } from '@alipay-escrow/core/gateway';
import { signingKeys } from '../config.js';
import type { SandboxContext } from '../context.js';
import type { ShippingRecord } from '../store/types.js';
import { givenParam, verifiedCall } from './signed-service.js';
import { tradeBaseFields } from './trade-xml-fields.js';
import { recordReply } from './xml-reply.js';

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$/;

function illegal(param: string, problem: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', `${param} ${problem}.`, { hint, field: param });
}

function length(text: string): number {
  return [...text].length;
}

/** The shipping entry, checked by the rules of S table 9-1's ILLEGAL_ARGUMENT row. */
export function readShipping(params: Record<string, string>): { tradeNo: string; shipping: ShippingRecord } {
  const tradeNo = givenParam(params, 'trade_no');
  if (tradeNo === undefined)
    throw illegal('trade_no', 'is missing', 'Send the Alipay trade number of the trade you ship.');
  const logisticsName = givenParam(params, 'logistics_name');
  if (logisticsName === undefined || length(logisticsName) > 64) {
    throw illegal(
      'logistics_name',
      logisticsName === undefined ? 'is missing' : 'is longer than 64 characters',
      'Give the carrier name, 1–64 characters.',
    );
  }
  const invoiceNo = givenParam(params, 'invoice_no');
  if (invoiceNo !== undefined && length(invoiceNo) > 32)
    throw illegal('invoice_no', 'is longer than 32 characters', 'Give the waybill number, 1–32 characters.');
  const types: [string, string | undefined][] = [
    ['transport_type', givenParam(params, 'transport_type')],
    ['create_transport_type', givenParam(params, 'create_transport_type')],
  ];
  for (const [param, value] of types) {
    if (value !== undefined && !(TRANSPORT_TYPES as readonly string[]).includes(value)) {
      throw illegal(param, `is ${JSON.stringify(value)}`, 'Use POST, EXPRESS, EMS or DIRECT (S table 9-4).');
    }
  }
  if (types.every(([, v]) => v === undefined)) {
    throw illegal(
      'transport_type',
      'and create_transport_type are both empty',
      'Send transport_type (how you shipped); both may not be empty (Alipay send-goods spec, pp. 7–8).',
    );
  }
  const sellerIp = givenParam(params, 'seller_ip');
  if (sellerIp !== undefined && !IPV4.test(sellerIp))
    throw illegal(
      'seller_ip',
      `${JSON.stringify(sellerIp)} is not an IPv4 address`,
      'Give your public IPv4 address, or leave it out.',
    );
  const [transportType, createTransportType] = types.map(([, v]) => v);
  return {
    tradeNo,
    shipping: {
      logisticsName,
      ...(invoiceNo === undefined ? {} : { invoiceNo }),
      ...(transportType === undefined ? {} : { transportType }),
      ...(createTransportType === undefined ? {} : { createTransportType }),
    },
  };
}

export async function sendGoodsService(raw: RawParam[], ctx: SandboxContext): Promise<Response> {
  const call = await verifiedCall(raw, ctx.config);
  const { tradeNo, shipping } = readShipping(call.params);
  const trade = ctx.engine.tradeByTradeNo(tradeNo);
  if (trade === undefined) {
    throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, {
      hint: 'Use the trade_no of a notification or of single_trade_query.',
    });
  }
  const shipped = await ctx.engine.act(trade, { kind: 'send_goods', shipping });
  return recordReply(
    call.params,
    'tradeBase',
    tradeBaseFields(shipped),
    signingKeys(ctx.config, call.signType)!,
    call.charset,
  );
}
