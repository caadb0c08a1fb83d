/**
 * 卖家中心: `GET /sandbox/seller` lists every trade of the sandbox's seller with what the seller
 * can do now; `POST /sandbox/seller/trades/:tradeNo/:action` ships (the same checks as
 * send_goods_confirm_by_platform), agrees to or refuses a refund, confirms the returned goods,
 * or closes an unpaid trade, then answers 303 back to the list (post/redirect/get).
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { escapeHtml } from '@alipay-escrow/core/protocol';
import { TRANSPORT_TYPES } from '@alipay-escrow/core/gateway';
import { asAlipayError, type SandboxContext } from '../context.js';
import type { TradeAction } from '../engine/actions.js';
import { readShipping } from '../gateway/send-goods.js';
import type { TradeRecord } from '../store/types.js';
import { errorPage } from './error-page.js';
import { actionForm, formFields, htmlPage, seeOther } from './html.js';
import { LOGISTICS_NAMES } from './labels.js';
import { canDo, isSellerAction, SELLER_ACTIONS, type SellerAction } from './trade-actions.js';
import { flashHtml, tradeTable } from './trade-table.js';

const CENTER = '/sandbox/seller';

function shipForm(trade: TradeRecord): string {
  const chosen = trade.logistics[trade.logisticsIndex]?.type ?? 'EXPRESS';
  const types = TRANSPORT_TYPES.map(
    (t) => `<option value="${t}"${t === chosen ? ' selected' : ''}>${LOGISTICS_NAMES[t] ?? t}</option>`,
  ).join('');
  return `<form class="inline" method="post" id="ship-${escapeHtml(trade.tradeNo)}" action="/sandbox/seller/trades/${encodeURIComponent(trade.tradeNo)}/ship">
<input type="text" name="logistics_name" value="沙箱快递" size="8" required aria-label="物流公司">
<input type="text" name="invoice_no" value="" size="10" placeholder="运单号" aria-label="运单号">
<select name="transport_type" aria-label="物流类型">${types}</select>
<button type="submit">发货</button></form>`;
}

function actionsHtml(ctx: SandboxContext, trade: TradeRecord): string {
  const now = ctx.config.clock.now();
  const parts: string[] = [];
  for (const [name, info] of Object.entries(SELLER_ACTIONS) as [
    SellerAction,
    (typeof SELLER_ACTIONS)[SellerAction],
  ][]) {
    if (!canDo(trade, info.action, now)) continue;
    if (name === 'ship') {
      parts.push(shipForm(trade));
      continue;
    }
    const path = `/sandbox/seller/trades/${encodeURIComponent(trade.tradeNo)}/${name}`;
    parts.push(
      actionForm(
        `${name}-${trade.tradeNo}`,
        path,
        info.label,
        {},
        name === 'refuse_refund' || name === 'close' ? 'danger' : '',
      ),
    );
  }
  return parts.length === 0 ? '<span class="muted">—</span>' : parts.join(' ');
}

export function showSellerCenter(ctx: SandboxContext, request: Request): Response {
  const url = new URL(request.url);
  const { seller } = ctx.config;
  const body = `<section><h1>卖家中心</h1>
<p>卖家 <code id="seller-email">${escapeHtml(seller.email)}</code>（<code id="seller-id">${escapeHtml(seller.id)}</code>）。发货、同意或拒绝退款、确认收到退货、关闭未付款的交易在这里；买家的操作在<a href="/sandbox/buyer">买家中心</a>。</p>
${flashHtml(ctx.engine, url)}
${tradeTable('seller-trades', [...ctx.engine.allTrades()].reverse(), (t) => actionsHtml(ctx, t))}
</section>`;
  return htmlPage('支付宝 - 卖家中心', body);
}

async function engineAction(name: SellerAction, trade: TradeRecord, request: Request): Promise<TradeAction> {
  if (name !== 'ship') return SELLER_ACTIONS[name].action;
  const form = await formFields(request);
  const params: Record<string, string> = { trade_no: trade.tradeNo };
  for (const field of ['logistics_name', 'invoice_no', 'transport_type']) params[field] = form.get(field)?.trim() ?? '';
  return { kind: 'send_goods', shipping: readShipping(params).shipping };
}

export async function sellerAction(
  ctx: SandboxContext,
  tradeNo: string,
  name: string,
  request: Request,
): Promise<Response> {
  try {
    if (!isSellerAction(name)) {
      throw new AlipayEscrowError('ILLEGAL_REQUEST', `The seller cannot "${name}".`, {
        hint: `Seller actions: ${Object.keys(SELLER_ACTIONS).join(', ')}.`,
        status: 404,
      });
    }
    const trade = ctx.engine.tradeByTradeNo(tradeNo);
    if (trade === undefined)
      throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, {
        hint: 'Pick a trade from the list.',
        status: 404,
      });
    const action = await engineAction(name, trade, request);
    // Shipping a trade already shipped changes nothing at the gateway (docs/internals/send-goods.md#when-allowed, SR p6); from the page it is a mistake.
    if (name === 'ship' && trade.tradeStatus !== 'WAIT_SELLER_SEND_GOODS') {
      throw new AlipayEscrowError(
        'TRADE_STATUS_NOT_AVAILD',
        `Cannot ship: trade ${trade.outTradeNo} is ${trade.tradeStatus}.`,
        { hint: 'Ship a trade the buyer has paid (WAIT_SELLER_SEND_GOODS).', status: 409 },
      );
    }
    await ctx.engine.act(trade, action);
    return seeOther(`${CENTER}?done=${name}&trade=${encodeURIComponent(tradeNo)}`);
  } catch (e) {
    const error = asAlipayError(e);
    return errorPage(error, error.status, { href: CENTER, label: '返回卖家中心' });
  }
}
