// The merchant the attack tests aim at: one escrow over a memory store (or the store a test
// passes), a partner, the test kit's seller, and a gateway whose notify_verify vouches for every
// notify_id (as the real one does for any genuine id) — so that in each test only the defence
// under attack stands between the attacker and the order.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type Escrow,
  type EscrowOptions,
  type GatewayClient,
  type MerchantConfig,
  type SignatureKeys,
} from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import { acceptingNotifyIds, TEST_DEFAULTS } from '@alipay-escrow/core/testing';

export const PARTNER = '2088101122136241';
export const NOTIFY_URL = 'https://shop.example.com/alipay/notify';
export const RETURN_URL = 'https://shop.example.com/alipay/return';

/** The merchant configuration every attack test shares. */
export function attackMerchant(keys: SignatureKeys, charset: Charset = 'utf-8'): MerchantConfig {
  return {
    partner: PARTNER,
    keys,
    charset,
    seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
    notifyUrl: NOTIFY_URL,
    returnUrl: RETURN_URL,
  };
}

/** A gateway client whose notify_verify answers "verified" for any id. */
export function vouchingGateway(keys: SignatureKeys, charset: Charset = 'utf-8'): GatewayClient {
  return { ...createGatewayClient({ partner: PARTNER, keys, charset }), notifyVerify: acceptingNotifyIds() };
}

/** Options of {@link attackShop}: the escrow's own options (merchant aside) plus orders to open. */
export interface AttackShopOptions extends Partial<Omit<EscrowOptions, 'merchant'>> {
  keys: SignatureKeys;
  charset?: Charset;
  /** Orders created (unpaid, one EXPRESS option with free shipping) before the test starts. */
  orders?: { outTradeNo: string; price?: string; subject?: string }[];
}

/** An escrow for an attack test, with its orders created. */
export async function attackShop(options: AttackShopOptions): Promise<Escrow> {
  const { keys, charset = 'utf-8', orders = [], ...rest } = options;
  const escrow = createEscrow({
    merchant: attackMerchant(keys, charset),
    store: createMemoryStore(),
    gateway: vouchingGateway(keys, charset),
    ...rest,
  });
  for (const order of orders) {
    await escrow.createPayment({
      outTradeNo: order.outTradeNo,
      subject: order.subject ?? '测试商品',
      price: order.price ?? '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
  }
  return escrow;
}
