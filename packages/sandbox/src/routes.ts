/**
 * Every URL of the sandbox:
 * - `/gateway.do` — the gateway (create, notify_verify, send goods, query, close);
 * - `/sandbox/api/…` — the JSON test and inspection API;
 * - `/cashier/:tradeNo` (GET), `/cashier/:tradeNo/pay` (POST), `/cashier/:tradeNo/success` (GET);
 * - `/sandbox` — trades and notifications; `/sandbox/trades/:tradeNo`; `POST /sandbox/clock`;
 * - `/sandbox/buyer`, `POST /sandbox/buyer/trades/:tradeNo/:action`;
 * - `/sandbox/seller`, `POST /sandbox/seller/trades/:tradeNo/:action`;
 * - `/sandbox/test-api` — the test API with curl examples; `/favicon.ico` and `/favicon.svg`.
 * Pages are server-rendered HTML that work without JavaScript; their forms POST and get a 303 back.
 * A page's POST from another origin is refused with 403 and changes nothing (see same-origin.ts).
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { API_PREFIX, handleTestApi } from './api/test-api.js';
import type { SandboxContext } from './context.js';
import { handleGateway } from './gateway/dispatch.js';
import { advanceClock, showIndex } from './inspect/index-page.js';
import { showTrade } from './inspect/trade-page.js';
import { buyerAction, showBuyerCenter } from './pages/buyer-center.js';
import { payAtCashier, showCashier, showSuccess } from './pages/cashier.js';
import { errorPage } from './pages/error-page.js';
import { seeOther } from './pages/html.js';
import { favicon } from './pages/favicon.js';
import { sellerAction, showSellerCenter } from './pages/seller-center.js';
import { showTestApiPage, TEST_API_PAGE } from './pages/test-api-page.js';
import { crossSiteReason } from './same-origin.js';

const CASHIER = /^\/cashier\/([^/]+)(?:\/(pay|success))?$/;
const TRADE_PAGE = /^\/sandbox\/trades\/([^/]+)$/;
const ROLE_ACTION = /^\/sandbox\/(buyer|seller)\/trades\/([^/]+)\/([^/]+)$/;

function segment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (cause) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${JSON.stringify(text)} is not valid percent-encoded UTF-8.`, {
      hint: 'Follow the links of the pages.',
      status: 400,
      cause,
    });
  }
}

function notFound(method: string, pathname: string): Response {
  const error = new AlipayEscrowError('ILLEGAL_REQUEST', `Nothing at ${method} ${pathname}.`, {
    hint: 'Start at /sandbox.',
    status: 404,
  });
  return errorPage(error, 404, { href: '/sandbox', label: '返回沙箱首页' });
}

/** The 403 page for a form posted from another site, or undefined when the POST may go on. */
function crossSiteRefusal(request: Request): Response | undefined {
  const reason = crossSiteReason(request);
  if (reason === undefined) return undefined;
  const error = new AlipayEscrowError(
    'ILLEGAL_REQUEST_REFERER',
    `${reason} The sandbox's pages accept forms only from themselves.`,
    {
      hint: 'Open the page in the sandbox itself and press its button there.',
      status: 403,
    },
  );
  return errorPage(error, 403, { href: '/sandbox', label: '返回沙箱首页' });
}

async function pageRoute(request: Request, ctx: SandboxContext, pathname: string): Promise<Response | undefined> {
  const { method } = request;
  const cashier = CASHIER.exec(pathname);
  if (cashier) {
    const tradeNo = segment(cashier[1]!);
    const step = cashier[2];
    if (step === undefined && method === 'GET') return showCashier(ctx, tradeNo);
    if (step === 'pay' && method === 'POST') return crossSiteRefusal(request) ?? payAtCashier(ctx, tradeNo, request);
    if (step === 'success' && method === 'GET') return showSuccess(ctx, tradeNo);
    return undefined;
  }
  if (method === 'GET') {
    if (pathname === '/' || pathname === '/sandbox/') return seeOther('/sandbox');
    if (pathname === '/sandbox') return showIndex(ctx, request);
    if (pathname === '/sandbox/buyer') return showBuyerCenter(ctx, request);
    if (pathname === '/sandbox/seller') return showSellerCenter(ctx, request);
    if (pathname === TEST_API_PAGE) return showTestApiPage(ctx, request);
    if (pathname === '/favicon.ico' || pathname === '/favicon.svg') return favicon();
    const trade = TRADE_PAGE.exec(pathname);
    if (trade) return showTrade(ctx, segment(trade[1]!));
    return undefined;
  }
  if (method === 'POST') {
    const refused = crossSiteRefusal(request);
    if (refused !== undefined) return refused;
    if (pathname === '/sandbox/clock') return advanceClock(ctx, request);
    const action = ROLE_ACTION.exec(pathname);
    if (action) {
      const tradeNo = segment(action[2]!);
      const name = segment(action[3]!);
      return action[1] === 'buyer'
        ? buyerAction(ctx, tradeNo, name, request)
        : sellerAction(ctx, tradeNo, name, request);
    }
  }
  return undefined;
}

export async function route(request: Request, ctx: SandboxContext): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/gateway.do') return handleGateway(request, ctx);
  if (pathname.startsWith(API_PREFIX)) return handleTestApi(request, ctx);
  return (await pageRoute(request, ctx, pathname)) ?? notFound(request.method, pathname);
}
