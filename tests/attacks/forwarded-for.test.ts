// Attack: bypassing the IP allow-list through X-Forwarded-For. A reverse proxy APPENDS the address
// it saw to X-Forwarded-For, after whatever the client wrote there itself. Reading the leftmost
// entry therefore reads the attacker's own text: writing an Alipay address there let any host
// through. The client address is the entry the merchant's own proxy appended (the rightmost, or
// the Nth from the right with trustedProxyHops), and a header too short for that is unknown.
//
// Each request here is a genuinely signed notification, with notify_verify answered "true", so
// only the source address decides. The adapter's remoteAddress is the proxy (10.0.0.2).
import type { Escrow, IpAllowListOptions } from '@alipay-escrow/core';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { attackShop } from './shop-kit.js';

const KEY = 'forwardedfor0attack0key000000000';
const keys = { signType: 'MD5', key: KEY } as const;
const PROXY = '10.0.0.2';
const ALIPAY = '121.0.26.5'; // inside 121.0.26.0/23
const ATTACKER = '6.6.6.6';

function shop(ipAllowList: IpAllowListOptions): Promise<Escrow> {
  return attackShop({ keys, ipAllowList, orders: [{ outTradeNo: 'XFF-1' }] });
}

/** Delivers a genuine "paid" notification through the proxy, with the given X-Forwarded-For. */
async function deliver(
  escrow: Escrow,
  forwardedFor: string,
): Promise<{ status: number; body: string; code: string | null; remoteAddress: string | null }> {
  const n = await buildTestNotification({
    keys,
    outTradeNo: 'XFF-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
  });
  const response = await escrow.handleNotify(n.request(undefined, { 'x-forwarded-for': forwardedFor }), {
    remoteAddress: PROXY,
  });
  const [entry] = await escrow.listLog({ limit: 1 });
  return {
    status: response.status,
    body: await response.text(),
    code: entry?.code ?? null,
    remoteAddress: entry?.remoteAddress ?? null,
  };
}

describe('X-Forwarded-For cannot carry a client-written address past the allow-list', () => {
  it('refuses an Alipay address the client wrote on the left of the one the proxy appended', async () => {
    const escrow = await shop({ trustedProxyHeader: 'x-forwarded-for' });
    const reply = await deliver(escrow, `${ALIPAY}, ${ATTACKER}`);
    expect(reply).toEqual({ status: 403, body: 'fail', code: 'IP_NOT_ALLOWED', remoteAddress: ATTACKER });
    expect((await escrow.getOrder('XFF-1'))?.phase).toBe('created');
  });

  it('accepts Alipay when the proxy appended its address, whatever the client wrote before it', async () => {
    const escrow = await shop({ trustedProxyHeader: 'x-forwarded-for' });
    const reply = await deliver(escrow, `${ATTACKER}, ${ALIPAY}`);
    expect(reply).toMatchObject({ status: 200, body: 'success', remoteAddress: ALIPAY });
    expect((await escrow.getOrder('XFF-1'))?.phase).toBe('paid');
  });

  it('with trustedProxyHops 2 takes the second entry from the right, never one further left', async () => {
    const escrow = await shop({ trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: 2 });
    expect(await deliver(escrow, `${ALIPAY}, ${ATTACKER}, 10.0.0.7`)).toMatchObject({
      status: 403,
      code: 'IP_NOT_ALLOWED',
      remoteAddress: ATTACKER,
    });
    expect(await deliver(escrow, `${ATTACKER}, ${ALIPAY}, 10.0.0.7`)).toMatchObject({
      status: 200,
      body: 'success',
      remoteAddress: ALIPAY,
    });
  });

  it('refuses a header with fewer entries than the configured hops (the address is unknown)', async () => {
    const escrow = await shop({ trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: 2 });
    expect(await deliver(escrow, ALIPAY)).toEqual({
      status: 403,
      body: 'fail',
      code: 'IP_NOT_ALLOWED',
      remoteAddress: null,
    });
    expect((await escrow.getOrder('XFF-1'))?.phase).toBe('created');
  });
});
