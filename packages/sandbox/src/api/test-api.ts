/**
 * The sandbox's test API (docs/internals/architecture.md#sandbox-test-api): JSON over HTTP under /sandbox/api.
 * `:id` is the merchant's out_trade_no; it and every other identifier must be printable (400
 * otherwise, see identifier.ts). An action the trade's state does not allow answers 409
 * with `{"error": {"code": …}}` (the gateway's own code, e.g. TRADE_STATUS_NOT_AVAILD).
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { payingBuyer } from '../accounts.js';
import { signTypes } from '../config.js';
import { asAlipayError, type SandboxContext } from '../context.js';
import type { TradeAction } from '../engine/actions.js';
import { REFUND_ACTIONS, type RefundAction } from '../statuses.js';
import type { TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';
import { payTrade } from '../pay-trade.js';
import { inspectTrade } from '../inspect/inspect-json.js';
import { crossSiteReason } from '../same-origin.js';
import { printableIdentifier } from './identifier.js';
import { json, jsonBody, jsonError } from './json.js';
import { issueNotifyId } from './notify-ids.js';
import { tradeJson } from './trade-json.js';

export const API_PREFIX = '/sandbox/api/';

function badRequest(message: string, hint: string, field: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { hint, field, status: 400 });
}

function tradeOf(ctx: SandboxContext, encodedId: string): TradeRecord {
  let id: string;
  try {
    id = decodeURIComponent(encodedId);
  } catch (cause) {
    throw new AlipayEscrowError(
      'ILLEGAL_ARGUMENT',
      `The trade id ${JSON.stringify(encodedId)} is not valid percent-encoded UTF-8.`,
      { hint: 'Encode the out_trade_no with encodeURIComponent.', status: 400, cause },
    );
  }
  const trade = ctx.engine.trade(printableIdentifier(id, 'id', 'The trade id in the path (:id, the out_trade_no)'));
  if (!trade) {
    throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has out_trade_no ${JSON.stringify(id)}.`, {
      hint: 'A trade exists once a create request for it reached the gateway (the buyer opened the cashier).',
      status: 404,
    });
  }
  return trade;
}

async function actionFrom(
  verb: string,
  request: Request,
  trade: TradeRecord,
  ctx: SandboxContext,
): Promise<TradeAction> {
  const body = await jsonBody(request);
  switch (verb) {
    case 'pay': {
      const { buyerEmail, logistics } = body;
      if (buyerEmail !== undefined && typeof buyerEmail !== 'string')
        throw badRequest('buyerEmail must be a string.', 'Give the buyer login, or leave it out.', 'buyerEmail');
      if (buyerEmail !== undefined) printableIdentifier(buyerEmail, 'buyerEmail');
      if (logistics !== undefined && logistics !== 0 && logistics !== 1 && logistics !== 2) {
        throw badRequest(
          `logistics ${JSON.stringify(logistics)} must be 0, 1 or 2.`,
          'Give the index of the logistics option the buyer picks.',
          'logistics',
        );
      }
      return {
        kind: 'pay',
        buyer: payingBuyer(ctx.config.buyers, trade.requestedBuyer, buyerEmail),
        logistics: logistics ?? trade.logisticsIndex,
      };
    }
    case 'confirm':
      return { kind: 'confirm' };
    case 'close':
      return { kind: 'close' };
    case 'refund': {
      const action = body['action'];
      if (typeof action !== 'string' || !REFUND_ACTIONS.includes(action as RefundAction)) {
        throw badRequest(
          `action ${JSON.stringify(action)} is not a refund step.`,
          `Use one of ${REFUND_ACTIONS.join(', ')}.`,
          'action',
        );
      }
      return { kind: 'refund', action: action as RefundAction };
    }
    default:
      throw new AlipayEscrowError('ILLEGAL_REQUEST', `Unknown trade action "${verb}".`, {
        hint: 'Use pay, confirm, refund or close.',
        status: 404,
      });
  }
}

function configJson(ctx: SandboxContext): unknown {
  const { config } = ctx;
  return {
    partner: config.partner,
    seller: config.seller,
    buyers: config.buyers,
    signTypes: signTypes(config),
    timeScale: config.timeScale,
    chaos: config.chaos ?? null,
    clock: config.clock.mode,
    now: isoTime(config.clock.now()),
    features: { customTimeouts: config.customTimeouts },
  };
}

async function route(request: Request, path: string, ctx: SandboxContext): Promise<Response> {
  const { method } = request;
  const parts = path.split('/');
  if (method === 'GET' && path === 'config') return json(configJson(ctx));
  if (method === 'GET' && path === 'idle') return json({ pending: ctx.engine.pending() });
  if (method === 'POST' && path === 'clock/advance') {
    const seconds = (await jsonBody(request))['seconds'];
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw badRequest(
        `seconds ${JSON.stringify(seconds)} must be a number, 0 or more.`,
        'For example {"seconds": 120} to reach the first retry.',
        'seconds',
      );
    }
    await ctx.config.clock.advance(seconds);
    return json({ now: isoTime(ctx.config.clock.now()), pending: ctx.engine.pending() });
  }
  if (method === 'POST' && path === 'notify-ids') return issueNotifyId(request, ctx);
  if (method === 'GET' && path === 'trades')
    return json({ trades: ctx.engine.allTrades().map((t) => tradeJson(t, ctx.engine)) });
  if (parts[0] === 'trades' && parts.length === 3 && parts[2] === 'notifications' && method === 'GET') {
    return json(inspectTrade(tradeOf(ctx, parts[1]!), ctx.engine, ctx.config.clock.now()));
  }
  if (parts[0] === 'trades' && parts.length === 2 && method === 'GET') {
    return json(tradeJson(tradeOf(ctx, parts[1]!), ctx.engine));
  }
  if (parts[0] === 'trades' && parts.length === 3 && method === 'POST') {
    const trade = tradeOf(ctx, parts[1]!);
    const action = await actionFrom(parts[2]!, request, trade, ctx);
    // A test buyer account (test-buyers.ts) fails (409 SYSTEM_ERROR), hangs or closes the trade instead of paying.
    const next =
      action.kind === 'pay'
        ? (await payTrade(ctx, trade, action.buyer, action.logistics)).trade
        : await ctx.engine.act(trade, action);
    return json(tradeJson(next, ctx.engine));
  }
  throw new AlipayEscrowError('ILLEGAL_REQUEST', `No test API route ${method} ${API_PREFIX}${path}.`, {
    hint: 'See the "Test API" section of the sandbox README for the routes.',
    status: 404,
  });
}

/**
 * Refuses a POST that a web page could have sent behind the tester's back: one from another
 * origin (403), or one whose body is not declared JSON (415) — a page can send a form or
 * text/plain to any address without asking, but JSON only to its own origin (see same-origin.ts).
 */
function refusePost(request: Request, path: string): AlipayEscrowError | undefined {
  const reason = crossSiteReason(request);
  if (reason !== undefined) {
    return new AlipayEscrowError(
      'ILLEGAL_REQUEST_REFERER',
      `${reason} The test API changes trades only for programs and the sandbox's own pages.`,
      {
        hint: 'Call it from a test, a script or curl (they send no Origin), not from a page of another site.',
        status: 403,
      },
    );
  }
  const type = request.headers.get('content-type');
  if ((type ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') {
    return new AlipayEscrowError(
      'ILLEGAL_REQUEST',
      `POST ${API_PREFIX}${path} takes JSON, but the request's Content-Type is ${type === null ? 'missing' : JSON.stringify(type)}.`,
      {
        hint: 'Send the header "content-type: application/json" with a JSON object body (an empty body counts as {}).',
        field: 'content-type',
        status: 415,
      },
    );
  }
  return undefined;
}

/** Handles a request whose path starts with /sandbox/api/. */
export async function handleTestApi(request: Request, ctx: SandboxContext): Promise<Response> {
  const path = new URL(request.url).pathname.slice(API_PREFIX.length).replace(/\/$/, '');
  try {
    const refused = request.method === 'GET' || request.method === 'HEAD' ? undefined : refusePost(request, path);
    if (refused !== undefined) return jsonError(refused);
    return await route(request, path, ctx);
  } catch (e) {
    return jsonError(asAlipayError(e));
  }
}
