/**
 * The cashier: `GET /cashier/:tradeNo` shows the trade; `POST /cashier/:tradeNo/pay` pays it
 * (form fields `buyer_email`, `logistics`) and — like Alipay after its success page — sends the
 * browser to the signed return_url with a one-minute notify_id (C p26-27), or shows "paid".
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { payingBuyer } from '../accounts.js';
import { asAlipayError, type SandboxContext } from '../context.js';
import { cashierPage, paidPage } from './cashier-page.js';
import { errorPage } from './error-page.js';
import type { TradeRecord } from '../store/types.js';

function tradeOf(ctx: SandboxContext, tradeNo: string): TradeRecord {
  const trade = ctx.engine.tradeByTradeNo(tradeNo);
  if (!trade) throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, { hint: 'Open the cashier through a create request.', status: 404 });
  return trade;
}

export function showCashier(ctx: SandboxContext, tradeNo: string): Response {
  try {
    const trade = tradeOf(ctx, tradeNo);
    return cashierPage(trade, payingBuyer(ctx.config.buyers, trade.requestedBuyer).email);
  } catch (e) {
    const error = asAlipayError(e);
    return errorPage(error, error.status === 404 ? 404 : 200);
  }
}

export async function payAtCashier(ctx: SandboxContext, tradeNo: string, request: Request): Promise<Response> {
  try {
    const trade = tradeOf(ctx, tradeNo);
    const form = new URLSearchParams(await request.text());
    const logistics = form.get('logistics');
    const index = logistics === null || logistics === '' ? trade.logisticsIndex : /^[0-9]$/.test(logistics) ? Number(logistics) : -1;
    const buyer = payingBuyer(ctx.config.buyers, trade.requestedBuyer, form.get('buyer_email') ?? undefined);
    const paid = await ctx.engine.act(trade, { kind: 'pay', buyer, logistics: index });
    const location = await ctx.engine.returnUrl(paid);
    return location === undefined ? paidPage(paid) : new Response(null, { status: 302, headers: { location } });
  } catch (e) {
    const error = asAlipayError(e);
    return errorPage(error, error.status === 404 ? 404 : 200);
  }
}
