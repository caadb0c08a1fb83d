import { AlipayEscrowError } from '../errors/error.js';
import type { TradeReply } from '../gateway/types.js';
import type { OrderRecord } from '../store/types.js';
import { wrongTradeError } from './gateway-failure.js';

const HINT = 'Nothing was applied. Check that gatewayUrl and partner are the ones this order was created with, then call reconcile(outTradeNo) again.';

/**
 * Why a gateway trade record may not be applied to `order`, or null when it may: the record must
 * name the order's out_trade_no (a record that names none could be about any trade), and once the
 * order knows Alipay's trade number, the record's trade_no must be that one. Both are refused as
 * GATEWAY_RESPONSE_INVALID.
 */
export function replyBindingError(call: string, order: OrderRecord, reply: TradeReply): AlipayEscrowError | null {
  if (reply.outTradeNo === undefined) {
    return new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${call}: the gateway's trade record names no out_trade_no, so nothing ties it to order ${order.outTradeNo}.`,
      { hint: HINT, status: 502 },
    );
  }
  if (reply.outTradeNo !== order.outTradeNo) return wrongTradeError(call, order.outTradeNo, reply.outTradeNo);
  if (order.tradeNo !== null && reply.tradeNo !== order.tradeNo) {
    return new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${call}: order ${order.outTradeNo} is Alipay trade ${order.tradeNo}, but the gateway's record is about trade ${reply.tradeNo}.`,
      { hint: HINT, status: 502 },
    );
  }
  return null;
}
