// The going-live settings and checks do what the guide says: secrets trimmed and never logged,
// callback URLs validated, the IP allow-list, the log health report, reconciliation.
import { generateKeyPairSync } from 'node:crypto';
import { createEscrow, createGatewayClient, createMemoryStore, type EscrowHooks } from '@alipay-escrow/core';
import {
  acceptingNotifyIds,
  buildTestNotification,
  tamperNotification,
  TEST_DEFAULTS,
} from '@alipay-escrow/core/testing';
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox } from '@alipay-escrow/sandbox/node';
import { describe, expect, it } from 'vitest';
import { escrowOptions, merchantFromEnv } from '../src/config.js';
import { logHealth, reconcileOrders } from '../src/monitor.js';

const KEY = 'golive0guide0key0golive0guide000';
const keys = { signType: 'MD5', key: KEY } as const;
const env = {
  ALIPAY_PARTNER: '2088101122136241',
  ALIPAY_KEY: `${KEY}\n`, // as a secrets file often delivers it
  ALIPAY_SELLER_ID: TEST_DEFAULTS.sellerId,
  PUBLIC_URL: 'https://shop.example.com',
};
const order = (outTradeNo: string) =>
  ({
    outTradeNo,
    subject: '茶叶礼盒',
    price: '199.00',
    quantity: 1,
    logistics: [{ type: 'EMS', fee: '0', payment: 'SELLER_PAY' }],
  }) as const;

/** The production options, with notify_verify answered here (the test has no Alipay to ask). */
function testedEscrow(hooks: EscrowHooks = {}) {
  const gateway = {
    ...createGatewayClient({
      partner: env.ALIPAY_PARTNER,
      keys,
      charset: 'utf-8',
    }),
    notifyVerify: acceptingNotifyIds(),
  };
  return createEscrow({
    ...escrowOptions(env, createMemoryStore(), hooks),
    gateway,
  });
}

const fromAlipay = { 'x-forwarded-for': '110.75.130.5' }; // inside 110.75.128.0/19

describe('merchantFromEnv', () => {
  it('trims the key, and names a missing variable without printing any value', () => {
    expect(merchantFromEnv(env).keys).toEqual({ signType: 'MD5', key: KEY });
    const { ALIPAY_SELLER_ID: _, ...missing } = env;
    expect(() => merchantFromEnv(missing)).toThrow('ALIPAY_SELLER_ID is not set');
  });

  it('takes RSA keys when a private key is given', () => {
    const pair = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const rsa = merchantFromEnv({
      ...env,
      ALIPAY_PRIVATE_KEY: pair.privateKey,
      ALIPAY_PUBLIC_KEY: pair.publicKey,
    });
    expect(rsa.keys.signType).toBe('RSA');
    expect(() =>
      createEscrow(
        escrowOptions(
          {
            ...env,
            ALIPAY_PRIVATE_KEY: pair.privateKey,
            ALIPAY_PUBLIC_KEY: pair.publicKey,
          },
          createMemoryStore(),
          {},
        ),
      ),
    ).not.toThrow();
  });
});

describe('callback URLs', () => {
  it('refuses notify/return URLs Alipay cannot reach or that carry parameters', async () => {
    for (const site of ['http://localhost:3000', 'http://192.168.1.20', 'https://shop.example.com?site=cn']) {
      const escrow = createEscrow(escrowOptions({ ...env, PUBLIC_URL: site }, createMemoryStore(), {}));
      await expect(escrow.createPayment(order('GL-URL'))).rejects.toMatchObject({
        code: 'CALLBACK_URL_INVALID',
      });
    }
    const ok = await createEscrow(escrowOptions(env, createMemoryStore(), {})).createPayment(order('GL-URL'));
    expect(ok.url.startsWith('https://mapi.alipay.com/gateway.do?')).toBe(true);
  });
});

describe('in production', () => {
  it('never writes the key into the log, even when a hook puts it in an error', async () => {
    const escrow = testedEscrow({
      onPaid: () => {
        throw new Error(`could not sign with ${KEY}`);
      },
    });
    await escrow.createPayment(order('GL-1'));
    const n = await buildTestNotification({
      keys,
      outTradeNo: 'GL-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '199.00',
    });
    expect(await (await escrow.handleNotify(n.request(undefined, fromAlipay))).text()).toBe('fail');
    const [entry] = await escrow.listLog({ limit: 1 });
    const [effect] = await escrow.listEffects('GL-1');
    expect(entry?.detail).toContain('[redacted]');
    expect(JSON.stringify({ entry, effect })).not.toContain(KEY);
  });

  it('accepts Alipay’s addresses only, when the allow-list is on', async () => {
    const escrow = testedEscrow();
    await escrow.createPayment(order('GL-2'));
    const n = await buildTestNotification({
      keys,
      outTradeNo: 'GL-2',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '199.00',
    });
    const stranger = await escrow.handleNotify(n.request(undefined, { 'x-forwarded-for': '203.0.113.9' }));
    expect([stranger.status, await stranger.text()]).toEqual([403, 'fail']);
    expect((await escrow.listLog({ limit: 1 }))[0]?.code).toBe('IP_NOT_ALLOWED');
    expect(await (await escrow.handleNotify(n.request(undefined, fromAlipay))).text()).toBe('success');
  });

  it('reports what to alert on: rejections, anomalies, `fail` replies and effects left undone', async () => {
    let warehouseUp = false;
    const escrow = testedEscrow({
      onPaid: () => {
        if (!warehouseUp) throw new Error('warehouse timeout');
      },
    });
    const since = new Date(Date.now() - 1000);
    for (const no of ['GL-3', 'GL-4']) await escrow.createPayment(order(no));
    const paid = await buildTestNotification({
      keys,
      outTradeNo: 'GL-3',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '199.00',
    });
    const cheap = await buildTestNotification({
      keys,
      outTradeNo: 'GL-4',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '1.99',
    });
    await escrow.handleNotify(n(tamperNotification(paid.body, { total_fee: '0.01' }))); // forged
    await escrow.handleNotify(n(paid.body)); // genuine, but the hook fails
    await escrow.handleNotify(n(cheap.body)); // genuine, wrong amount
    // #region health
    const health = await logHealth(escrow, since);
    expect(health).toMatchObject({
      entries: 3,
      rejected: { SIGN_MISMATCH: 1 },
      anomalies: [{ code: 'AMOUNT_MISMATCH', outTradeNo: 'GL-4' }],
      failReplies: 2, // the forged one and the failed hook
      stuckEffects: [{ key: 'GL-3:paid', attempts: 1, lastError: 'warehouse timeout' }],
    });
    // #endregion health
    warehouseUp = true;
    await escrow.handleNotify(n(paid.body)); // Alipay's retry
    expect((await logHealth(escrow, since)).stuckEffects).toEqual([]);

    function n(body: Uint8Array): Request {
      return new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        headers: fromAlipay,
        body: body.slice(),
      });
    }
  });

  it('catches up with reconcile when the notifications never arrived', async () => {
    const sandbox = await startSandbox({
      partner: env.ALIPAY_PARTNER,
      key: KEY,
      clock: createClock({ mode: 'manual' }),
    });
    try {
      const paidOrders: string[] = [];
      // The shop's notify_url is down (nothing listens on port 9): the sandbox cannot deliver.
      const sandboxEnv = {
        ...env,
        PUBLIC_URL: 'http://127.0.0.1:9',
        ALIPAY_SELLER_ID: env.ALIPAY_PARTNER,
        ALIPAY_GATEWAY_URL: sandbox.gatewayUrl,
      };
      const escrow = createEscrow(
        escrowOptions(sandboxEnv, createMemoryStore(), {
          onPaid: ({ order: o }) => void paidOrders.push(o.outTradeNo),
        }),
      );
      for (const no of ['GL-5', 'GL-6']) await escrow.createPayment(order(no));
      await fetch((await escrow.createPayment(order('GL-5'))).url); // the buyer reaches the cashier…
      await fetch(`${sandbox.url}/sandbox/api/trades/GL-5/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      }); // …and pays
      // GL-6: the buyer left before the cashier.
      expect(await reconcileOrders(escrow, ['GL-5', 'GL-6'])).toEqual({
        'GL-5': 'paid',
        'GL-6': 'TRADE_NOT_EXIST',
      });
      expect(paidOrders).toEqual(['GL-5']);
    } finally {
      await sandbox.stop();
    }
  });
});
