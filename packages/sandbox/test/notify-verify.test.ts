// notify_verify: `true` for a genuine id still valid, `false` for an unknown, expired or
// acknowledged one, `invalid` without partner / notify_id or for a foreign partner. Return ids
// live one minute (sandbox clock); asynchronous ids until the merchant answered `success`.
import { describe, expect, it } from 'vitest';
import { createGatewayClient, verifyReturn } from '@alipay-escrow/core';
import type { RunningSandbox } from '../src/node.js';
import { createTrade, get, MD5, PARTNER, payAtCashier as payAndReturn, withMerchant, withSandbox } from './helpers.js';

async function verify(s: RunningSandbox, query: string): Promise<string> {
  return (await get(`${s.gatewayUrl}?service=notify_verify&${query}`)).text();
}

/** Creates a trade with a return_url, pays at the cashier and returns the success page's return link. */
async function payAtCashier(s: RunningSandbox, returnUrl: string, outTradeNo = 'order-1'): Promise<URL> {
  const cashier = (await createTrade(s, { return_url: returnUrl, out_trade_no: outTradeNo })).headers.get('location')!;
  const page = await (await fetch(`${s.url}${cashier}`)).text();
  expect(page).toContain('id="pay-form"');
  const back = await payAndReturn(s, cashier);
  expect(back).toBeDefined();
  return back!;
}

describe('notify_verify', () => {
  it('answers invalid without partner or notify_id, or for another partner; false for an unknown id', async () => {
    await withSandbox({}, async (s) => {
      expect(await verify(s, `notify_id=abc`)).toBe('invalid');
      expect(await verify(s, `partner=${PARTNER}`)).toBe('invalid');
      expect(await verify(s, `partner=${PARTNER}&notify_id=`)).toBe('invalid');
      expect(await verify(s, `partner=2088000000000009&notify_id=abc`)).toBe('invalid');
      expect(await verify(s, `partner=${PARTNER}&notify_id=abc`)).toBe('false');
    });
  });

  it('keeps an asynchronous notify_id valid across retries until the merchant answers success', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const seen: string[] = [];
        let acknowledge = false;
        m.reply = async (r) => {
          // The merchant checks the id during the delivery, as a real notify handler does.
          seen.push(await verify(s, `partner=${PARTNER}&notify_id=${r.params.get('notify_id')}`));
          return { body: acknowledge ? 'success' : 'fail' };
        };
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(0);
        await s.sandbox.clock.advance(6 * 3600); // deliveries 2–6 (up to 3h22m)
        acknowledge = true;
        await s.sandbox.clock.advance(6 * 3600); // delivery 7 (9h22m): success
        expect(seen).toEqual(['true', 'true', 'true', 'true', 'true', 'true', 'true']);
        const id = m.received[0]!.params.get('notify_id')!;
        expect(await verify(s, `partner=${PARTNER}&notify_id=${id}`)).toBe('false');
      });
    });
  });

  it('keeps a return_url notify_id valid for one minute of sandbox time', async () => {
    await withSandbox({}, async (s) => {
      const back = await payAtCashier(s, 'http://127.0.0.1:1/alipay/return');
      expect(`${back.origin}${back.pathname}`).toBe('http://127.0.0.1:1/alipay/return');
      expect(back.searchParams.get('trade_status')).toBe('WAIT_SELLER_SEND_GOODS');
      expect(back.searchParams.get('is_success')).toBe('T');
      const client = createGatewayClient({ partner: PARTNER, keys: MD5, charset: 'utf-8', gatewayUrl: s.gatewayUrl });
      const verdict = await verifyReturn(back, { keys: MD5, charset: 'utf-8', checkNotifyId: client.notifyVerify });
      expect(verdict.valid).toBe(true);
      const id = back.searchParams.get('notify_id')!;
      await s.sandbox.clock.advance(59);
      expect((await client.notifyVerify(id)).outcome).toBe('verified');
      await s.sandbox.clock.advance(1);
      expect((await client.notifyVerify(id)).outcome).toBe('rejected');
      expect(await verify(s, `partner=${PARTNER}&notify_id=${encodeURIComponent(id)}`)).toBe('false');
    });
  });

  it('sends the return id with / and + escaped inside the value, as the official sample does', async () => {
    await withSandbox({}, async (s) => {
      for (let i = 0; i < 5; i++) {
        const back = await payAtCashier(s, 'http://127.0.0.1:1/r', `order-${i}`);
        // After the one decoding the merchant does, the value still holds %2F / %2B (docs/internals/return.md#notify_id).
        expect(back.searchParams.get('notify_id')).toMatch(/^(?:[A-Za-z0-9=]|%2F|%2B){60,}$/);
      }
    });
  });
});
