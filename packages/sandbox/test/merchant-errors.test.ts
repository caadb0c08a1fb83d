// Every error code the sandbox's gateway can produce (CREATE_ERROR_CODES, SERVICE_ERROR_CODES),
// as the merchant meets it through core: on the gateway's error page behind createPayment's URL
// and its form, thrown by sendGoods / reconcile / the gateway client — or, where a merchant using
// core cannot send such a request, what core does instead (refuses locally, before the buyer
// ever leaves the shop).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AlipayEscrowError,
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type EscrowOrder,
} from '@alipay-escrow/core';
import { CREATE_ERROR_CODES, SERVICE_ERROR_CODES } from '../src/index.js';
import type { RunningSandbox } from '../src/node.js';
import { api, errorCode, KEY, MD5, PARTNER, SELLER_EMAIL, withSandbox } from './helpers.js';
import { order, toGateway, withShop, type ShopOptions } from './merchant-shop.js';

const OTHER_KEY = { signType: 'MD5' as const, key: 'q0w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5' };

function rsaKeys() {
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { signType: 'RSA' as const, privateKey: pair.privateKey, alipayPublicKey: pair.publicKey };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a throw');
}

function codeOfSync(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a throw');
}

interface GatewayCase {
  code: string;
  name: string;
  shop?: ShopOptions;
  order?: Partial<EscrowOrder>;
  /** Runs before the merchant sends the buyer (e.g. another shop already used the number). */
  before?: (s: RunningSandbox, id: string) => Promise<void>;
}

/** The merchant's URL and form reach the gateway, which answers with its error page. */
const AT_THE_GATEWAY: GatewayCase[] = [
  { code: 'ILLEGAL_PARTNER', name: 'a partner id the gateway does not know', shop: { partner: '2088000000000001' } },
  { code: 'ILLEGAL_SIGN', name: 'another MD5 key', shop: { keys: OTHER_KEY } },
  {
    code: 'ILLEGAL_SECURITY_PROFILE',
    name: 'RSA keys while the partner has only an MD5 key',
    shop: { keys: rsaKeys() },
  },
  {
    code: 'SELLER_NOT_EXIST',
    name: 'a seller that is not the account',
    shop: { seller: { email: 'someone-else@example.com' } },
  },
  {
    code: 'BUYER_SELLER_EQUAL',
    name: "the seller's login as the buyer (configured by seller id)",
    shop: { seller: { id: PARTNER } },
    order: { buyer: { email: SELLER_EMAIL } },
  },
  {
    code: 'SELF_TIMEOUT_NOT_SUPPORT',
    name: 'it_b_pay without the custom-timeout feature',
    order: { timeouts: { itBPay: '1h' } },
  },
  {
    code: 'TRADE_DATA_MATCH_ERROR',
    name: 'an out_trade_no another shop (another store) used with another price',
    before: async (s, id) => {
      await withShop(s, {}, async (other) => {
        expect((await toGateway(other, order(id, { price: '9.99' }))).status).toBe(302);
      });
    },
  },
  {
    code: 'TRADE_NOT_ALLOWED_PAY',
    name: 'an out_trade_no whose trade is paid already (the store was reset)',
    before: async (s, id) => {
      await withShop(s, {}, async (other) => {
        expect((await toGateway(other, order(id))).status).toBe(302);
        expect((await api(s, 'POST', `trades/${id}/pay`)).status).toBe(200);
      });
    },
  },
];

/** Core refuses the order itself: the request is never built. (gateway code → core's code) */
const REFUSED_BY_CORE: {
  code: string;
  local: string;
  name: string;
  order: Partial<EscrowOrder>;
  shop?: ShopOptions;
}[] = [
  { code: 'ILLEGAL_ARGUMENT', local: 'ILLEGAL_ARGUMENT', name: 'an empty subject', order: { subject: '' } },
  { code: 'ILLEGAL_FEE_PARAM', local: 'AMOUNT_INVALID', name: 'a price that is not yuan', order: { price: '1e3' } },
  {
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    local: 'ILLEGAL_LOGISTICS_FORMAT',
    name: 'logistics DIRECT',
    order: { logistics: [{ type: 'DIRECT' as 'EMS', fee: '0', payment: 'SELLER_PAY' }] },
  },
  {
    code: 'TOTAL_FEE_LESSEQUAL_ZERO',
    local: 'TOTAL_FEE_LESSEQUAL_ZERO',
    name: 'a discount eating the price',
    order: { price: '1.00', discount: '-1.00' },
  },
  {
    code: 'TOTAL_FEE_GREATER_THAN_MAX',
    local: 'TOTAL_FEE_GREATER_THAN_MAX',
    name: 'a total above 1,000,000',
    order: { price: '1000000.00', quantity: 2 },
  },
  {
    code: 'BUYER_SELLER_EQUAL',
    local: 'BUYER_SELLER_EQUAL',
    name: 'the configured seller login as the buyer',
    order: { buyer: { email: SELLER_EMAIL } },
  },
  {
    code: 'ILLEGAL_ENCODING',
    local: 'CHARSET_UNENCODABLE',
    name: 'a character GBK cannot hold',
    shop: { charset: 'gbk' },
    order: { subject: '表情 😀' },
  },
];

const merchantConfig = (extra: Record<string, unknown>) => ({
  partner: PARTNER,
  keys: MD5,
  charset: 'utf-8' as const,
  seller: { email: SELLER_EMAIL },
  gatewayUrl: 'http://127.0.0.1:7001/gateway.do',
  ...extra,
});

/** Codes a merchant using core cannot provoke at all: core builds only well-formed requests. */
const NOT_SENDABLE: { code: string; why: string; check: () => Promise<void> }[] = [
  {
    code: 'ILLEGAL_SERVICE',
    why: 'core always sends service=create_partner_trade_by_buyer',
    check: async () => {
      const escrow = createEscrow({ merchant: merchantConfig({}), store: createMemoryStore() });
      expect((await escrow.createPayment(order('n-1'))).params).toContainEqual([
        'service',
        'create_partner_trade_by_buyer',
      ]);
    },
  },
  {
    code: 'ILLEGAL_PAYMENT_TYPE',
    why: 'core always sends payment_type=1',
    check: async () => {
      const escrow = createEscrow({ merchant: merchantConfig({}), store: createMemoryStore() });
      expect((await escrow.createPayment(order('n-2'))).params).toContainEqual(['payment_type', '1']);
    },
  },
  {
    code: 'ILLEGAL_CHARSET',
    why: 'createEscrow accepts only utf-8 and gbk (CHARSET_UNSUPPORTED at start-up)',
    check: async () => {
      expect(
        codeOfSync(() => createEscrow({ merchant: merchantConfig({ charset: 'latin1' }), store: createMemoryStore() })),
      ).toBe('CHARSET_UNSUPPORTED');
    },
  },
  {
    code: 'ILLEGAL_SIGN_TYPE',
    why: 'createEscrow accepts only MD5 and RSA (SIGN_TYPE_UNSUPPORTED at start-up)',
    check: async () => {
      expect(
        codeOfSync(() =>
          createEscrow({
            merchant: merchantConfig({ keys: { signType: 'DSA', key: KEY } }),
            store: createMemoryStore(),
          }),
        ),
      ).toBe('SIGN_TYPE_UNSUPPORTED');
    },
  },
];

describe('create errors as the merchant meets them', { timeout: 30_000 }, () => {
  for (const c of AT_THE_GATEWAY) {
    for (const via of ['url', 'form'] as const) {
      it(`${c.code} on the gateway's page behind createPayment's ${via}: ${c.name}`, async () => {
        await withSandbox({}, async (s) => {
          const id = `err-${via}`;
          await c.before?.(s, id);
          await withShop(s, c.shop ?? {}, async (shop) => {
            const res = await toGateway(shop, order(id, c.order ?? {}), via);
            expect(res.status).toBe(200);
            expect(await errorCode(res)).toBe(c.code);
          });
        });
      });
    }
  }

  for (const c of REFUSED_BY_CORE) {
    it(`${c.code}: core refuses ${c.name} itself (${c.local}); the buyer never sees the gateway's page`, async () => {
      await withSandbox({}, async (s) => {
        await withShop(s, c.shop ?? {}, async (shop) => {
          expect(await codeOf(shop.escrow.createPayment(order('local-1', c.order)))).toBe(c.local);
        });
      });
    });
  }

  it('TRADE_DATA_MATCH_ERROR and TRADE_NOT_ALLOWED_PAY: with its own store core refuses before the gateway does', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        expect((await toGateway(shop, order('same-1'))).status).toBe(302);
        expect(await codeOf(shop.escrow.createPayment(order('same-1', { price: '0.02' })))).toBe(
          'TRADE_DATA_MATCH_ERROR',
        );
        await api(s, 'POST', 'trades/same-1/pay');
        await s.sandbox.clock.advance(0);
        expect(await codeOf(shop.escrow.createPayment(order('same-1')))).toBe('TRADE_NOT_ALLOWED_PAY');
      });
    });
  });

  for (const c of NOT_SENDABLE) {
    it(`${c.code} cannot be provoked through core: ${c.why}`, c.check);
  }

  it('the cases above account for every code CREATE_ERROR_CODES lists', () => {
    const covered = new Set([
      ...AT_THE_GATEWAY.map((c) => c.code),
      ...REFUSED_BY_CORE.map((c) => c.code),
      ...NOT_SENDABLE.map((c) => c.code),
    ]);
    expect([...covered].sort()).toEqual([...CREATE_ERROR_CODES].sort());
  });
});

describe('service errors as the merchant meets them', { timeout: 30_000 }, () => {
  const covered = new Set<string>();
  const expectCode = async (promise: Promise<unknown>, code: string) => {
    expect(await codeOf(promise)).toBe(code);
    covered.add(code);
  };

  it('TRADE_STATUS_NOT_AVAILD from sendGoods when a refund closed the trade; TRADE_NOT_EXIST from reconcile of an order never opened', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        expect((await toGateway(shop, order('S-1'))).status).toBe(302);
        await api(s, 'POST', 'trades/S-1/pay');
        await api(s, 'POST', 'trades/S-1/refund', { action: 'apply' });
        await api(s, 'POST', 'trades/S-1/refund', { action: 'agree' });
        await s.sandbox.clock.advance(0);
        await expectCode(
          shop.escrow.sendGoods('S-1', { logisticsName: 'EMS', transportType: 'EMS' }),
          'TRADE_STATUS_NOT_AVAILD',
        );
        await shop.escrow.createPayment(order('S-2'));
        await expectCode(shop.escrow.reconcile('S-2'), 'TRADE_NOT_EXIST');
      });
    });
  });

  it('ILLEGAL_SIGN, ILLEGAL_PARTNER and ILLEGAL_SECURITY_PROFILE from reconcile with the wrong credentials', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (good) => {
        expect((await toGateway(good, order('S-3'))).status).toBe(302);
      });
      for (const [options, code] of [
        [{ keys: OTHER_KEY }, 'ILLEGAL_SIGN'],
        [{ partner: '2088000000000001' }, 'ILLEGAL_PARTNER'],
        [{ keys: rsaKeys() }, 'ILLEGAL_SECURITY_PROFILE'],
      ] as [ShopOptions, string][]) {
        await withShop(s, options, async (shop) => {
          await shop.escrow.createPayment(order('S-3'));
          await expectCode(shop.escrow.reconcile('S-3'), code);
        });
      }
    });
  });

  it("TRADE_STATUS_NOT_AVAILD from close_trade on a paid trade, TRADE_NOT_EXIST for an unknown one, through core's gateway client", async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        expect((await toGateway(shop, order('S-4'))).status).toBe(302);
        await api(s, 'POST', 'trades/S-4/pay');
        const client = createGatewayClient({ partner: PARTNER, keys: MD5, charset: 'utf-8', gatewayUrl: s.gatewayUrl });
        expect(await client.closeTrade({ outOrderNo: 'S-4' })).toMatchObject({
          ok: false,
          error: 'TRADE_STATUS_NOT_AVAILD',
        });
        covered.add('TRADE_STATUS_NOT_AVAILD');
        const closed = await client.closeTrade({ outOrderNo: 'nope' });
        expect(closed).toMatchObject({ ok: false, error: 'TRADE_NOT_EXIST' });
      });
    });
  });

  it('the rest cannot be provoked through core, which checks the entry and the charset itself', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        expect((await toGateway(shop, order('S-5'))).status).toBe(302);
        await api(s, 'POST', 'trades/S-5/pay');
        await s.sandbox.clock.advance(0);
        // ILLEGAL_ARGUMENT (S table 9-1): core checks the shipping entry before sending it.
        expect(
          await codeOf(shop.escrow.sendGoods('S-5', { logisticsName: '快'.repeat(65), transportType: 'EMS' })),
        ).toBe('FIELD_TOO_LONG');
        expect(
          await codeOf(shop.escrow.sendGoods('S-5', { logisticsName: 'EMS', transportType: 'SHIP' as 'EMS' })),
        ).toBe('ILLEGAL_ARGUMENT');
        expect((await api(s, 'GET', 'trades/S-5')).json.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
      });
    });
    // ILLEGAL_CHARSET, ILLEGAL_SIGN_TYPE, ILLEGAL_ENCODING: refused at createGatewayClient / createEscrow, as for create.
    for (const code of ['ILLEGAL_ARGUMENT', 'ILLEGAL_CHARSET', 'ILLEGAL_SIGN_TYPE', 'ILLEGAL_ENCODING'])
      covered.add(code);
    expect(codeOfSync(() => createGatewayClient({ partner: PARTNER, keys: MD5, charset: 'big5' as 'gbk' }))).toBe(
      'CHARSET_UNSUPPORTED',
    );
  });

  it('the cases above account for every code SERVICE_ERROR_CODES lists', () => {
    expect([...covered].sort()).toEqual([...SERVICE_ERROR_CODES].sort());
  });
});
