// Shared set-up for the handlers' tests: a merchant, an order, a gateway whose fetch is faked, a
// hook recorder, and one-line deliveries of signed notifications. Web APIs only.
import type { Charset } from '../../src/charset/index.js';
import type { EffectKind } from '../../src/escrow/index.js';
import { createGatewayClient } from '../../src/gateway/client.js';
import type { GatewayClient } from '../../src/gateway/types.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import type { Anomaly, EffectEvent, Escrow, EscrowHooks, EscrowOptions } from '../../src/escrow-app/types.js';
import type { EscrowOrder, MerchantConfig } from '../../src/protocol/order-types.js';
import type { NotifyIdChecker } from '../../src/protocol/sign-types.js';
import type { EscrowStore } from '../../src/store/types.js';
import {
  buildTestNotification,
  TEST_DEFAULTS,
  type TestNotification,
  type TestNotificationInput,
} from '../../src/testing/index.js';
import { fakeFetch, type Answer, type RecordedRequest } from '../fixtures/fake-fetch.js';
import gatewaySamples from '../fixtures/gateway-samples.json' with { type: 'json' };
import { signParams } from '../../src/protocol/sign.js';

export const PARTNER = '2088101122130001';
export const KEY = 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f';
export const KEYS = { signType: 'MD5', key: KEY } as const;
export const PRICE = '10.00';
export const T0 = Date.parse('2026-03-01T08:00:00.000Z');

export function merchant(over: Partial<MerchantConfig> = {}): MerchantConfig {
  return {
    partner: PARTNER,
    keys: KEYS,
    charset: 'utf-8',
    seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
    ...over,
  };
}

export function orderInput(outTradeNo: string, over: Partial<EscrowOrder> = {}): EscrowOrder {
  return {
    outTradeNo,
    subject: '测试商品',
    price: PRICE,
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    ...over,
  };
}

/** Answers notify_verify GETs with `true`, and every signed POST call with `post(req)`. */
export function gatewayAnswer(
  post: Answer = () => new Response('<alipay><is_success>F</is_success><error>SYSTEM_ERROR</error></alipay>'),
): Answer {
  return (req, signal) => (req.method === 'GET' ? new Response('true') : post(req, signal));
}

export interface FakeGateway {
  gateway: GatewayClient;
  calls: RecordedRequest[];
}

/** A real gateway client over a fake fetch; `notifyVerify` replaces the client's own when given. */
export function fakeGateway(
  answer: Answer = gatewayAnswer(),
  notifyVerify?: NotifyIdChecker,
  charset: Charset = 'utf-8',
): FakeGateway {
  const fake = fakeFetch(answer);
  const client = createGatewayClient({ partner: PARTNER, keys: KEYS, charset, fetch: fake.fetch, timeoutMs: 2_000 });
  return { gateway: notifyVerify ? { ...client, notifyVerify } : client, calls: fake.calls };
}

/** Records every hook call; `failures[kind] = n` makes that hook throw its first n calls. */
export class HookRecorder {
  readonly events: EffectEvent[] = [];
  readonly anomalies: Anomaly[] = [];
  readonly failures: Partial<Record<EffectKind | 'anomaly', number>> = {};
  /** When set, every effect hook waits this long (a wider window for races). */
  delayMs = 0;

  private async run(kind: EffectKind, event: EffectEvent): Promise<void> {
    this.events.push(event);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const left = this.failures[kind] ?? 0;
    if (left > 0) {
      this.failures[kind] = left - 1;
      throw new Error(`${kind} hook failed on purpose (key ${KEY})`);
    }
  }

  hooks(): EscrowHooks {
    return {
      onPaid: (e) => this.run('paid', e),
      onShipped: (e) => this.run('shipped', e),
      onFinished: (e) => this.run('finished', e),
      onClosed: (e) => this.run('closed', e),
      onRefund: (e) => this.run('refund', e),
      onTransition: (e) => this.run('transition', e),
      onAnomaly: (a) => {
        this.anomalies.push(a);
        const left = this.failures.anomaly ?? 0;
        if (left > 0) {
          this.failures.anomaly = left - 1;
          throw new Error('onAnomaly failed on purpose');
        }
      },
    };
  }

  keys(): string[] {
    return this.events.map((e) => e.idempotencyKey);
  }

  count(key: string): number {
    return this.events.filter((e) => e.idempotencyKey === key).length;
  }
}

/** A clock that moves one second per reading, so times are distinct and ordered. */
export function steppingClock(start = T0): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

export interface Shop {
  escrow: Escrow;
  store: EscrowStore;
  hooks: HookRecorder;
  gateway: FakeGateway;
}

export function shop(
  store: EscrowStore,
  over: Partial<EscrowOptions> & { answer?: Answer; notifyVerify?: NotifyIdChecker } = {},
): Shop {
  const { answer, notifyVerify, ...options } = over;
  const hooks = new HookRecorder();
  const gateway = fakeGateway(answer, notifyVerify, options.merchant?.charset ?? 'utf-8');
  const escrow = createEscrow({
    merchant: merchant(),
    store,
    gateway: gateway.gateway,
    hooks: hooks.hooks(),
    now: steppingClock(),
    ...options,
  });
  return { escrow, store, hooks, gateway };
}

export type NoticeInput = Omit<TestNotificationInput, 'keys' | 'totalFee'> & { totalFee?: string };

/** A signed notification for our merchant (total PRICE unless told otherwise). */
export function notification(input: NoticeInput): Promise<TestNotification> {
  return buildTestNotification({ keys: KEYS, totalFee: PRICE, ...input });
}

/** POSTs the notification to handleNotify; answers the reply body and status. */
export async function deliver(
  escrow: Escrow,
  message: TestNotification | Request,
  remoteAddress?: string,
): Promise<{ status: number; body: string; response: Response }> {
  const request = message instanceof Request ? message : message.request();
  const response = await escrow.handleNotify(request, remoteAddress === undefined ? {} : { remoteAddress });
  return { status: response.status, body: await response.clone().text(), response };
}

/** A clock that stands still until advanced. */
export function manualClock(start = T0): (() => Date) & { advance(ms: number): void } {
  let t = start;
  return Object.assign(() => new Date(t), {
    advance(ms: number) {
      t += ms;
    },
  });
}

const WRITES = [
  'createOrder',
  'receive',
  'commit',
  'claimEffects',
  'settle',
  'appendLog',
  'markAttention',
  'clearAttention',
] as const;
export type WriteMethod = (typeof WRITES)[number];

export interface FaultyStore {
  store: EscrowStore;
  /** Makes the n-th write from now fail: 'before' it reaches the store, or 'after' it was done (a lost reply). */
  arm(n: number, when: 'before' | 'after'): void;
  /** The write that failed: method and first argument (the key or id). */
  failed: { method: WriteMethod; arg: unknown } | null;
  writes: WriteMethod[];
}

/** Wraps a store so that one chosen write throws, as a database that goes away mid-request. */
export function faultyStore(inner: EscrowStore): FaultyStore {
  let countdown = 0;
  let mode: 'before' | 'after' = 'before';
  const state: FaultyStore = {
    store: { ...inner },
    arm(n, when) {
      countdown = n;
      mode = when;
      state.failed = null;
      state.writes = [];
    },
    failed: null,
    writes: [],
  };
  for (const method of WRITES) {
    const original = inner[method].bind(inner) as (...args: unknown[]) => Promise<unknown>;
    (state.store as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      state.writes.push(method);
      const hit = countdown > 0 && --countdown === 0;
      if (hit && mode === 'before') {
        state.failed = { method, arg: args[0] };
        throw new Error(`injected store failure before ${method}`);
      }
      const result = await original(...args);
      if (hit) {
        state.failed = { method, arg: args[0] };
        throw new Error(`injected store failure after ${method}`);
      }
      return result;
    };
  }
  return state;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A signed `is_success=T` gateway reply with `<response><{element}>` holding `fields`. */
export async function signedTradeXml(element: 'trade' | 'tradeBase', fields: Record<string, string>): Promise<string> {
  const { sign } = await signParams(fields, KEYS, { charset: 'utf-8' });
  const children = Object.keys(fields)
    .sort()
    .map((k) => `<${k}>${xmlText(fields[k]!)}</${k}>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<alipay>\n<is_success>T</is_success>\n<response>\n<${element}>\n${children}\n</${element}>\n</response>\n<sign>${sign}</sign>\n<sign_type>MD5</sign_type>\n</alipay>\n`;
}

/** The S pp11-13 send-goods success sample's `<tradeBase>` (docs/internals/send-goods.md#reply), with `changes` applied. */
export function sampleTradeBase(changes: Record<string, string>): Record<string, string> {
  const base = /<tradeBase>([\s\S]*)<\/tradeBase>/.exec(gatewaySamples.send_goods_response_success)![1]!;
  const fields: Record<string, string> = {};
  for (const m of base.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) fields[m[1]!] = m[2]!;
  return { ...fields, ...changes };
}
