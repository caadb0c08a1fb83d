// Attack: an address of Alipay's claimed in CF-Connecting-IP. Cloudflare's edge overwrites that
// header with the visitor's address, but a Worker run anywhere else (a self-hosted `workerd
// serve`, another host, a proxy that is not Cloudflare's) receives whatever the client wrote. The
// Workers adapter believed the header on every request, so any host could pass the IP allow-list
// by naming an Alipay address. Now it believes it only for a request that came through Cloudflare
// (one carrying `request.cf`), or as the merchant's `trustCfConnectingIp` option says.
//
// Each request here is a genuinely signed notification with notify_verify answered "true", so
// only the source address decides. The module worker's fetch is called directly, as workerd would.
import type { Escrow } from '@alipay-escrow/core';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { alipayEscrow, type AlipayEscrowOptions } from '@alipay-escrow/workers';
import { describe, expect, it } from 'vitest';
import { attackShop } from './shop-kit.js';

const KEY = 'workers0client0ip0attack0key0000';
const keys = { signType: 'MD5', key: KEY } as const;
const ALIPAY = '110.75.143.21'; // inside Alipay's published ranges
const ctx = { waitUntil: () => {} };

function shop(): Promise<Escrow> {
  return attackShop({ keys, ipAllowList: {}, orders: [{ outTradeNo: 'CFIP-1' }] });
}

/** Delivers a genuine "paid" notification claiming Alipay's address, with or without `request.cf`. */
async function deliver(escrow: Escrow, options: { cf: boolean; routes?: AlipayEscrowOptions<unknown> }) {
  const n = await buildTestNotification({
    keys,
    outTradeNo: 'CFIP-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
  });
  const request = n.request('https://shop.example.com/alipay/notify', { 'cf-connecting-ip': ALIPAY });
  // What Cloudflare's edge attaches to every request it hands a Worker; Node's Request has none.
  if (options.cf) Object.defineProperty(request, 'cf', { value: { colo: 'HKG', country: 'CN', asn: 4134 } });
  const response = await alipayEscrow(escrow, options.routes).fetch(request, {}, ctx);
  const [entry] = await escrow.listLog({ limit: 1 });
  return {
    status: response.status,
    body: await response.text(),
    code: entry?.code ?? null,
    remoteAddress: entry?.remoteAddress ?? null,
  };
}

describe('CF-Connecting-IP cannot carry a client-written address past the allow-list', () => {
  it('refuses a request that did not come through Cloudflare, whatever address the header claims', async () => {
    const escrow = await shop();
    expect(await deliver(escrow, { cf: false })).toEqual({
      status: 403,
      body: 'fail',
      code: 'IP_NOT_ALLOWED',
      remoteAddress: null,
    });
    expect((await escrow.getOrder('CFIP-1'))?.phase).toBe('created');
  });

  it('refuses it with trustCfConnectingIp: false even when request.cf is there', async () => {
    const escrow = await shop();
    expect(await deliver(escrow, { cf: true, routes: { trustCfConnectingIp: false } })).toMatchObject({
      status: 403,
      code: 'IP_NOT_ALLOWED',
      remoteAddress: null,
    });
    expect((await escrow.getOrder('CFIP-1'))?.phase).toBe('created');
  });

  it('accepts the address Cloudflare set on a request that came through its edge', async () => {
    const escrow = await shop();
    expect(await deliver(escrow, { cf: true })).toMatchObject({ status: 200, body: 'success', remoteAddress: ALIPAY });
    expect((await escrow.getOrder('CFIP-1'))?.phase).toBe('paid');
  });
});
