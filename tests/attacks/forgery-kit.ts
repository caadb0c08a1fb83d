// Building blocks for the cross-protocol forgery tests (forgery.test.ts): a merchant whose shop
// signed a request carrying injected text, and the notification or return an attacker cuts out of
// that request's pre-sign string. Everything here goes through public exports of the built core.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type Escrow,
  type EscrowHooks,
  type MerchantConfig,
  type SignatureKeys,
} from '@alipay-escrow/core';
import { formEncodePairs, presignBytes, presignString, signBytes } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';

export const PARTNER = '2088101122130011';
export const KEYS: SignatureKeys = Object.freeze({ signType: 'MD5', key: 'f0rg3ry7k2m9q4w8e1r6t3y5u0i2o7p4' });
/** The notify_id of the attacker's own, genuine 0.01 payment: notify_verify confirms it. */
export const GENUINE_NOTIFY_ID = '8fd9bf041402c20669653e69b5cece34';
export const VICTIM = 'VICTIM-888';
export const VICTIM_PRICE = '888.00';

export function merchantFor(charset: Charset): MerchantConfig {
  return {
    partner: PARTNER,
    keys: KEYS,
    charset,
    seller: { id: PARTNER },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
  };
}

/** The pairs that make the victim's order look finished, in the order they sort. */
export const INJECTED = `&notify_id=${GENUINE_NOTIFY_ID}&out_trade_no=${VICTIM}&seller_id=${PARTNER}&total_fee=${VICTIM_PRICE}&trade_status=TRADE_FINISHED`;
/** A name that sorts after every request parameter: its value swallows the rest of the string. */
export const SWALLOW = '&zz=';

/** Counts every hook call: a forgery must run none. */
export function countingHooks(): { hooks: EscrowHooks; calls: string[] } {
  const calls: string[] = [];
  const hook = (name: string) => async () => {
    calls.push(name);
  };
  return {
    calls,
    hooks: {
      onPaid: hook('onPaid'),
      onShipped: hook('onShipped'),
      onFinished: hook('onFinished'),
      onClosed: hook('onClosed'),
      onRefund: hook('onRefund'),
      onTransition: hook('onTransition'),
      onAnomaly: hook('onAnomaly'),
    },
  };
}

/**
 * The merchant's escrow: memory store, and a real gateway client whose injected fetch plays
 * Alipay's notify_verify: `true` for the attacker's genuine notify_id, `false` for anything else.
 */
export function merchantEscrow(charset: Charset): { escrow: Escrow; calls: string[]; asked: string[] } {
  const asked: string[] = [];
  const fetchStub: typeof fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const id = url.searchParams.get('notify_id') ?? '';
    asked.push(id);
    return new Response(id === GENUINE_NOTIFY_ID ? 'true' : 'false', { status: 200 });
  };
  const merchant = merchantFor(charset);
  const gateway = createGatewayClient({ partner: PARTNER, keys: KEYS, charset, fetch: fetchStub });
  const { hooks, calls } = countingHooks();
  return { escrow: createEscrow({ merchant, store: createMemoryStore(), gateway, hooks }), calls, asked };
}

/**
 * The create request the shop signed for the attacker's 0.01 order, built the way the library
 * built it, but signed with the low-level signer (pre-sign bytes + key): this stands for a string
 * the merchant signed before the library refused `&`, or signed outside it.
 */
export async function legacySignedRequest(
  charset: Charset,
  injectedField: 'subject' | 'body' | 'receive_address',
  injectedText: string,
  extra: Record<string, string> = {},
): Promise<{ presign: string; sign: string }> {
  const params: Record<string, string> = {
    service: 'create_partner_trade_by_buyer',
    partner: PARTNER,
    _input_charset: charset,
    payment_type: '1',
    seller_id: PARTNER,
    out_trade_no: 'ATTACKER-001',
    subject: '围巾',
    price: '0.01',
    quantity: '1',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
    notify_url: 'https://shop.example.com/alipay/notify',
    return_url: 'https://shop.example.com/alipay/return',
    receive_name: '张三',
    ...extra,
  };
  params[injectedField] = `${params[injectedField] ?? '杭州'}${injectedText}`;
  const sign = await signBytes(presignBytes(params, charset), KEYS, charset);
  return { presign: presignString(params), sign };
}

/**
 * Cuts the forged message out of the merchant's pre-sign string: a first parameter that swallows
 * everything before the injected pairs (in its value, or in its name), the injected pairs, and —
 * when the injected text ended in `&zz=` — a last parameter swallowing everything after them.
 * Its own pre-sign string is the merchant's, byte for byte.
 */
export function forgedPairs(presign: string, swallowIn: 'value' | 'name'): [string, string][] {
  const at = presign.indexOf(INJECTED);
  if (at < 0) throw new Error('the injected text is not in the pre-sign string');
  const head = presign.slice(0, at);
  const after = presign.slice(at + INJECTED.length);
  const eq = swallowIn === 'value' ? head.indexOf('=') : head.lastIndexOf('=');
  const pairs: [string, string][] = [[head.slice(0, eq), head.slice(eq + 1)]];
  for (const segment of INJECTED.slice(1).split('&')) {
    const i = segment.indexOf('=');
    pairs.push([segment.slice(0, i), segment.slice(i + 1)]);
  }
  if (after !== '') {
    if (!after.startsWith(SWALLOW)) throw new Error('text follows the injected pairs but no swallowing parameter');
    pairs.push([SWALLOW.slice(1, -1), after.slice(SWALLOW.length)]);
  }
  return pairs;
}

/** The forged message as a form body (notify) or query string (return), in `charset`. */
export function forgedMessage(pairs: [string, string][], sign: string, charset: Charset): string {
  return formEncodePairs([...pairs, ['sign', sign], ['sign_type', 'MD5']], charset);
}
