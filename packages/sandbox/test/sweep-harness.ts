// The sweep's world: a merchant (core's createEscrow) on a store of the caller's, in-process with a
// sandbox on a manual clock (portable: Node runs it in sweep.test.ts, Deno in the Deno adapter's
// sweep test). The merchant can be cut off from the notifications of chosen orders
// (the sandbox's deliveries to them fail), so only a sweep can bring those orders up to date.
import {
  createEscrow,
  createGatewayClient,
  type Escrow,
  type EscrowHooks,
  type EscrowOrder,
  type EscrowStore,
  type GatewayClient,
} from '@alipay-escrow/core';
import { createClock, createSandbox, type Sandbox, type SandboxConfig } from '../src/index.js';
import { KEY, MD5, PARTNER, SELLER_EMAIL, START } from './helpers.js';

const GATEWAY = 'http://127.0.0.1:7001/gateway.do';

/** Opens the merchant's store (the clock is the sandbox's); close() frees it. */
export type OpenStore = (now: () => Date) => Promise<{ store: EscrowStore; close(): Promise<void> }>;

export interface World {
  escrow: Escrow;
  sandbox: Sandbox;
  gateway: GatewayClient;
  /** Orders whose notifications never reach the merchant (every delivery fails). */
  unreachable: Set<string>;
  /** Creates the order and sends the buyer's browser to the sandbox (the trade exists there). */
  create(order: EscrowOrder): Promise<void>;
  /** A buyer or seller action at the sandbox: pay, confirm, close, or a refund step. */
  act(outTradeNo: string, step: 'pay' | 'confirm' | 'close' | 'apply' | 'agree' | 'refuse' | 'cancel'): Promise<void>;
  /** The seller ships at Alipay (through the merchant when it knows the trade, else straight to the gateway). */
  ship(outTradeNo: string, transportType?: 'EXPRESS' | 'POST'): Promise<void>;
  /** The sandbox's trades by out_trade_no. */
  trades(): Promise<Map<string, { tradeNo: string; tradeStatus: string; refundStatus: string | null }>>;
  close(): Promise<void>;
}

/** A merchant on `kind` and a sandbox, sharing one manual clock. */
export async function openWorld(
  openStore: OpenStore,
  hooks: EscrowHooks,
  sandboxOptions: Partial<SandboxConfig> = {},
): Promise<World> {
  const clock = createClock({ mode: 'manual', start: START });
  const now = () => new Date(clock.now());
  const opened = await openStore(now);
  const unreachable = new Set<string>();
  let sandbox: Sandbox | undefined;
  const callSandbox = (input: RequestInfo | URL, init?: RequestInit) => sandbox!.fetch(new Request(input, init));
  const gateway = createGatewayClient({
    partner: PARTNER,
    keys: MD5,
    charset: 'utf-8',
    gatewayUrl: GATEWAY,
    fetch: callSandbox as typeof fetch,
  });
  const escrow = createEscrow({
    merchant: {
      partner: PARTNER,
      keys: MD5,
      charset: 'utf-8',
      seller: { email: SELLER_EMAIL },
      notifyUrl: 'http://127.0.0.1:7002/alipay/notify',
      gatewayUrl: GATEWAY,
    },
    store: opened.store,
    gateway,
    hooks,
    now,
    logger: null,
  });
  const merchantFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const outTradeNo = new URLSearchParams(await request.clone().text()).get('out_trade_no') ?? '';
    if (unreachable.has(outTradeNo))
      throw new TypeError('connect ECONNREFUSED (the merchant is unreachable for this order)');
    return escrow.handleNotify(request, { remoteAddress: '127.0.0.1' });
  };
  sandbox = await createSandbox({
    partner: PARTNER,
    key: KEY,
    seller: { email: SELLER_EMAIL },
    clock,
    fetch: merchantFetch as typeof fetch,
    ...sandboxOptions,
  });
  const api = async (path: string, body?: unknown): Promise<any> => {
    const res = await callSandbox(
      `http://127.0.0.1:7001/sandbox/api/${path}`,
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    const json = await res.json();
    if (res.status !== 200) throw new Error(`${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const trades = async () => {
    const list = (await api('trades')).trades as {
      outTradeNo: string;
      tradeNo: string;
      tradeStatus: string;
      refundStatus: string | null;
    }[];
    return new Map(list.map((t) => [t.outTradeNo, t]));
  };
  return {
    escrow,
    sandbox,
    gateway,
    unreachable,
    async create(order) {
      const payment = await escrow.createPayment(order);
      const res = await callSandbox(payment.url);
      if (res.status !== 302) throw new Error(`create ${order.outTradeNo}: ${res.status} ${await res.text()}`);
    },
    async act(outTradeNo, step) {
      const id = encodeURIComponent(outTradeNo);
      if (step === 'pay') await api(`trades/${id}/pay`, { logistics: 0 });
      else if (step === 'confirm' || step === 'close') await api(`trades/${id}/${step}`, {});
      else await api(`trades/${id}/refund`, { action: step });
    },
    async ship(outTradeNo, transportType = 'EXPRESS') {
      const mine = await escrow.getOrder(outTradeNo);
      if (mine?.tradeNo) {
        await escrow.sendGoods(outTradeNo, { logisticsName: '顺丰速运', invoiceNo: 'SF1000', transportType });
        return;
      }
      const trade = (await trades()).get(outTradeNo)!;
      const reply = await gateway.sendGoods({
        tradeNo: trade.tradeNo,
        logisticsName: '顺丰速运',
        invoiceNo: 'SF1000',
        transportType,
      });
      if (!reply.ok) throw new Error(`ship ${outTradeNo}: ${reply.error}`);
    },
    trades,
    async close() {
      await sandbox!.close();
      await opened.close();
    },
  };
}

/** An order of 1 yuan + express, numbered. */
export function orderOf(
  outTradeNo: string,
  logistics: EscrowOrder['logistics'] = [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
): EscrowOrder {
  return { outTradeNo, subject: `测试 ${outTradeNo}`, price: '1.00', quantity: 1, logistics };
}

export const HOUR = 3600;
export const DAY = 24 * HOUR;
/** Past the whole retry schedule (24 h 22 min after a notification), with margin. */
export const PAST_RETRIES = 26 * HOUR;
