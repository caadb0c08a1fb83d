import { AlipayEscrowError } from '../../errors/error.js';
import { logisticsParamNames } from '../../protocol/logistics.js';
import { buildPaymentRequest } from '../../protocol/payment-request.js';
import type { EscrowOrder, PaymentRequest } from '../../protocol/order-types.js';
import type { OrderRecord } from '../../store/types.js';
import type { EscrowDeps } from '../deps.js';
import type { CreatedPayment } from '../types.js';

const PAYABLE_PHASES = new Set<OrderRecord['phase']>(['created', 'awaiting_payment']);

function param(request: PaymentRequest, name: string): string | null {
  return request.params.find(([key]) => key === name)?.[1] ?? null;
}

/** The buyer's logistics type when the request offers exactly one option (that is what they pick); else null. */
function onlyLogisticsType(request: PaymentRequest): string | null {
  return param(request, logisticsParamNames(1).type) === null ? param(request, logisticsParamNames(0).type) : null;
}

function sameContent(a: OrderRecord, b: OrderRecord): boolean {
  return (
    a.partner === b.partner &&
    a.subject === b.subject &&
    a.sellerId === b.sellerId &&
    a.sellerEmail === b.sellerEmail &&
    a.payable.length === b.payable.length &&
    a.payable.every((p, i) => p === b.payable[i])
  );
}

/**
 * Builds the signed request and stores the order (payable totals and seller, for the cross-checks).
 * The same outTradeNo with the same content gives the same request again (Alipay lets the buyer
 * pay again while WAIT_BUYER_PAY); different content → TRADE_DATA_MATCH_ERROR, as the gateway
 * would answer; an order already paid or closed → TRADE_NOT_ALLOWED_PAY.
 */
export async function createPayment(deps: EscrowDeps, order: EscrowOrder): Promise<CreatedPayment> {
  const request = await buildPaymentRequest(order, deps.merchant);
  const at = deps.now().toISOString();
  const record: OrderRecord = {
    outTradeNo: param(request, 'out_trade_no') ?? order.outTradeNo,
    partner: deps.config.partner,
    subject: param(request, 'subject') ?? order.subject,
    payable: request.payable.map((p) => p.yuan),
    sellerId: param(request, 'seller_id'),
    sellerEmail: param(request, 'seller_email'),
    phase: 'created',
    tradeStatus: null,
    refundStatus: null,
    refundCycle: 0,
    noticeTime: null,
    tradeNo: null,
    totalFee: null,
    shipping: null,
    logisticsType: onlyLogisticsType(request),
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
  if ((await deps.store.createOrder(record)) === 'created') return { ...request, order: record };

  const existing = await deps.store.getOrder(record.outTradeNo);
  if (existing === undefined || !sameContent(existing, record)) {
    throw new AlipayEscrowError(
      'TRADE_DATA_MATCH_ERROR',
      `Order ${record.outTradeNo} already exists with different content (amount, subject or seller).`,
      {
        hint: 'Use a new out_trade_no whenever the order’s content changes (append “-2”, say); only an identical order can be paid again.',
        field: 'out_trade_no',
        status: 409,
      },
    );
  }
  if (!PAYABLE_PHASES.has(existing.phase)) {
    throw new AlipayEscrowError(
      'TRADE_NOT_ALLOWED_PAY',
      `Order ${record.outTradeNo} is ${existing.phase} and cannot be paid again.`,
      {
        hint: 'Check the order before showing a pay button; a closed order needs a new out_trade_no.',
        field: 'out_trade_no',
        status: 409,
      },
    );
  }
  return { ...request, order: existing };
}
