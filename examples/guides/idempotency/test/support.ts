// Set-up shared by the idempotency tests: an escrow over a memory store whose notify_verify
// accepts every test notification, one order, and one-line deliveries.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type Escrow,
  type EscrowHooks,
  type EscrowStore,
  type MerchantConfig,
} from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';

export const keys = {
  signType: 'MD5',
  key: 'idempotency0guide0key0idempotent',
} as const;

export const merchant: MerchantConfig = {
  partner: '2088101122136241',
  keys,
  charset: 'utf-8',
  seller: { id: TEST_DEFAULTS.sellerId },
  notifyUrl: 'https://shop.example.com/alipay/notify',
};

export function shopEscrow(hooks: EscrowHooks, options: { effectLeaseMs?: number; store?: EscrowStore } = {}): Escrow {
  const gateway = {
    ...createGatewayClient({
      partner: merchant.partner,
      keys,
      charset: 'utf-8',
    }),
    notifyVerify: acceptingNotifyIds(),
  };
  const { store = createMemoryStore(), ...rest } = options;
  return createEscrow({
    merchant,
    store,
    gateway,
    hooks,
    ...rest,
  });
}

export async function placeOrder(escrow: Escrow, outTradeNo: string): Promise<void> {
  await escrow.createPayment({
    outTradeNo,
    subject: '手工皂',
    price: '25.00',
    quantity: 1,
    logistics: [{ type: 'POST', fee: '0', payment: 'SELLER_PAY' }],
  });
}

/** A signed notification body for the order (total 25.00). */
export async function notificationBody(outTradeNo: string, tradeStatus: string): Promise<Uint8Array> {
  return (
    await buildTestNotification({
      keys,
      outTradeNo,
      tradeStatus,
      totalFee: '25.00',
    })
  ).body;
}

/** Alipay delivering `body` to notify_url once; resolves to the reply (`success` or `fail`). */
export async function deliver(escrow: Escrow, body: Uint8Array): Promise<string> {
  const response = await escrow.handleNotify(new Request(merchant.notifyUrl!, { method: 'POST', body: body.slice() }));
  return response.text();
}

/** Resolves once `probe()` is true (checked every 5 ms). */
export async function until(probe: () => boolean): Promise<void> {
  while (!probe()) await new Promise((r) => setTimeout(r, 5));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
