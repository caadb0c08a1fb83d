// Attack: a recipe copied as it stood trusted the buyer. Every recipe took `price` and `subject`
// from the client's JSON (the buyer paid what it liked, and the amount cross-check compared
// Alipay's total with the buyer's own number) and exposed `POST /orders/:id/ship` to anyone (which
// calls send_goods and starts the buyer's auto-confirm timer). The recipes now look price and
// subject up in the shop's product list and refuse a request that sends its own, and ship only for
// the admin's bearer token. Each recipe's own test (examples/recipes/*/test) checks this against a
// running sandbox; this one runs the Hono + Node recipe's app in-process, as a copy would run it.
import { createEscrow, createGatewayClient, createMemoryStore } from '@alipay-escrow/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../examples/recipes/hono-node/src/app.js';
import type { Fulfilments } from '../../examples/recipes/hono-node/src/fulfilments.js';
import { attackMerchant, PARTNER } from './shop-kit.js';

const KEYS = { signType: 'MD5', key: 'recipetrust0attack0key0000000000' } as const;
const ADMIN_TOKEN = 'a'.repeat(24) + 'recipe-admin-token';

function recipe() {
  const gatewayCalls: string[] = [];
  const gateway = createGatewayClient({
    partner: PARTNER,
    keys: KEYS,
    charset: 'utf-8',
    fetch: async (input) => {
      gatewayCalls.push(String(input));
      return new Response(
        '<?xml version="1.0" encoding="utf-8"?><alipay><is_success>F</is_success><error>TRADE_NOT_EXIST</error></alipay>',
      );
    },
  });
  const escrow = createEscrow({ merchant: attackMerchant(KEYS), store: createMemoryStore(), gateway });
  const fulfilments: Fulfilments = { fulfil: async () => {}, count: async () => 0 };
  const app = createApp(escrow, fulfilments, ADMIN_TOKEN);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });
  return { escrow, gatewayCalls, post };
}

describe('recipes do not trust the buyer', () => {
  it("a client-sent price (or subject) is refused; the price charged is the product list's", async () => {
    const { escrow, post } = recipe();
    const cheap = await post('/orders', { productId: 'gift-box', quantity: 1, price: '0.01' });
    expect(cheap.status).toBe(400);
    expect(((await cheap.json()) as { error: { code: string } }).error.code).toBe('INVALID_ORDER');
    const renamed = await post('/orders', { productId: 'gift-box', quantity: 1, subject: 'x&out_trade_no=VICTIM' });
    expect(renamed.status).toBe(400);

    const honest = await post('/orders', { productId: 'gift-box', quantity: 1 });
    expect(honest.status).toBe(201);
    const { outTradeNo, payUrl } = (await honest.json()) as { outTradeNo: string; payUrl: string };
    const query = new URL(payUrl).searchParams;
    expect(query.get('price')).toBe('88.00');
    expect(query.get('subject')).toBe('茶叶礼盒');
    expect((await escrow.getOrder(outTradeNo))!.payable).toEqual(['88.00']);
  });

  it('shipping needs the admin token: without it 401, and send_goods is never called', async () => {
    const { post, gatewayCalls } = recipe();
    const created = (await (await post('/orders', { productId: 'sample', quantity: 1 })).json()) as {
      outTradeNo: string;
    };
    const shipment = { logisticsName: '顺丰速运', invoiceNo: 'SF1234567890' };
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: ADMIN_TOKEN }]) {
      const refused = await post(`/orders/${created.outTradeNo}/ship`, shipment, headers);
      expect(refused.status).toBe(401);
    }
    expect(gatewayCalls).toEqual([]);
    // with the token the request reaches the escrow, which refuses to ship an unpaid order
    const admin = await post(`/orders/${created.outTradeNo}/ship`, shipment, {
      authorization: `Bearer ${ADMIN_TOKEN}`,
    });
    expect(admin.status).not.toBe(401);
    expect(((await admin.json()) as { error?: { code: string } }).error?.code).not.toBe('ADMIN_ONLY');
  });
});
