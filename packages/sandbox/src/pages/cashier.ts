/**
 * The cashier: `GET /cashier/:tradeNo` shows the trade; `POST /cashier/:tradeNo/pay` pays it
 * (form fields `buyer_email`, `logistics`) and answers 303 to `GET /cashier/:tradeNo/success`,
 * the 付款成功 page, which sends the browser on to the signed return_url (docs/internals/return.md#redirect, C p26-27). A test buyer
 * account (test-buyers.ts) gets a page saying what it did instead: failed, hanging, or closed.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { payingBuyer } from '../accounts.js';
import { asAlipayError, type SandboxContext } from '../context.js';
import type { TradeRecord } from '../store/types.js';
import { payTrade } from '../pay-trade.js';
import { cashierPage, successPage, testOutcomePage } from './cashier-page.js';
import { errorPage } from './error-page.js';
import { formFields, seeOther } from './html.js';

export function cashierTrade(ctx: SandboxContext, tradeNo: string): TradeRecord {
  const trade = ctx.engine.tradeByTradeNo(tradeNo);
  if (!trade)
    throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, {
      hint: 'Open the cashier through a create request.',
      status: 404,
    });
  return trade;
}

function failure(e: unknown, tradeNo: string): Response {
  const error = asAlipayError(e);
  return errorPage(error, error.status === 404 ? 404 : 200, {
    href: `/cashier/${encodeURIComponent(tradeNo)}`,
    label: '返回收银台',
  });
}

export function showCashier(ctx: SandboxContext, tradeNo: string): Response {
  try {
    const trade = cashierTrade(ctx, tradeNo);
    return cashierPage(trade, payingBuyer(ctx.config.buyers, trade.requestedBuyer).email);
  } catch (e) {
    return failure(e, tradeNo);
  }
}

export async function payAtCashier(ctx: SandboxContext, tradeNo: string, request: Request): Promise<Response> {
  try {
    const trade = cashierTrade(ctx, tradeNo);
    const form = await formFields(request);
    const logistics = form.get('logistics');
    const index =
      logistics === null || logistics === ''
        ? trade.logisticsIndex
        : /^[0-9]$/.test(logistics)
          ? Number(logistics)
          : -1;
    const buyer = payingBuyer(ctx.config.buyers, trade.requestedBuyer, form.get('buyer_email')?.trim() || undefined);
    const result = await payTrade(ctx, trade, buyer, index, { throwOnFail: false });
    if (result.outcome !== 'paid') return testOutcomePage(result.trade, result.outcome, buyer.email);
    return seeOther(`/cashier/${encodeURIComponent(tradeNo)}/success`);
  } catch (e) {
    return failure(e, tradeNo);
  }
}

/**
 * The success page. Each showing issues a fresh one-minute return id while the trade is
 * WAIT_SELLER_SEND_GOODS (the only status a return carries, docs/internals/return.md#redirect); an unpaid trade goes
 * back to the cashier.
 */
export async function showSuccess(ctx: SandboxContext, tradeNo: string): Promise<Response> {
  try {
    const trade = cashierTrade(ctx, tradeNo);
    if (trade.buyer === null) return seeOther(`/cashier/${encodeURIComponent(tradeNo)}`);
    const back = trade.tradeStatus === 'WAIT_SELLER_SEND_GOODS' ? await ctx.engine.returnUrl(trade) : undefined;
    return successPage(trade, back);
  } catch (e) {
    return failure(e, tradeNo);
  }
}
