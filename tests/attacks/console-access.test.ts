// Attack: the operations console is an admin surface that WRITES (replay, reconcile). Without the
// operator's authorization every route answers 401 and nothing runs; with it, a POST from another
// site (a page the logged-in operator visits) is refused without running anything, CSRF token or
// not. The order a replay would have paid stays unpaid in both cases.
import { createConsole } from '@alipay-escrow/console';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { attackShop } from './shop-kit.js';

const keys = { signType: 'MD5' as const, key: 'console0attack0key0console0atta1' };
const TOKEN = 'operator-token';
const authorize = (request: Request) =>
  request.headers.get('authorization') === `Bearer ${TOKEN}` ? 'operator' : null;

async function anomalyWaitingForReplay() {
  const escrow = await attackShop({ keys, logger: null });
  const paid = await buildTestNotification({
    keys,
    outTradeNo: 'CON-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
    subject: '测试商品',
  });
  expect(await (await escrow.handleNotify(paid.request())).text()).toBe('fail'); // UNKNOWN_ORDER, logged
  await escrow.createPayment({
    outTradeNo: 'CON-1',
    subject: '测试商品',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
  const [entry] = await escrow.listLog({ outTradeNo: 'CON-1' });
  const handler = createConsole({
    escrow,
    authorize,
    secret: 'console-attack-secret-0123456789abcdef',
    basePath: '/ops',
  });
  return { escrow, handler, logId: entry!.id };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('the console writes nothing for a request it did not authorize', () => {
  it('answers 401 to every route without the operator, and the replay does not run', async () => {
    const { escrow, handler, logId } = await anomalyWaitingForReplay();
    for (const path of ['/ops/', `/ops/log/${logId}`, '/ops/orders/CON-1', '/ops/attention']) {
      expect((await handler(new Request(`https://shop.example.com${path}`))).status, path).toBe(401);
    }
    const post = await handler(
      new Request('https://shop.example.com/ops/replay', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'https://shop.example.com',
          'sec-fetch-site': 'same-origin',
        },
        body: form({ logId }),
      }),
    );
    expect(post.status).toBe(401);
    expect((await escrow.getOrder('CON-1'))?.phase).toBe('created');
  });

  it('refuses a cross-site POST from the logged-in operator (403), with or without a token', async () => {
    const { escrow, handler, logId } = await anomalyWaitingForReplay();
    const page = await (
      await handler(
        new Request(`https://shop.example.com/ops/log/${logId}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
      )
    ).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
    expect(csrf).toBeDefined();
    for (const fields of [{ logId }, { logId, csrf: csrf! }]) {
      const post = await handler(
        new Request('https://shop.example.com/ops/replay', {
          method: 'POST',
          headers: {
            authorization: `Bearer ${TOKEN}`,
            'content-type': 'application/x-www-form-urlencoded',
            origin: 'https://evil.example',
            'sec-fetch-site': 'cross-site',
          },
          body: form(fields),
        }),
      );
      expect(post.status).toBe(403);
    }
    expect((await escrow.getOrder('CON-1'))?.phase).toBe('created');
    expect(await escrow.listLog({ outTradeNo: 'CON-1', channels: ['replay'] })).toEqual([]);

    // The same form from the console's own page does run: the refusals above were the defence.
    const own = await handler(
      new Request('https://shop.example.com/ops/replay', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'https://shop.example.com',
          'sec-fetch-site': 'same-origin',
        },
        body: form({ logId, csrf: csrf! }),
      }),
    );
    expect(own.status).toBe(200);
    expect((await escrow.getOrder('CON-1'))?.phase).toBe('paid');
  });
});
