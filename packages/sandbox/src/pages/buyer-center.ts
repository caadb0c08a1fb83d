/**
 * 买家中心: `GET /sandbox/buyer?buyer=<login>` lists the buyer's trades (paid by them, or unpaid
 * and open to them) with what they can do now; `POST /sandbox/buyer/trades/:tradeNo/:action`
 * (field `buyer`) confirms receipt, applies for a refund, returns the goods or cancels the refund,
 * then answers 303 back to the list (post/redirect/get).
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { escapeHtml } from '@alipay-escrow/core/protocol';
import { buyerFor, namesAccount, sameLogin } from '../accounts.js';
import { asAlipayError, type SandboxContext } from '../context.js';
import type { SandboxAccount, TradeRecord } from '../store/types.js';
import { errorPage } from './error-page.js';
import { actionForm, formFields, htmlPage, seeOther } from './html.js';
import { BUYER_ACTIONS, canDo, isBuyerAction, type BuyerAction } from './trade-actions.js';
import { flashHtml, tradeTable } from './trade-table.js';

function centerUrl(buyer: string, extra = ''): string {
  return `/sandbox/buyer?buyer=${encodeURIComponent(buyer)}${extra}`;
}

function paidBy(trade: TradeRecord, buyer: SandboxAccount): boolean {
  return trade.buyer !== null && (sameLogin(trade.buyer.email, buyer.email) || trade.buyer.id === buyer.id);
}

/** Trades this buyer paid, and unpaid ones they may pay (no buyer named, or this one). */
function tradesOf(ctx: SandboxContext, buyer: SandboxAccount): TradeRecord[] {
  return ctx.engine
    .allTrades()
    .filter((t) => {
      if (paidBy(t, buyer)) return true;
      if (t.buyer !== null || t.tradeStatus !== 'WAIT_BUYER_PAY') return false;
      const named = t.requestedBuyer;
      const anyone = named.id === undefined && named.email === undefined && named.accountName === undefined;
      return anyone || namesAccount(named, buyer);
    })
    .reverse();
}

function actionsHtml(ctx: SandboxContext, trade: TradeRecord, login: string): string {
  const now = ctx.config.clock.now();
  const parts: string[] = [];
  if (trade.tradeStatus === 'WAIT_BUYER_PAY') {
    parts.push(
      `<a id="pay-${escapeHtml(trade.tradeNo)}" href="/cashier/${encodeURIComponent(trade.tradeNo)}">付款</a>`,
    );
  }
  for (const [name, info] of Object.entries(BUYER_ACTIONS) as [BuyerAction, (typeof BUYER_ACTIONS)[BuyerAction]][]) {
    if (!canDo(trade, info.action, now)) continue;
    const path = `/sandbox/buyer/trades/${encodeURIComponent(trade.tradeNo)}/${name}`;
    parts.push(
      actionForm(
        `${name}-${trade.tradeNo}`,
        path,
        info.label,
        { buyer: login },
        name === 'cancel_refund' ? 'secondary' : '',
      ),
    );
  }
  return parts.length === 0 ? '<span class="muted">—</span>' : parts.join(' ');
}

export function showBuyerCenter(ctx: SandboxContext, request: Request): Response {
  const url = new URL(request.url);
  const login = url.searchParams.get('buyer')?.trim() || ctx.config.buyers[0]!.email;
  const buyer = buyerFor(ctx.config.buyers, login);
  const known = ctx.config.buyers.map((b) => `<option value="${escapeHtml(b.email)}"></option>`).join('');
  const body = `<section><h1>买家中心</h1>
<form method="get" action="/sandbox/buyer" id="buyer-login"><label for="buyer">买家账户</label>
<input type="text" name="buyer" id="buyer" list="known-buyers" value="${escapeHtml(login)}"><datalist id="known-buyers">${known}</datalist>
<button type="submit">查看</button></form>
<p class="muted">账户 <code id="buyer-id">${escapeHtml(buyer.id)}</code>。确认收货、申请退款、退货、撤销退款在这里；同意或拒绝退款在<a href="/sandbox/seller">卖家中心</a>。</p>
${flashHtml(ctx.engine, url)}
${tradeTable('buyer-trades', tradesOf(ctx, buyer), (t) => actionsHtml(ctx, t, login))}
</section>`;
  return htmlPage(`支付宝 - 买家中心 - ${login}`, body);
}

export async function buyerAction(
  ctx: SandboxContext,
  tradeNo: string,
  name: string,
  request: Request,
): Promise<Response> {
  const form = await formFields(request);
  const login = form.get('buyer')?.trim() || ctx.config.buyers[0]!.email;
  try {
    if (!isBuyerAction(name)) {
      throw new AlipayEscrowError('ILLEGAL_REQUEST', `The buyer cannot "${name}".`, {
        hint: `Buyer actions: ${Object.keys(BUYER_ACTIONS).join(', ')}.`,
        status: 404,
      });
    }
    const trade = ctx.engine.tradeByTradeNo(tradeNo);
    if (trade === undefined)
      throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, {
        hint: 'Pick a trade from the list.',
        status: 404,
      });
    if (!paidBy(trade, buyerFor(ctx.config.buyers, login))) {
      throw new AlipayEscrowError('TRADE_BUYER_NOT_MATCH', `Trade ${trade.outTradeNo} was not paid by ${login}.`, {
        hint: `Open the buyer center as ${trade.buyer?.email ?? 'the buyer who paid'}.`,
        status: 409,
      });
    }
    await ctx.engine.act(trade, BUYER_ACTIONS[name].action);
    return seeOther(centerUrl(login, `&done=${name}&trade=${encodeURIComponent(tradeNo)}`));
  } catch (e) {
    const error = asAlipayError(e);
    return errorPage(error, error.status, { href: centerUrl(login), label: '返回买家中心' });
  }
}
