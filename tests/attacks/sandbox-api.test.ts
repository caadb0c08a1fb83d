// The sandbox on 127.0.0.1 against a page of another site open in the tester's browser: its
// JSON test API must not pay, confirm or sign anything for a form or text/plain POST (415) or
// for a request from another origin (403), and its pages' forms must come from its own pages.
import { createEscrow, createMemoryStore } from '@alipay-escrow/core';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PARTNER = '2088101122139999';
const KEY = 'sandbox-api-attack-key-0123456789';
const EVIL = 'http://evil.example';

let sandbox: RunningSandbox;
let count = 0;

beforeAll(async () => {
  sandbox = await startSandbox({ partner: PARTNER, key: KEY });
});

afterAll(async () => {
  await sandbox?.stop();
});

/** A new unpaid trade: the buyer reached the cashier. Resolves to out_trade_no and trade_no. */
async function unpaidTrade(): Promise<{ id: string; tradeNo: string }> {
  const escrow = createEscrow({
    merchant: {
      partner: PARTNER,
      keys: { signType: 'MD5', key: KEY },
      charset: 'utf-8',
      seller: { id: PARTNER },
      gatewayUrl: sandbox.gatewayUrl,
    },
    store: createMemoryStore(),
  });
  const id = `ATTACK-${++count}`;
  const payment = await escrow.createPayment({
    outTradeNo: id,
    subject: '测试',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
  const res = await fetch(payment.url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return { id, tradeNo: res.headers.get('location')!.split('/')[2]! };
}

async function tradeStatus(id: string): Promise<string> {
  const res = await fetch(`${sandbox.url}/sandbox/api/trades/${id}`);
  return ((await res.json()) as { tradeStatus: string }).tradeStatus;
}

const post = (path: string, headers: Record<string, string>, body = '{}') =>
  fetch(`${sandbox.url}${path}`, { method: 'POST', headers, body, redirect: 'manual' });

describe('the sandbox JSON API', () => {
  it('a text/plain POST to /sandbox/api/trades/:id/pay answers 415 with what to send, and the trade stays unpaid', async () => {
    const { id } = await unpaidTrade();
    const res = await post(`/sandbox/api/trades/${id}/pay`, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('application/json');
    expect(await tradeStatus(id)).toBe('WAIT_BUYER_PAY');
  });

  it('a form POST, or a POST with no content type, is refused as well', async () => {
    const { id } = await unpaidTrade();
    expect(
      (
        await post(
          `/sandbox/api/trades/${id}/pay`,
          { 'content-type': 'application/x-www-form-urlencoded' },
          'logistics=0',
        )
      ).status,
    ).toBe(415);
    expect((await fetch(`${sandbox.url}/sandbox/api/trades/${id}/pay`, { method: 'POST' })).status).toBe(415);
    expect(await tradeStatus(id)).toBe('WAIT_BUYER_PAY');
  });

  it('a text/plain POST to /sandbox/api/notify-ids answers 415 and signs nothing', async () => {
    const res = await post(
      '/sandbox/api/notify-ids',
      { 'content-type': 'text/plain' },
      JSON.stringify({ tradeStatus: 'TRADE_FINISHED', outTradeNo: 'VICTIM-1', totalFee: '888.00' }),
    );
    expect(res.status).toBe(415);
    expect(JSON.stringify(await res.json())).not.toContain('notifyId');
    expect((await fetch(`${sandbox.url}/sandbox`)).ok).toBe(true);
    expect(await (await fetch(`${sandbox.url}/sandbox`)).text()).not.toContain('VICTIM-1');
  });

  it('JSON from another origin answers 403 and changes nothing; from the sandbox itself or a program it works', async () => {
    const { id } = await unpaidTrade();
    const foreign = await post(`/sandbox/api/trades/${id}/pay`, { 'content-type': 'application/json', origin: EVIL });
    expect(foreign.status).toBe(403);
    expect(await tradeStatus(id)).toBe('WAIT_BUYER_PAY');
    const own = await post(`/sandbox/api/trades/${id}/pay`, {
      'content-type': 'application/json',
      origin: sandbox.url,
    });
    expect(own.status).toBe(200);
    expect(await tradeStatus(id)).toBe('WAIT_SELLER_SEND_GOODS');
    expect((await post(`/sandbox/api/trades/${id}/confirm`, { 'content-type': 'application/json' })).status).toBe(409); // not shipped: the state machine answers, not the guard
  });
});

describe('the sandbox pages', () => {
  it('a cashier pay form posted from another origin answers 403 and the trade stays unpaid', async () => {
    const { id, tradeNo } = await unpaidTrade();
    const res = await post(
      `/cashier/${tradeNo}/pay`,
      { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL },
      'buyer_email=buyer%40example.com&logistics=0',
    );
    expect(res.status).toBe(403);
    const cross = await post(
      `/cashier/${tradeNo}/pay`,
      { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      'buyer_email=buyer%40example.com',
    );
    expect(cross.status).toBe(403);
    expect(await tradeStatus(id)).toBe('WAIT_BUYER_PAY');
  });

  it('seller- and buyer-center actions posted from another origin answer 403 and change nothing', async () => {
    const { id, tradeNo } = await unpaidTrade();
    expect(
      (
        await post(
          `/sandbox/seller/trades/${tradeNo}/close`,
          { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL },
          '',
        )
      ).status,
    ).toBe(403);
    expect(await tradeStatus(id)).toBe('WAIT_BUYER_PAY');
    await post(`/sandbox/api/trades/${id}/pay`, { 'content-type': 'application/json' });
    expect(
      (
        await post(
          `/sandbox/buyer/trades/${tradeNo}/apply_refund`,
          { 'content-type': 'application/x-www-form-urlencoded', origin: EVIL },
          'buyer=buyer%40example.com',
        )
      ).status,
    ).toBe(403);
    const trade = (await (await fetch(`${sandbox.url}/sandbox/api/trades/${id}`)).json()) as {
      refundStatus: string | null;
    };
    expect(trade.refundStatus).toBeNull();
    // The same form from the sandbox's own page goes through.
    expect(
      (
        await post(
          `/sandbox/buyer/trades/${tradeNo}/apply_refund`,
          { 'content-type': 'application/x-www-form-urlencoded', origin: sandbox.url },
          'buyer=buyer%40example.com',
        )
      ).status,
    ).toBe(303);
  });

  it('pages forbid framing and script: CSP with frame-ancestors none, X-Frame-Options DENY', async () => {
    const { tradeNo } = await unpaidTrade();
    for (const path of ['/sandbox', `/cashier/${tradeNo}`, '/sandbox/seller', '/sandbox/buyer']) {
      const res = await fetch(`${sandbox.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('script-src');
      expect(csp, path).toContain("default-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(await res.text(), path).toContain(`<style nonce="${nonce}">`);
    }
  });
});
