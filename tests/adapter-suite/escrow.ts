// The escrow every adapter's suite run serves: one merchant, a memory store (or the store the
// runtime brings: D1, Deno KV…), and a gateway whose notify_verify accepts every id in-process, so
// no test depends on the network. Web APIs only: this file also runs in workerd and under Deno.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type Escrow,
  type EscrowOptions,
  type EscrowStore,
  type GatewayClient,
  type MerchantConfig,
  type SignatureKeys,
} from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import { acceptingNotifyIds, TEST_DEFAULTS } from '@alipay-escrow/core/testing';

export const SUITE_PARTNER = '2088101122130001';
export const SUITE_KEYS: SignatureKeys = Object.freeze({ signType: 'MD5', key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' });
/** Every suite order costs this (one item, free shipping), so notifications carry it as total_fee. */
export const SUITE_PRICE = '10.00';

export interface SuiteEscrowInput {
  charset: Charset;
  /** Default: a fresh memory store. */
  store?: EscrowStore;
  /** Anything else the adapter under test needs (hooks, ipAllowList…); merchant/store/gateway excepted. */
  options?: Omit<Partial<EscrowOptions>, 'merchant' | 'store' | 'gateway'>;
}

export interface SuiteEscrow {
  escrow: Escrow;
  /** The options it was created from, for adapters that take options rather than an Escrow. */
  options: EscrowOptions;
  merchant: MerchantConfig;
  keys: SignatureKeys;
  charset: Charset;
}

/** A gateway client that never goes out: notify_verify says `true`, other calls fail loudly. */
export function suiteGateway(charset: Charset): GatewayClient {
  const offline: typeof fetch = async () => {
    throw new Error('The adapter suite makes no gateway call besides notify_verify (answered in-process).');
  };
  const client = createGatewayClient({ partner: SUITE_PARTNER, keys: SUITE_KEYS, charset, fetch: offline });
  return { ...client, notifyVerify: acceptingNotifyIds() };
}

export function suiteMerchant(charset: Charset): MerchantConfig {
  return {
    partner: SUITE_PARTNER,
    keys: SUITE_KEYS,
    charset,
    seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
  };
}

/** The escrow (and the options behind it) a harness serves. */
export function createSuiteEscrow(input: SuiteEscrowInput): SuiteEscrow {
  const merchant = suiteMerchant(input.charset);
  const options: EscrowOptions = {
    ...input.options,
    merchant,
    store: input.store ?? createMemoryStore(),
    gateway: suiteGateway(input.charset),
  };
  return { escrow: createEscrow(options), options, merchant, keys: SUITE_KEYS, charset: input.charset };
}
