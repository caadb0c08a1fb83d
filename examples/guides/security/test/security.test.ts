// The security guide's code does what the guide says: the log pruned on the recommended schedule,
// the allow-list reading the hop your proxy appended, the body limits.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type EscrowOptions,
  type IpAllowListOptions,
} from '@alipay-escrow/core';
import {
  acceptingNotifyIds,
  buildTestNotification,
  tamperNotification,
  TEST_DEFAULTS,
} from '@alipay-escrow/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pruneDaily, pruneNotificationLog } from '../src/prune.js';
import { behindOneProxy, behindTwoProxies, bodyLimits } from '../src/proxy.js';

const KEY = 'security0guide0key0security0guid';
const keys = { signType: 'MD5', key: KEY } as const;
const PARTNER = '2088101122136241';
const DAY = 24 * 60 * 60 * 1000;

function shop(over: Partial<EscrowOptions> = {}) {
  let clock = new Date('2025-01-01T00:00:00Z');
  const escrow = createEscrow({
    merchant: {
      partner: PARTNER,
      keys,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store: createMemoryStore(),
    gateway: {
      ...createGatewayClient({ partner: PARTNER, keys, charset: 'utf-8' }),
      notifyVerify: acceptingNotifyIds(),
    },
    now: () => clock,
    ...over,
  });
  const order = (outTradeNo: string) =>
    escrow.createPayment({
      outTradeNo,
      subject: '茶叶礼盒',
      price: '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
  const paid = (outTradeNo: string) =>
    buildTestNotification({
      keys,
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
  return {
    escrow,
    order,
    paid,
    setClock: (at: Date) => void (clock = at),
    clock: () => clock,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('pruneNotificationLog', () => {
  it('drops rejected entries after 14 days and everything after 180', async () => {
    const s = shop();
    await s.order('SEC-1');
    const genuine = await s.paid('SEC-1');
    const forged = tamperNotification(genuine.body, { total_fee: '0.02' });
    const post = (body: Uint8Array) =>
      s.escrow.handleNotify(
        new Request('https://shop.example.com/alipay/notify', {
          method: 'POST',
          body: body.slice(),
        }),
      );
    expect(await (await post(forged)).text()).toBe('fail');
    expect(await (await post(genuine.body)).text()).toBe('success');
    const start = s.clock().getTime();

    const afterTwoWeeks = new Date(start + 15 * DAY);
    expect(await pruneNotificationLog(s.escrow, afterTwoWeeks)).toEqual({
      rejected: 1,
      old: 0,
    });
    expect((await s.escrow.listLog()).map((e) => e.verdict)).toEqual(['applied']);

    const afterHalfAYear = new Date(start + 181 * DAY);
    expect(await pruneNotificationLog(s.escrow, afterHalfAYear)).toEqual({
      rejected: 0,
      old: 1,
    });
    expect(await s.escrow.listLog()).toEqual([]);
    // the order itself is kept
    expect((await s.escrow.getOrder('SEC-1'))?.phase).toBe('paid');
  });

  it('pruneDaily runs it once a day until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const s = shop();
    const reports: unknown[] = [];
    const stop = pruneDaily(s.escrow, (outcome) => reports.push(outcome));
    await vi.advanceTimersByTimeAsync(DAY);
    expect(reports).toEqual([{ rejected: 0, old: 0 }]);
    stop();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(reports).toHaveLength(1);
  });
});

describe('the allow-list behind your proxies', () => {
  async function deliver(ipAllowList: IpAllowListOptions, forwardedFor: string) {
    const s = shop({ ipAllowList });
    await s.order('SEC-2');
    const n = await s.paid('SEC-2');
    const response = await s.escrow.handleNotify(
      n.request(undefined, { 'x-forwarded-for': forwardedFor }),
      { remoteAddress: '10.0.0.2' }, // the proxy
    );
    return [response.status, await response.text()];
  }

  it('one proxy: the rightmost entry is the client', async () => {
    // an Alipay address the client wrote itself does not count
    expect(await deliver(behindOneProxy, '121.0.26.5, 203.0.113.9')).toEqual([403, 'fail']);
    expect(await deliver(behindOneProxy, '203.0.113.9, 121.0.26.5')).toEqual([200, 'success']);
  });

  it('two proxies: the second entry from the right; a shorter header is refused', async () => {
    expect(await deliver(behindTwoProxies, '203.0.113.9, 110.75.130.5, 10.0.0.7')).toEqual([200, 'success']);
    expect(await deliver(behindTwoProxies, '110.75.130.5')).toEqual([403, 'fail']);
  });
});

describe('body limits', () => {
  it('refuses a notify body over maxBodyBytes with 413, before reading it', async () => {
    const s = shop(bodyLimits);
    const response = await s.escrow.handleNotify(
      new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        headers: { 'content-length': String(bodyLimits.maxBodyBytes! + 1) },
        body: new Uint8Array(bodyLimits.maxBodyBytes! + 1),
      }),
    );
    expect([response.status, await response.text()]).toEqual([413, 'fail']);
  });
});
