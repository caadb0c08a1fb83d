/**
 * `create_partner_trade_by_buyer`: the buyer's browser arrives with the signed request (GET or
 * POST). Checked like the real gateway (charset, partner, sign_type, sign, then every business
 * rule of docs/internals/payment-request.md via core's order validation); a good request creates the trade — or finds the
 * unpaid one with the same data — and sends the browser to the cashier.
 */
import { AlipayEscrowError, type EscrowOrder } from '@alipay-escrow/core';
import { checkPaymentRequest, readPaymentParams, type RawParam } from '@alipay-escrow/core/protocol';
import { namesAccount, sameLogin } from '../accounts.js';
import type { ResolvedConfig } from '../config.js';
import type { SandboxContext } from '../context.js';
import type { TradeDraft } from '../engine/engine.js';
import type { SandboxAccount } from '../store/types.js';
import { decodeParams, requestCharset } from './request-params.js';
import { verifySignedRequest } from './verify-request.js';

const RECEIVE_PARAMS = ['receive_name', 'receive_address', 'receive_zip', 'receive_phone', 'receive_mobile'];

/** The requested seller (priority seller_id > seller_account_name > seller_email, docs/internals/payment-request.md#seller, CR p7) must be the configured account. */
function checkSellerIsConfigured(
  seller: { id?: string; email?: string; accountName?: string },
  configured: SandboxAccount,
): void {
  const ok =
    seller.id !== undefined
      ? seller.id === configured.id
      : seller.accountName !== undefined
        ? sameLogin(seller.accountName, configured.accountName ?? configured.email)
        : sameLogin(seller.email, configured.email);
  if (!ok) {
    const named = seller.id ?? seller.accountName ?? seller.email;
    throw new AlipayEscrowError('SELLER_NOT_EXIST', `The seller ${JSON.stringify(named)} does not exist here.`, {
      hint: `The sandbox's seller is ${configured.id} / ${configured.email}: send that seller_id (recommended, Alipay escrow access rules, p. 12) or seller_email.`,
      field:
        seller.id !== undefined
          ? 'seller_id'
          : seller.accountName !== undefined
            ? 'seller_account_name'
            : 'seller_email',
    });
  }
}

function given(params: Record<string, string>, name: string): string | undefined {
  const v = params[name];
  return v === undefined || v === '' ? undefined : v;
}

/** The timeouts the gateway runs for this trade (only ones it acts on; checked already). */
function customTimeouts(timeouts: EscrowOrder['timeouts']): Pick<TradeDraft, 'timeouts'> {
  const own = {
    ...(timeouts?.itBPay ? { itBPay: timeouts.itBPay } : {}),
    ...(timeouts?.tBRecPost ? { tBRecPost: timeouts.tBRecPost } : {}),
  };
  return Object.keys(own).length > 0 ? { timeouts: own } : {};
}

async function draftFrom(raw: RawParam[], config: ResolvedConfig): Promise<TradeDraft> {
  const charset = requestCharset(raw);
  const signType = await verifySignedRequest(raw, config, charset);
  const params = decodeParams(raw, charset);
  const reading = readPaymentParams(params);
  const checked = checkPaymentRequest(reading, { charset, customTimeouts: config.customTimeouts });
  checkSellerIsConfigured(reading.seller, config.seller);
  const requestedBuyer = reading.order.buyer ?? {};
  if (namesAccount(requestedBuyer, config.seller)) {
    throw new AlipayEscrowError('BUYER_SELLER_EQUAL', 'The buyer named in the request is the seller account.', {
      hint: 'A seller cannot buy from itself (Alipay escrow access rules, p. 11): leave buyer_* out or name another account.',
      field: 'buyer_email',
    });
  }
  const receive: Record<string, string> = {};
  for (const name of RECEIVE_PARAMS) {
    const value = given(params, name);
    if (value !== undefined) receive[name] = value;
  }
  const optional: [keyof TradeDraft, string | undefined][] = [
    ['body', given(params, 'body')],
    ['showUrl', given(params, 'show_url')],
    ['notifyUrl', given(params, 'notify_url')],
    ['returnUrl', given(params, 'return_url')],
  ];
  return {
    partner: config.partner,
    outTradeNo: params['out_trade_no']!,
    charset,
    signType,
    subject: params['subject']!,
    ...Object.fromEntries(optional.filter(([, v]) => v !== undefined)),
    price: checked.price,
    quantity: checked.quantity,
    discount: checked.discount,
    logistics: checked.logistics,
    payable: checked.payable.map((p) => p.yuan),
    receive,
    requestedBuyer,
    seller: config.seller,
    ...customTimeouts(reading.order.timeouts),
  };
}

/** Creates (or finds) the trade; answers a redirect to its cashier. Throws the gateway's error. */
export async function createTradeService(raw: RawParam[], ctx: SandboxContext): Promise<Response> {
  const { trade } = await ctx.engine.createTrade(await draftFrom(raw, ctx.config));
  return new Response(null, { status: 302, headers: { location: `/cashier/${encodeURIComponent(trade.tradeNo)}` } });
}
