/** Chinese names of statuses and times, as the pages show them (docs/internals/lifecycle.md#trade-status; C p34-35 tables 11-5, 11-6). */
import { escapeHtml } from '@alipay-escrow/core/protocol';
import { beijingTime } from '../time-format.js';

const TRADE: Record<string, string> = {
  WAIT_BUYER_PAY: '等待买家付款',
  WAIT_SELLER_SEND_GOODS: '买家已付款，等待卖家发货',
  WAIT_BUYER_CONFIRM_GOODS: '卖家已发货，等待买家确认收货',
  TRADE_FINISHED: '交易成功',
  TRADE_CLOSED: '交易关闭',
};

const REFUND: Record<string, string> = {
  WAIT_SELLER_AGREE: '等待卖家同意退款',
  SELLER_REFUSE_BUYER: '卖家拒绝退款，等待买家修改',
  WAIT_BUYER_RETURN_GOODS: '卖家同意退款，等待买家退货',
  WAIT_SELLER_CONFIRM_GOODS: '买家已退货，等待卖家确认收货',
  REFUND_SUCCESS: '退款成功',
  REFUND_CLOSED: '退款关闭',
};

/** Logistics and transport types by their Chinese names (C table 11-3; DIRECT only as a transport type). */
export const LOGISTICS_NAMES: Readonly<Record<string, string>> = {
  POST: '平邮',
  EXPRESS: '快递',
  EMS: 'EMS',
  DIRECT: '无需物流',
};

/** `<code class="trade-status">WAIT_BUYER_PAY</code> 等待买家付款`. */
export function tradeStatusHtml(status: string): string {
  const label = TRADE[status];
  return `<code class="trade-status">${escapeHtml(status)}</code>${label === undefined ? '' : ` ${label}`}`;
}

/** The refund status, or a dash when there is no refund. */
export function refundStatusHtml(status: string | null): string {
  if (status === null) return '<span class="muted refund-status">—</span>';
  const label = REFUND[status];
  return `<code class="refund-status">${escapeHtml(status)}</code>${label === undefined ? '' : ` ${label}`}`;
}

/** Beijing time `yyyy-MM-dd HH:mm:ss`, or a dash. */
export function timeHtml(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '<span class="muted">—</span>' : escapeHtml(beijingTime(ms));
}
