// `__proto__` as a parameter name: it matches [a-z0-9_] and is signed like any other, but decoded
// into a plain object it vanished (assigning `obj['__proto__']` sets the prototype), so the log and
// the hooks saw a different message from the one whose signature was checked. Parameters are now
// decoded into objects without a prototype: `__proto__` (and `constructor`, `toString`…) are kept
// as data, and nothing else changes.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  verifyNotification,
  type Anomaly,
} from '@alipay-escrow/core';
import { formEncodePairs, presignBytes, signBytes } from '@alipay-escrow/core/protocol';
import { describe, expect, it } from 'vitest';

const keys = { signType: 'MD5' as const, key: 'pr0t0k3ypr0t0k3ypr0t0k3ypr0t0k3y' };
const partner = '2088101122130031';

async function body(extra: [string, string][], outTradeNo = 'P-1'): Promise<string> {
  const pairs: [string, string][] = [
    ['notify_id', '70fec0c2730b27528665af4517c27b95'],
    ['notify_type', 'trade_status_sync'],
    ['out_trade_no', outTradeNo],
    ['seller_id', partner],
    ['total_fee', '10.00'],
    ['trade_no', '2015040121001004280001234567'],
    ['trade_status', 'WAIT_SELLER_SEND_GOODS'],
    ...extra,
  ];
  const sign = await signBytes(presignBytes(pairs, 'utf-8'), keys, 'utf-8');
  return formEncodePairs([...pairs, ['sign', sign], ['sign_type', 'MD5']], 'utf-8');
}

describe('__proto__ and other Object.prototype names as parameters', () => {
  it('verifyNotification keeps a signed __proto__ parameter as data', async () => {
    const r = await verifyNotification(await body([['__proto__', 'polluted']]), {
      keys,
      charset: 'utf-8',
      checkNotifyId: false,
    });
    expect(r.valid).toBe(true);
    if (!r.valid) return;
    expect(Object.keys(r.params)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(r.params, '__proto__')?.value).toBe('polluted');
    expect(Object.getPrototypeOf(r.params)).toBeNull();
  });

  it('an absent parameter named like an Object.prototype member reads as undefined, not as a function', async () => {
    const r = await verifyNotification(await body([]), { keys, charset: 'utf-8', checkNotifyId: false });
    expect(r.valid && r.params['constructor']).toBeUndefined();
    expect(r.valid && r.params['toString']).toBeUndefined();
  });

  it('through handleNotify: applied, and the anomaly hook sees the parameter the signature covered', async () => {
    const anomalies: Anomaly[] = [];
    const escrow = createEscrow({
      merchant: {
        partner,
        keys,
        charset: 'utf-8',
        seller: { id: partner },
        notifyUrl: 'https://shop.example.com/alipay/notify',
      },
      store: createMemoryStore(),
      gateway: createGatewayClient({ partner, keys, charset: 'utf-8', fetch: async () => new Response('true') }),
      hooks: { onAnomaly: (a) => void anomalies.push(a) },
    });
    await escrow.createPayment({
      outTradeNo: 'P-1',
      subject: 'x',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    });
    const ok = await escrow.handleNotify(
      new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        body: await body([['__proto__', 'polluted']]),
      }),
    );
    expect(await ok.text()).toBe('success');
    expect(await escrow.getOrder('P-1')).toMatchObject({ phase: 'paid' });

    await escrow.handleNotify(
      new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        body: await body([['__proto__', 'polluted']], 'NOBODY'),
      }),
    );
    expect(anomalies).toHaveLength(1);
    expect(Object.getOwnPropertyDescriptor(anomalies[0]!.params, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
