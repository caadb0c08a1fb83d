// The warnings the going-live guide promises: an anomaly reaches the logger as one JSON line even
// without onAnomaly, and production options refuse a sandbox gateway.
import { createEscrow, createGatewayClient, createMemoryStore } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { productionOptions } from '../src/warnings.js';

const KEY = 'golive0guide0key0golive0guide000';
const env = {
  ALIPAY_PARTNER: '2088101122136241',
  ALIPAY_KEY: KEY,
  ALIPAY_SELLER_ID: TEST_DEFAULTS.sellerId,
  PUBLIC_URL: 'https://shop.example.com',
};

afterEach(() => vi.restoreAllMocks());

describe('warnings in production', () => {
  it('writes an anomaly as one JSON line, with the log entry to replay', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void lines.push(String(line)));
    const gateway = {
      ...createGatewayClient({ partner: env.ALIPAY_PARTNER, keys: { signType: 'MD5', key: KEY }, charset: 'utf-8' }),
      notifyVerify: acceptingNotifyIds(),
    };
    // The allow-list is left out: this test's requests do not come from Alipay's addresses.
    const { ipAllowList: _, ...options } = productionOptions(env, createMemoryStore(), {});
    const escrow = createEscrow({ ...options, gateway });
    await escrow.createPayment({
      outTradeNo: 'gl-1',
      subject: '茶叶礼盒',
      price: '199.00',
      quantity: 1,
      logistics: [{ type: 'EMS', fee: '0', payment: 'SELLER_PAY' }],
    });

    const paidLess = await buildTestNotification({
      keys: { signType: 'MD5', key: KEY },
      outTradeNo: 'gl-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    const response = await escrow.handleNotify(paidLess.request());
    expect(await response.text()).toBe('success'); // genuine: Alipay must not resend it …
    expect((await escrow.getOrder('gl-1'))!.tradeStatus).toBeNull(); // … but nothing was applied

    expect(lines).toHaveLength(1);
    const [entry] = await escrow.listLog({ outTradeNo: 'gl-1' });
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      kind: 'anomaly',
      code: 'AMOUNT_MISMATCH',
      channel: 'notify',
      outTradeNo: 'gl-1',
      logId: entry!.id,
      msg: expect.stringContaining('npx alipay-escrow explain AMOUNT_MISMATCH'),
    });
    expect(lines[0]).not.toContain(KEY);
  });

  it('refuses to start with the sandbox gateway', () => {
    const sandbox = { ...env, ALIPAY_GATEWAY_URL: 'http://127.0.0.1:7001/gateway.do' };
    expect(() => createEscrow(productionOptions(sandbox, createMemoryStore(), {}))).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining('Test settings in production'),
      }),
    );
  });
});
