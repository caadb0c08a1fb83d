/** Chinese labels of order phases, trade and refund statuses, log verdicts and channels. */
import type { OrderPhase, OrderRecord, RefundStatus, TradeStatus } from '@alipay-escrow/core';
import type { EffectKind } from '@alipay-escrow/core/escrow';
import type { LogChannel, LogVerdict } from '@alipay-escrow/core/escrow-app';

const PHASE: Record<OrderPhase, string> = {
  created: '待付款',
  awaiting_payment: '待付款',
  paid: '已付款/等待发货',
  shipped: '已发货/等待确认收货',
  finished: '交易完成',
  closed: '交易关闭',
  refunding: '退款中',
};

const TRADE: Record<TradeStatus, string> = {
  WAIT_BUYER_PAY: '等待买家付款',
  WAIT_SELLER_SEND_GOODS: '买家已付款，等待卖家发货',
  WAIT_BUYER_CONFIRM_GOODS: '卖家已发货，等待买家确认收货',
  TRADE_FINISHED: '交易成功结束',
  TRADE_CLOSED: '交易关闭',
};

const REFUND: Record<RefundStatus, string> = {
  WAIT_SELLER_AGREE: '退款协议等待卖家确认',
  SELLER_REFUSE_BUYER: '卖家拒绝退款',
  WAIT_BUYER_RETURN_GOODS: '卖家同意退款，等待买家退货',
  WAIT_SELLER_CONFIRM_GOODS: '买家已退货，等待卖家确认收货',
  REFUND_SUCCESS: '退款成功',
  REFUND_CLOSED: '退款关闭',
};

const VERDICT: Record<LogVerdict, string> = {
  received: '已接收',
  applied: '已生效',
  duplicate: '重复',
  stale: '过时',
  unknown_status: '未知状态',
  rejected: '已拒绝',
  anomaly: '异常',
  error: '出错',
};

const CHANNEL: Record<LogChannel, string> = {
  notify: '异步通知',
  return: '同步跳转',
  reconcile: '对账查询',
  send_goods: '发货回执',
  replay: '重放',
};

export const EFFECT_LABELS: Record<EffectKind, string> = {
  paid: '付款',
  shipped: '发货',
  finished: '完成',
  closed: '关闭',
  refund: '退款',
  transition: '状态变化',
};

/** Log entries keep what the message stated, raw: an unknown status is shown as it came. */
const lookup = (labels: Readonly<Record<string, string>>, key: string): string =>
  Object.hasOwn(labels, key) ? labels[key]! : key;

export const phaseLabel = (phase: OrderPhase): string => lookup(PHASE, phase);
export const tradeLabel = (status: string | null): string => (status ? lookup(TRADE, status) : '—');
export const refundLabel = (status: string | null): string => (status ? lookup(REFUND, status) : '—');
export const verdictLabel = (verdict: LogVerdict): string => lookup(VERDICT, verdict);
export const channelLabel = (channel: LogChannel): string => lookup(CHANNEL, channel);

/** The status a buyer reads: the phase, and the refund when there is one. */
export function orderStatusText(order: Pick<OrderRecord, 'phase' | 'refundStatus'>): string {
  const phase = phaseLabel(order.phase);
  if (order.phase === 'refunding') return `${phase}（${refundLabel(order.refundStatus)}）`;
  if (order.refundStatus === 'REFUND_SUCCESS') return `${phase}（退款成功）`;
  return phase;
}
