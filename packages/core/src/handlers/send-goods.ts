import { AlipayEscrowError } from '../errors/error.js';
import type { SendGoodsInput, SendGoodsResult } from '../gateway/types.js';
import type { OrderRecord } from '../store/types.js';
import { applyLogged } from './apply-logged.js';
import { chosenLogisticsType } from './chosen-logistics.js';
import type { EscrowContext } from './context.js';
import { refusalError, unknownOrderError, wrongTradeError } from './gateway-failure.js';
import { gatewayTradeParams } from './gateway-trade-params.js';
import { newLogEntry } from './log-entry.js';
import { recordShipping } from './record-shipping.js';
import { settleLog } from './settle-log.js';
import type { SendGoodsOrderInput } from './types.js';

const encoder = new TextEncoder();

/**
 * send_goods_confirm_by_platform for one of our orders: needs Alipay's trade number (known once a
 * notification or return arrived); `create_transport_type` is the buyer's chosen logistics type
 * when the order knows it (`logisticsType`). RETRY / SYSTEM_ERROR are sent once more (the call is
 * idempotent, SR p6). The reply is logged on channel 'send_goods'. On success the shipment is
 * recorded on the order (compare-and-set), then the reply's trade status (WAIT_BUYER_CONFIRM_GOODS)
 * goes through the pipeline like any message.
 * Hooks run best-effort here: one that throws stays pending for the next notification.
 */
export async function sendGoods(ctx: EscrowContext, outTradeNo: string, input: SendGoodsOrderInput): Promise<OrderRecord> {
  if (input === null || typeof input !== 'object') {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', 'sendGoods: the input must be an object.', { hint: 'Pass { logisticsName, invoiceNo?, transportType }.' });
  }
  const order = await ctx.store.getOrder(outTradeNo);
  if (order === undefined) throw unknownOrderError(outTradeNo);
  if (order.tradeNo === null) {
    throw new AlipayEscrowError('TRADE_STATUS_NOT_AVAILD', `sendGoods: order ${outTradeNo} has no Alipay trade number yet.`, {
      hint: 'Ship after the buyer paid (WAIT_SELLER_SEND_GOODS): the payment notification carries trade_no. If it never arrived, call reconcile(outTradeNo) first.',
      status: 409,
    });
  }
  const createTransportType = chosenLogisticsType(order);
  const request: SendGoodsInput = {
    tradeNo: order.tradeNo,
    logisticsName: input.logisticsName,
    transportType: input.transportType,
    ...(input.invoiceNo === undefined ? {} : { invoiceNo: input.invoiceNo }),
    ...(createTransportType === undefined ? {} : { createTransportType }),
  };
  let reply: SendGoodsResult = await ctx.gateway.sendGoods(request);
  if (!reply.ok && reply.retryable) reply = await ctx.gateway.sendGoods(request);

  const entry = await newLogEntry({
    channel: 'send_goods',
    method: 'POST',
    raw: encoder.encode(reply.raw),
    authenticity: reply.signVerified === true ? 'verified' : 'none',
    headers: {},
    remoteAddress: null,
    receivedAt: ctx.now(),
  });
  await ctx.store.appendLog(entry);
  if (!reply.ok) {
    await settleLog(ctx.store, entry.id, { outTradeNo, verdict: 'rejected', code: reply.error, detail: `send_goods_confirm_by_platform refused: ${reply.error}`, reply: null });
    throw refusalError('sendGoods', reply);
  }
  if (reply.outTradeNo !== undefined && reply.outTradeNo !== outTradeNo) {
    await settleLog(ctx.store, entry.id, { outTradeNo, verdict: 'rejected', code: 'GATEWAY_RESPONSE_INVALID', detail: `The reply is about order ${reply.outTradeNo}.`, reply: null });
    throw wrongTradeError('sendGoods', outTradeNo, reply.outTradeNo);
  }

  const shipped = await recordShipping(ctx, outTradeNo, {
    logisticsName: input.logisticsName,
    invoiceNo: input.invoiceNo ?? null,
    transportType: input.transportType,
    at: ctx.now().toISOString(),
  });
  const params = gatewayTradeParams(reply, outTradeNo);
  const { outcome } = await applyLogged(ctx, { channel: 'send_goods', logId: entry.id, params });
  return outcome.order ?? shipped;
}
