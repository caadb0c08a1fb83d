/**
 * What a buyer or a seller can do to a trade from the pages, mapped onto the same engine actions
 * the test API uses. A button is shown only when the state machine allows its action now.
 */
import { applyAction, type TradeAction } from '../engine/actions.js';
import type { TradeRecord } from '../store/types.js';

export type BuyerAction = 'confirm' | 'apply_refund' | 'return_goods' | 'cancel_refund';
export type SellerAction = 'ship' | 'agree_refund' | 'refuse_refund' | 'confirm_returned' | 'close';
export type PageAction = BuyerAction | SellerAction | 'pay';

interface ActionInfo {
  label: string;
  /** The flash message after it succeeded. */
  done: string;
  /** The engine action (shipping is filled in from the form for `ship`). */
  action: TradeAction;
}

const PROBE_SHIPPING = { logisticsName: '沙箱快递', transportType: 'EXPRESS' };

export const BUYER_ACTIONS: Readonly<Record<BuyerAction, ActionInfo>> = {
  confirm: { label: '确认收货', done: '已确认收货', action: { kind: 'confirm' } },
  apply_refund: { label: '申请退款', done: '已申请退款', action: { kind: 'refund', action: 'apply' } },
  return_goods: { label: '退货', done: '已退货', action: { kind: 'refund', action: 'return_goods' } },
  cancel_refund: { label: '撤销退款申请', done: '已撤销退款申请', action: { kind: 'refund', action: 'cancel' } },
};

export const SELLER_ACTIONS: Readonly<Record<SellerAction, ActionInfo>> = {
  ship: { label: '发货', done: '已发货', action: { kind: 'send_goods', shipping: PROBE_SHIPPING } },
  agree_refund: { label: '同意退款', done: '已同意退款', action: { kind: 'refund', action: 'agree' } },
  refuse_refund: { label: '拒绝退款', done: '已拒绝退款', action: { kind: 'refund', action: 'refuse' } },
  confirm_returned: {
    label: '确认收到退货',
    done: '已确认收到退货，退款成功',
    action: { kind: 'refund', action: 'confirm_returned' },
  },
  close: { label: '关闭交易', done: '已关闭交易', action: { kind: 'close' } },
};

export function isBuyerAction(name: string): name is BuyerAction {
  return Object.hasOwn(BUYER_ACTIONS, name);
}

export function isSellerAction(name: string): name is SellerAction {
  return Object.hasOwn(SELLER_ACTIONS, name);
}

/** Would the action change the trade now? (Paying is judged without a buyer: the cashier asks for one.) */
export function canDo(trade: TradeRecord, action: TradeAction, now: number): boolean {
  try {
    return applyAction(trade, action, now) !== trade;
  } catch {
    return false;
  }
}

/** The flash message of a finished action, by its name in the redirect (`done=`). */
export function doneMessage(name: string): string | undefined {
  if (isBuyerAction(name)) return BUYER_ACTIONS[name].done;
  if (isSellerAction(name)) return SELLER_ACTIONS[name].done;
  return undefined;
}
