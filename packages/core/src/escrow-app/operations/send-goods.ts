import { AlipayEscrowError } from '../../errors/error.js';
import type { SendGoodsInput, SendGoodsResult, TransportType } from '../../gateway/types.js';
import type { OrderRecord } from '../../store/types.js';
import { applyLogged } from '../pipeline/apply-logged.js';
import type { EscrowDeps } from '../deps.js';
import { refusalError, unknownOrderError } from './operation-errors.js';
import { logGatewayReply, logRefusedReply } from './gateway-reply-log.js';
import { gatewayTradeParams, replyBindingError, replyNoticeTime } from './gateway-reply.js';
import { recordShipping } from './record-shipping.js';
import { settleLog } from '../log/settle-log.js';
import type { SendGoodsOrderInput } from '../types.js';

const encoder = new TextEncoder();

/**
 * send_goods_confirm_by_platform for one of our orders: needs Alipay's trade number (known once a
 * notification or return arrived); `create_transport_type` is the buyer's chosen logistics type
 * when the order knows it (`logisticsType`). RETRY / SYSTEM_ERROR are sent once more (the call is
 * idempotent: docs/internals/send-goods.md#retrying, SR p6). The reply is logged on channel 'send_goods'. On success the shipment is
 * recorded on the order (compare-and-set), then the reply's trade status (WAIT_BUYER_CONFIRM_GOODS)
 * goes through the pipeline like any message.
 * Thrown, with the reply logged as rejected and neither the shipment nor the status applied: a
 * refusal; RESPONSE_SIGN_INVALID for a trade record whose sign is wrong or missing (while the
 * client checks signs, its default); GATEWAY_RESPONSE_INVALID for a record that names no
 * out_trade_no, another order, or another trade_no than the order's.
 * Hooks run best-effort here: one that throws stays pending for the next notification.
 */
export async function sendGoods(
  deps: EscrowDeps,
  outTradeNo: string,
  input: SendGoodsOrderInput,
): Promise<OrderRecord> {
  if (input === null || typeof input !== 'object') {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', 'sendGoods: the input must be an object.', {
      hint: 'Pass { logisticsName, invoiceNo?, transportType }.',
    });
  }
  const order = await deps.store.getOrder(outTradeNo);
  if (order === undefined) throw unknownOrderError(outTradeNo);
  if (order.tradeNo === null) {
    throw new AlipayEscrowError(
      'TRADE_STATUS_NOT_AVAILD',
      `sendGoods: order ${outTradeNo} has no Alipay trade number yet.`,
      {
        hint: 'Ship after the buyer paid (WAIT_SELLER_SEND_GOODS): the payment notification carries trade_no. If it never arrived, call reconcile(outTradeNo) first.',
        status: 409,
      },
    );
  }
  const createTransportType = chosenLogisticsType(order);
  const request: SendGoodsInput = {
    tradeNo: order.tradeNo,
    logisticsName: input.logisticsName,
    transportType: input.transportType,
    ...(input.invoiceNo === undefined ? {} : { invoiceNo: input.invoiceNo }),
    ...(createTransportType === undefined ? {} : { createTransportType }),
  };
  const askedAt = deps.now();
  let reply: SendGoodsResult;
  try {
    reply = await deps.gateway.sendGoods(request);
    if (!reply.ok && reply.retryable) reply = await deps.gateway.sendGoods(request);
  } catch (error) {
    await logRefusedReply(deps, 'send_goods', outTradeNo, error);
    throw error;
  }

  const entry = await logGatewayReply(deps, 'send_goods', encoder.encode(reply.raw), reply.signVerified);
  if (!reply.ok) {
    await settleLog(deps.store, entry.id, {
      outTradeNo,
      verdict: 'rejected',
      code: reply.error,
      detail: `send_goods_confirm_by_platform refused: ${reply.error}`,
      reply: null,
    });
    throw refusalError('sendGoods', reply);
  }
  const unbound = replyBindingError('sendGoods', order, reply);
  if (unbound !== null) {
    await settleLog(deps.store, entry.id, {
      outTradeNo,
      verdict: 'rejected',
      code: unbound.code,
      detail: unbound.message,
      reply: null,
    });
    throw unbound;
  }

  const shipped = await recordShipping(deps, outTradeNo, {
    logisticsName: input.logisticsName,
    invoiceNo: input.invoiceNo ?? null,
    transportType: input.transportType,
    at: deps.now().toISOString(),
  });
  const params = gatewayTradeParams(reply, outTradeNo);
  const noticeTime = replyNoticeTime(reply, askedAt);
  const { outcome } = await applyLogged(deps, {
    channel: 'send_goods',
    logId: entry.id,
    params,
    ...(noticeTime === undefined ? {} : { noticeTime }),
  });
  return outcome.order ?? shipped;
}

/** The escrow logistics types a buyer can choose (docs/internals/payment-request.md#logistics, C p34); anything else is not passed on. */
const CHOSEN = new Set<string>(['POST', 'EXPRESS', 'EMS']);

/**
 * The logistics type the buyer chose, as the order records it (set from a genuine message's
 * `logistics_type`, or the only option offered); undefined when unknown. Send goods passes it on
 * as `create_transport_type`.
 */
export function chosenLogisticsType(order: OrderRecord): TransportType | undefined {
  const type = order.logisticsType;
  return type !== null && CHOSEN.has(type) ? (type as TransportType) : undefined;
}
