// Replay and reconcile through the console's buttons, as a signed-in operator would: the page
// shows the button (with its CSRF token), the POST runs the action, the outcome page says what
// happened. Reconcile asks the local sandbox gateway over real HTTP on 127.0.0.1.
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../src/index.js';
import { csrfOf, get, KEY, makeEscrow, paidOrder, PARTNER, post, serveConsole, type Running } from './fixture.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length > 0) await stops.pop()!();
});

async function open(options: Parameters<typeof serveConsole>[0]): Promise<Running> {
  const running = await serveConsole(options);
  stops.push(() => running.stop());
  return running;
}

describe('replay', () => {
  it('lists an order whose hook threw as needing attention, replays it once fixed, and then lists it no more', async () => {
    let broken = true;
    const paid: string[] = [];
    const escrow = makeEscrow({
      hooks: {
        onPaid: ({ idempotencyKey }) => {
          if (broken) throw new Error('warehouse offline');
          paid.push(idempotencyKey);
        },
      },
    });
    const { entry } = await paidOrder(escrow, 'R-1');
    expect(entry.code).toBe('HOOK_FAILED');
    const running = await open({ escrow });

    const attention = await (await get(`${running.url}/attention`)).text();
    expect(attention).toContain('R-1');
    expect(attention).toContain('HOOK_FAILED');
    expect(attention).toContain(`/log/${entry.id}`);

    broken = false; // the merchant fixed the warehouse
    const entryPage = await (await get(`${running.url}/log/${entry.id}`)).text();
    expect(entryPage).toContain('id="replay-form"');
    const response = await post(`${running.url}/replay`, { logId: entry.id, csrf: csrfOf(entryPage) });
    const outcome = await response.text();
    expect(response.status).toBe(200);
    expect(outcome).toMatch(/id="outcome-verdict"><span class="verdict verdict-(applied|duplicate)"/);
    expect(paid).toEqual(['R-1:paid']);

    const [replayEntry] = await escrow.listLog({ channels: ['replay'], limit: 1 });
    expect(replayEntry?.replayOf).toBe(entry.id);
    expect(outcome).toContain(`/log/${replayEntry!.id}`);
    expect((await escrow.listEffects('R-1')).every((e) => e.status === 'done')).toBe(true);
    expect(await (await get(`${running.url}/attention`)).text()).toContain('id="attention-empty"');
  });

  it('lists a genuine payment for an unknown order, and shows REPLAY_REFUSED with its explanation for a forgery', async () => {
    const escrow = makeEscrow();
    await paidOrder(escrow, 'R-2');
    const forged = await escrow.handleNotify(
      new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        body: 'out_trade_no=R-2&trade_status=TRADE_FINISHED&sign=00&sign_type=MD5',
      }),
      { remoteAddress: '198.51.100.7' },
    );
    expect(await forged.text()).toBe('fail');
    const [forgery] = await escrow.listLog({ verdicts: ['rejected'], limit: 1 });
    const running = await open({ escrow });
    const page = await (await get(`${running.url}/log/${forgery!.id}`)).text();
    const response = await post(`${running.url}/replay`, { logId: forgery!.id, csrf: csrfOf(page) });
    const text = await response.text();
    expect(response.status).toBe(409);
    expect(text).toContain('id="failure-code">REPLAY_REFUSED');
    expect(text).toContain('id="explanation"');
    expect((await escrow.getOrder('R-2'))?.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
  });

  it('shows an unknown-order anomaly on the attention page without a reconcile button', async () => {
    const escrow = makeEscrow();
    const { buildTestNotification } = await import('@alipay-escrow/core/testing');
    const { KEYS } = await import('./fixture.js');
    const stray = await buildTestNotification({
      keys: KEYS,
      outTradeNo: 'NOT-OURS',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '9.90',
    });
    await escrow.handleNotify(stray.request(), { remoteAddress: '110.75.130.1' });
    const running = await open({ escrow });
    const page = await (await get(`${running.url}/attention`)).text();
    expect(page).toContain('NOT-OURS');
    expect(page).toContain('UNKNOWN_ORDER');
    expect(page).not.toContain('value="NOT-OURS"'); // no reconcile form: the store has no such order
  });

  it('lets no forgery list a healthy order, nor hide an order needing attention', async () => {
    const escrow = makeEscrow();
    await paidOrder(escrow, 'OK-1'); // healthy
    const { buildTestNotification } = await import('@alipay-escrow/core/testing');
    const { KEYS } = await import('./fixture.js');
    const stray = await buildTestNotification({
      keys: KEYS,
      outTradeNo: 'LOST-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '9.90',
    });
    await escrow.handleNotify(stray.request(), { remoteAddress: '110.75.130.1' }); // UNKNOWN_ORDER
    for (const outTradeNo of ['OK-1', 'LOST-1']) {
      const forged = `out_trade_no=${outTradeNo}&trade_status=TRADE_FINISHED&sign=00&sign_type=MD5`;
      await escrow.handleNotify(
        new Request('https://shop.example.com/alipay/notify', { method: 'POST', body: forged }),
        { remoteAddress: '198.51.100.7' },
      );
    }
    const running = await open({ escrow });
    const page = await (await get(`${running.url}/attention`)).text();
    expect(page).toContain('LOST-1');
    expect(page).toContain('UNKNOWN_ORDER');
    expect(page).not.toContain('OK-1');
    expect(page).not.toContain('SIGN_MISMATCH');
  });

  it('takes the attention list from needsAttention when given (where the sweep plugs in)', async () => {
    const escrow = makeEscrow();
    await paidOrder(escrow, 'S-9');
    const item: AttentionItem = {
      outTradeNo: 'S-9',
      code: 'STUCK',
      reason: 'paid 3 days ago, never shipped',
      since: '2026-01-01T00:00:00.000Z',
      logId: null,
      order: (await escrow.getOrder('S-9'))!,
    };
    const running = await open({ escrow, needsAttention: async () => [item] });
    const page = await (await get(`${running.url}/attention`)).text();
    expect(page).toContain('paid 3 days ago, never shipped');
    expect(page).toContain('value="S-9"');
  });
});

describe('reconcile against the sandbox gateway', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    // a manual clock: the sandbox delivers no notification, so only reconcile can learn of the payment
    sandbox = await startSandbox({ partner: PARTNER, key: KEY, clock: createClock({ mode: 'manual' }) });
  });
  afterAll(() => sandbox.stop());

  async function api(method: string, path: string): Promise<void> {
    const response = await fetch(`${sandbox.url}/sandbox/api${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }

  it('learns of a payment whose notification never came, from the order page button', async () => {
    const escrow = makeEscrow({ gatewayUrl: sandbox.gatewayUrl });
    const payment = await escrow.createPayment({
      outTradeNo: 'C-1',
      subject: '茶叶礼盒',
      price: '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    expect((await fetch(payment.url)).ok).toBe(true); // the buyer opens the cashier: the trade exists
    await api('POST', '/trades/C-1/pay'); // and pays; no notification is delivered
    expect((await escrow.getOrder('C-1'))?.phase).not.toBe('paid');

    const running = await open({ escrow });
    const orderPage = await (await get(`${running.url}/orders/C-1`)).text();
    expect(orderPage).toContain('id="reconcile-form"');
    const response = await post(`${running.url}/reconcile`, { outTradeNo: 'C-1', csrf: csrfOf(orderPage) });
    const outcome = await response.text();
    expect(response.status).toBe(200);
    expect(outcome).toContain('verdict-applied');
    expect(outcome).toContain('id="outcome-phase">paid<');
    expect((await escrow.getOrder('C-1'))?.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    expect((await escrow.listLog({ outTradeNo: 'C-1', channels: ['reconcile'] })).length).toBe(1);
  });

  it("shows the gateway's refusal for an order Alipay never heard of, explained", async () => {
    const escrow = makeEscrow({ gatewayUrl: sandbox.gatewayUrl });
    await escrow.createPayment({
      outTradeNo: 'C-2',
      subject: '茶叶',
      price: '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const running = await open({ escrow });
    const orderPage = await (await get(`${running.url}/orders/C-2`)).text();
    const response = await post(`${running.url}/reconcile`, { outTradeNo: 'C-2', csrf: csrfOf(orderPage) });
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).toContain('id="failure-code">TRADE_NOT_EXIST');
    expect(text).toMatch(/原因：.+/);
    expect(text).toMatch(/Cause: .+/);
  });
});
