// The merchant-initiated paths through the same pipeline: replay of a logged message, reconcile
// with single_trade_query, send goods with send_goods_confirm_by_platform.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import type { EscrowOrder } from '../../src/protocol/order-types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { buildTestReturn, tamperNotification, TEST_DEFAULTS, testTradeNo } from '../../src/testing/index.js';
import { createGatewayClient } from '../../src/gateway/client.js';
import { decodeForm, fakeFetch, type Answer } from '../fixtures/fake-fetch.js';
import { storeFactories } from '../stores/factories.node.js';
import {
  deliver,
  gatewayAnswer,
  KEYS,
  notification,
  orderInput,
  PARTNER,
  PRICE,
  sampleTradeBase,
  shop,
  signedTradeXml,
  type Shop,
} from './harness.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a rejection');
}

async function created(
  over: Parameters<typeof shop>[1] = {},
  id = 'M-1',
  order: Partial<EscrowOrder> = {},
): Promise<Shop> {
  const s = shop(createMemoryStore(), over);
  await s.escrow.createPayment(orderInput(id, order));
  return s;
}

/** Two shipping options at the same total: the buyer's choice is known only from Alipay's messages. */
const TWO_OPTIONS: Partial<EscrowOrder> = {
  logistics: [
    { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' },
    { type: 'EMS', fee: '0', payment: 'SELLER_PAY' },
  ],
};

/** Answers signed POST calls by service name. */
function byService(answers: Record<string, Answer>): Answer {
  return gatewayAnswer((req, signal) => {
    const service = Object.fromEntries(decodeForm(req.body!, 'utf-8'))['service']!;
    const answer = answers[service];
    if (!answer) throw new Error(`unexpected call to ${service}`);
    return answer(req, signal);
  });
}

const queryFields = (id: string, over: Record<string, string> = {}) => ({
  out_trade_no: id,
  trade_no: testTradeNo(id),
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  total_fee: PRICE,
  seller_id: TEST_DEFAULTS.sellerId,
  seller_email: TEST_DEFAULTS.sellerEmail,
  subject: '测试商品',
  ...over,
});

describe('replay', () => {
  it('after fixing a hook: the replay completes the effects; the log links the entries', async () => {
    const s = await created();
    s.hooks.failures.paid = 1;
    const paid = await notification({ outTradeNo: 'M-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    expect((await deliver(s.escrow, paid)).body).toBe('fail');
    const [original] = await s.escrow.listLog();
    const verifyCalls = s.gateway.calls.length;

    const outcome = await s.escrow.replay(original!.id);
    expect(outcome).toMatchObject({
      channel: 'replay',
      verdict: 'duplicate',
      reply: 'success',
      effectsDone: true,
      code: null,
      outTradeNo: 'M-1',
    });
    expect(s.gateway.calls).toHaveLength(verifyCalls); // notify_verify not asked by default
    // the transition was claimed with paid on the first delivery and held back when onPaid threw:
    // its first call is its second claim
    expect(s.hooks.events.map((e) => [e.kind, e.attempt])).toEqual([
      ['paid', 1],
      ['paid', 2],
      ['transition', 2],
    ]);
    const [replayed] = await s.escrow.listLog({ limit: 1 });
    expect(replayed).toMatchObject({
      id: outcome.logId,
      channel: 'replay',
      replayOf: original!.id,
      verdict: 'duplicate',
      reply: 'success',
      notifyId: paid.notifyId,
    });
    expect(replayed!.raw).toEqual(original!.raw);

    // Alipay's next delivery finds nothing left to do
    expect((await deliver(s.escrow, paid)).body).toBe('success');
    expect(s.hooks.events).toHaveLength(3);
  });

  it('after adding the missing order: the replay applies the notification', async () => {
    const s = shop(createMemoryStore());
    const paid = await notification({ outTradeNo: 'LATE-ORDER', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    expect((await deliver(s.escrow, paid)).body).toBe('fail');
    const [entry] = await s.escrow.listLog();
    await s.escrow.createPayment(orderInput('LATE-ORDER'));
    const outcome = await s.escrow.replay(entry!.id);
    expect(outcome).toMatchObject({ verdict: 'applied', reply: 'success' });
    expect(outcome.order).toMatchObject({ outTradeNo: 'LATE-ORDER', phase: 'paid', version: 1 });
    expect(s.hooks.keys()[0]).toBe('LATE-ORDER:paid');
  });

  it('verifyNotifyId: true asks the gateway again', async () => {
    const s = await created();
    await deliver(s.escrow, await notification({ outTradeNo: 'M-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }));
    const [entry] = await s.escrow.listLog();
    const before = s.gateway.calls.length;
    expect((await s.escrow.replay(entry!.id, { verifyNotifyId: true })).verdict).toBe('duplicate');
    expect(s.gateway.calls).toHaveLength(before + 1);
  });

  it('a logged forgery is never replayed: REPLAY_REFUSED, logged, nothing applied', async () => {
    const s = await created();
    const genuine = await notification({ outTradeNo: 'M-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    await deliver(
      s.escrow,
      new Request('https://shop.example.com/n', {
        method: 'POST',
        body: tamperNotification(genuine.body, { total_fee: '0.01' }).slice() as Uint8Array<ArrayBuffer>,
      }),
    );
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({ verdict: 'rejected', code: 'SIGN_MISMATCH', authenticity: 'none' });
    expect(await codeOf(s.escrow.replay(entry!.id))).toBe('REPLAY_REFUSED');
    expect(await codeOf(s.escrow.replay(entry!.id, { verifyNotifyId: true }))).toBe('REPLAY_REFUSED');
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
    const [refusal] = await s.escrow.listLog({ limit: 1 });
    expect(refusal).toMatchObject({
      channel: 'replay',
      replayOf: entry!.id,
      verdict: 'rejected',
      code: 'REPLAY_REFUSED',
      authenticity: 'none',
      outTradeNo: 'M-1',
    });
  });

  it('the signature is always checked again: bytes changed in the store after logging stay rejected', async () => {
    const store = createMemoryStore();
    const s = shop(store);
    await s.escrow.createPayment(orderInput('M-1'));
    const genuine = await notification({ outTradeNo: 'M-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    const tampered = tamperNotification(genuine.body, { total_fee: '0.01' });
    // as if someone with database access edited a verified entry
    await store.appendLog({
      id: 'edited',
      channel: 'notify',
      receivedAt: new Date().toISOString(),
      method: 'POST',
      raw: tampered,
      rawSize: tampered.length,
      rawSha256: '',
      authenticity: 'verified',
      headers: {},
      remoteAddress: null,
      verdict: 'applied',
      code: null,
      detail: null,
      outTradeNo: 'M-1',
      notifyId: genuine.notifyId,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: null,
      reply: 'success',
      replayOf: null,
    });
    const outcome = await s.escrow.replay('edited');
    expect(outcome).toMatchObject({ verdict: 'rejected', reply: 'fail', outTradeNo: 'M-1', order: null });
    expect(['SIGN_MISMATCH', 'CHARSET_MISMATCH', 'KEY_MISMATCH']).toContain(outcome.code);
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
  });

  it('a replay of a replay and of a return entry work; unknown ids and gateway replies are refused', async () => {
    const s = await created({
      answer: byService({
        single_trade_query: async () =>
          new Response(await signedTradeXml('trade', queryFields('M-1', { trade_status: 'WAIT_BUYER_PAY' }))),
      }),
    });
    const ret = await buildTestReturn({
      keys: KEYS,
      returnUrl: 'https://shop.example.com/r',
      outTradeNo: 'M-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: PRICE,
    });
    await s.escrow.handleReturn(ret.request());
    const [returned] = await s.escrow.listLog();
    const first = await s.escrow.replay(returned!.id);
    expect(first).toMatchObject({ verdict: 'duplicate', reply: 'success' });
    const second = await s.escrow.replay(first.logId);
    expect(second).toMatchObject({ verdict: 'duplicate', channel: 'replay' });
    expect((await s.escrow.listLog({ limit: 1 }))[0]!.replayOf).toBe(first.logId);

    expect(await codeOf(s.escrow.replay('no-such-entry'))).toBe('ILLEGAL_ARGUMENT');
    await s.escrow.reconcile('M-1');
    const [reconciled] = await s.escrow.listLog({ limit: 1 });
    expect(reconciled!.channel).toBe('reconcile');
    expect(await codeOf(s.escrow.replay(reconciled!.id))).toBe('REPLAY_REFUSED');
  });
});

for (const factory of storeFactories()) {
  describe(`reconcile — ${factory.name}`, () => {
    it('applies what single_trade_query says, through the same pipeline', { timeout: 60_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        const xml = await signedTradeXml('trade', queryFields('REC-1'));
        const s = shop(store, { answer: byService({ single_trade_query: () => new Response(xml) }) });
        await s.escrow.createPayment(orderInput('REC-1'));

        const outcome = await s.escrow.reconcile('REC-1');
        expect(outcome).toMatchObject({
          channel: 'reconcile',
          verdict: 'applied',
          reply: 'success',
          effectsDone: true,
        });
        expect(outcome.order).toMatchObject({
          phase: 'paid',
          tradeNo: testTradeNo('REC-1'),
          totalFee: PRICE,
          version: 1,
        });
        expect(s.hooks.keys()).toEqual(['REC-1:paid', 'REC-1:transition:WAIT_SELLER_SEND_GOODS/none/0']);

        const call = s.gateway.calls.find((c) => c.method === 'POST')!;
        expect(Object.fromEntries(decodeForm(call.body!, 'utf-8'))).toMatchObject({
          service: 'single_trade_query',
          out_trade_no: 'REC-1',
          partner: PARTNER,
        });
        const [entry] = await s.escrow.listLog({ outTradeNo: 'REC-1' });
        expect(entry).toMatchObject({
          channel: 'reconcile',
          verdict: 'applied',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          reply: 'success',
        });
        expect(new TextDecoder().decode(entry!.raw)).toBe(xml);

        expect(await s.escrow.reconcile('REC-1')).toMatchObject({ verdict: 'duplicate' });
        expect(s.hooks.events).toHaveLength(2);
      } finally {
        await close();
      }
    });
  });
}

describe('reconcile refusals and anomalies', () => {
  it('TRADE_NOT_EXIST: thrown and logged, nothing applied', async () => {
    const s = await created({
      answer: byService({
        single_trade_query: () =>
          new Response('<alipay><is_success>F</is_success><error>TRADE_NOT_EXIST</error></alipay>'),
      }),
    });
    expect(await codeOf(s.escrow.reconcile('M-1'))).toBe('TRADE_NOT_EXIST');
    expect((await s.escrow.listLog())[0]).toMatchObject({
      channel: 'reconcile',
      verdict: 'rejected',
      code: 'TRADE_NOT_EXIST',
      outTradeNo: 'M-1',
    });
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
  });

  it('a store failure while applying: thrown, and the log entry says error', async () => {
    const store = createMemoryStore();
    const broken = { ...store, commit: async () => Promise.reject(new Error('connection reset')) };
    const s = shop(broken, {
      answer: byService({
        single_trade_query: async () => new Response(await signedTradeXml('trade', queryFields('M-9'))),
      }),
    });
    await s.escrow.createPayment(orderInput('M-9'));
    await expect(s.escrow.reconcile('M-9')).rejects.toThrow('connection reset');
    expect((await s.escrow.listLog())[0]).toMatchObject({
      channel: 'reconcile',
      verdict: 'error',
      code: 'INTERNAL_ERROR',
      detail: 'connection reset',
    });
  });

  it('an unknown order: UNKNOWN_ORDER, the gateway is not asked', async () => {
    const s = shop(createMemoryStore());
    expect(await codeOf(s.escrow.reconcile('NOBODY'))).toBe('UNKNOWN_ORDER');
    expect(s.gateway.calls).toEqual([]);
  });

  it('a queried amount that disagrees: anomaly, nothing applied', async () => {
    const s = await created({
      answer: byService({
        single_trade_query: async () =>
          new Response(await signedTradeXml('trade', queryFields('M-1', { total_fee: '1.00' }))),
      }),
    });
    expect(await s.escrow.reconcile('M-1')).toMatchObject({
      verdict: 'anomaly',
      code: 'AMOUNT_MISMATCH',
      reply: 'success',
    });
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
    expect(s.hooks.anomalies[0]).toMatchObject({ code: 'AMOUNT_MISMATCH', channel: 'reconcile' });
  });

  it('a reply about another order: GATEWAY_RESPONSE_INVALID, nothing applied', async () => {
    const s = await created({
      answer: byService({
        single_trade_query: async () => new Response(await signedTradeXml('trade', queryFields('OTHER'))),
      }),
    });
    expect(await codeOf(s.escrow.reconcile('M-1'))).toBe('GATEWAY_RESPONSE_INVALID');
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
  });
});

describe('reconcile: a trade record must be signed and about this order', () => {
  /** `xml` with its <sign> removed, or replaced by `<sign/>`. */
  const unsigned = (xml: string, empty = false): string =>
    xml.replace(/<sign>[^<]*<\/sign>\n/, empty ? '<sign/>\n' : '');

  for (const empty of [false, true]) {
    it(`${empty ? 'an empty <sign/>' : 'no <sign>'}: RESPONSE_SIGN_INVALID, the reply logged as rejected, nothing applied`, async () => {
      const xml = unsigned(
        await signedTradeXml('trade', queryFields('M-1', { trade_status: 'TRADE_FINISHED' })),
        empty,
      );
      const s = await created({ answer: byService({ single_trade_query: () => new Response(xml) }) });
      expect(await codeOf(s.escrow.reconcile('M-1'))).toBe('RESPONSE_SIGN_INVALID');
      expect(await s.escrow.getOrder('M-1')).toMatchObject({ phase: 'created', tradeNo: null, version: 0 });
      expect(s.hooks.events).toEqual([]);
      const [entry] = await s.escrow.listLog();
      expect(entry).toMatchObject({
        channel: 'reconcile',
        verdict: 'rejected',
        code: 'RESPONSE_SIGN_INVALID',
        outTradeNo: 'M-1',
        authenticity: 'none',
      });
      expect(new TextDecoder().decode(entry!.raw)).toBe(xml);
    });
  }

  it('a reply that is not the gateway XML (an HTML page) is logged as rejected with its bytes; a timeout leaves no entry', async () => {
    const page = '<html><body>系统繁忙</body></html>';
    const s = await created({ answer: byService({ single_trade_query: () => new Response(page) }) });
    expect(await codeOf(s.escrow.reconcile('M-1'))).toBe('GATEWAY_RESPONSE_INVALID');
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({
      channel: 'reconcile',
      verdict: 'rejected',
      code: 'GATEWAY_RESPONSE_INVALID',
      outTradeNo: 'M-1',
    });
    expect(new TextDecoder().decode(entry!.raw)).toBe(page);

    const silent = await created(
      { answer: byService({ single_trade_query: () => Promise.reject(new Error('connection refused')) }) },
      'M-2',
    );
    expect(await codeOf(silent.escrow.reconcile('M-2'))).toBe('GATEWAY_NETWORK_ERROR');
    expect(await silent.escrow.listLog()).toEqual([]);
  });

  it('a wrong sign is logged as rejected too', async () => {
    const xml = (await signedTradeXml('trade', queryFields('M-1'))).replace(
      `<total_fee>${PRICE}</total_fee>`,
      '<total_fee>0.01</total_fee>',
    );
    const s = await created({ answer: byService({ single_trade_query: () => new Response(xml) }) });
    expect(await codeOf(s.escrow.reconcile('M-1'))).toBe('RESPONSE_SIGN_INVALID');
    expect((await s.escrow.listLog())[0]).toMatchObject({
      channel: 'reconcile',
      verdict: 'rejected',
      code: 'RESPONSE_SIGN_INVALID',
    });
  });

  it('a signed record without out_trade_no: GATEWAY_RESPONSE_INVALID, nothing applied', async () => {
    const { out_trade_no: _omitted, ...fields } = queryFields('M-1');
    const s = await created({
      answer: byService({ single_trade_query: async () => new Response(await signedTradeXml('trade', fields)) }),
    });
    await expect(s.escrow.reconcile('M-1')).rejects.toThrow(/names no out_trade_no/);
    expect((await s.escrow.getOrder('M-1'))!.version).toBe(0);
    expect((await s.escrow.listLog())[0]).toMatchObject({ verdict: 'rejected', code: 'GATEWAY_RESPONSE_INVALID' });
  });

  it("a signed record about another trade_no than the order's: GATEWAY_RESPONSE_INVALID, tradeNo kept", async () => {
    const s = await created({
      answer: byService({
        single_trade_query: async () =>
          new Response(
            await signedTradeXml(
              'trade',
              queryFields('M-1', { trade_no: '2099999999999999', trade_status: 'TRADE_FINISHED' }),
            ),
          ),
      }),
    });
    expect(
      (await deliver(s.escrow, await notification({ outTradeNo: 'M-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }))).body,
    ).toBe('success');
    await expect(s.escrow.reconcile('M-1')).rejects.toThrow(
      /is Alipay trade .* but the gateway's record is about trade 2099999999999999/,
    );
    expect(await s.escrow.getOrder('M-1')).toMatchObject({ phase: 'paid', tradeNo: testTradeNo('M-1'), version: 1 });
    expect(s.hooks.events.map((e) => e.kind)).toEqual(['paid', 'transition']);
  });

  it('a client built with verifyResponseSign: false applies an unsigned record (the documented opt-out)', async () => {
    const xml = unsigned(await signedTradeXml('trade', queryFields('M-1')));
    const fake = fakeFetch(byService({ single_trade_query: () => new Response(xml) }));
    const client = createGatewayClient({
      partner: PARTNER,
      keys: KEYS,
      charset: 'utf-8',
      fetch: fake.fetch,
      verifyResponseSign: false,
    });
    const s = await created({ gateway: client });
    expect(await s.escrow.reconcile('M-1')).toMatchObject({ verdict: 'applied' });
    expect((await s.escrow.listLog({ limit: 1 }))[0]).toMatchObject({ channel: 'reconcile', authenticity: 'none' });
  });
});

describe('reconcile: a record that states the refund is ordered against notifications', () => {
  const refundTimes = {
    paid: '2026-03-01 10:00:00',
    applied: '2026-03-01 10:05:00',
    refused: '2026-03-01 10:06:00',
    again: '2026-03-01 10:09:00',
  };

  async function reconciledRefusal(
    over: Record<string, string> = { gmt_last_modified_time: refundTimes.refused },
  ): Promise<Shop> {
    const fields = queryFields('M-1', { refund_status: 'SELLER_REFUSE_BUYER', ...over });
    const s = await created({
      answer: byService({ single_trade_query: async () => new Response(await signedTradeXml('trade', fields)) }),
    });
    expect(
      (
        await deliver(
          s.escrow,
          await notification({
            outTradeNo: 'M-1',
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
            notifyTime: refundTimes.paid,
          }),
        )
      ).body,
    ).toBe('success');
    expect(await s.escrow.reconcile('M-1')).toMatchObject({ verdict: 'applied' });
    return s;
  }

  it("the retry of an older WAIT_SELLER_AGREE is stale: no second cycle, no onRefund; the order keeps the record's time", async () => {
    const s = await reconciledRefusal();
    expect(await s.escrow.getOrder('M-1')).toMatchObject({
      refundStatus: 'SELLER_REFUSE_BUYER',
      refundCycle: 1,
      noticeTime: refundTimes.refused,
    });
    const late = await notification({
      outTradeNo: 'M-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: 'WAIT_SELLER_AGREE',
      notifyTime: refundTimes.applied,
    });
    expect((await deliver(s.escrow, late)).body).toBe('success');
    expect(await s.escrow.getOrder('M-1')).toMatchObject({ refundStatus: 'SELLER_REFUSE_BUYER', refundCycle: 1 });
    expect((await s.escrow.listLog({ limit: 1 }))[0]).toMatchObject({ verdict: 'stale' });
    expect(s.hooks.keys().filter((k) => k.includes('refund:'))).toEqual(['M-1:refund:1:SELLER_REFUSE_BUYER']);

    // a real re-application, after the record's time, still opens cycle 2
    const again = await notification({
      outTradeNo: 'M-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: 'WAIT_SELLER_AGREE',
      notifyTime: refundTimes.again,
    });
    expect((await deliver(s.escrow, again)).body).toBe('success');
    expect(await s.escrow.getOrder('M-1')).toMatchObject({
      refundStatus: 'WAIT_SELLER_AGREE',
      refundCycle: 2,
      phase: 'refunding',
    });
  });

  it('without a last-modified time, the time the query was sent stands in (Beijing time)', async () => {
    const s = await reconciledRefusal({});
    // steppingClock: T0 = 2026-03-01T08:00:00Z is 16:00:00 in Beijing; the query is sent a few readings later
    const { noticeTime } = (await s.escrow.getOrder('M-1'))!;
    expect(noticeTime).toMatch(/^2026-03-01 16:00:\d{2}$/);
    const late = await notification({
      outTradeNo: 'M-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: 'WAIT_SELLER_AGREE',
      notifyTime: refundTimes.applied,
    });
    expect((await deliver(s.escrow, late)).body).toBe('success');
    expect(await s.escrow.getOrder('M-1')).toMatchObject({ refundStatus: 'SELLER_REFUSE_BUYER', refundCycle: 1 });
  });

  it('a record that says nothing about refunds gives no time: a later-delivered refund notice still opens the refund', async () => {
    const fields = queryFields('M-1', { gmt_last_modified_time: refundTimes.refused });
    const s = await created({
      answer: byService({ single_trade_query: async () => new Response(await signedTradeXml('trade', fields)) }),
    });
    expect(
      (
        await deliver(
          s.escrow,
          await notification({
            outTradeNo: 'M-1',
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
            notifyTime: refundTimes.paid,
          }),
        )
      ).body,
    ).toBe('success');
    expect(await s.escrow.reconcile('M-1')).toMatchObject({ verdict: 'duplicate' });
    expect((await s.escrow.getOrder('M-1'))!.noticeTime).toBe(refundTimes.paid);
    const refund = await notification({
      outTradeNo: 'M-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: 'WAIT_SELLER_AGREE',
      notifyTime: refundTimes.applied,
    });
    expect((await deliver(s.escrow, refund)).body).toBe('success');
    expect(await s.escrow.getOrder('M-1')).toMatchObject({
      refundStatus: 'WAIT_SELLER_AGREE',
      refundCycle: 1,
      phase: 'refunding',
    });
  });
});

describe('sendGoods', () => {
  const shippedReply = (id: string) =>
    signedTradeXml(
      'tradeBase',
      sampleTradeBase({
        out_trade_no: id,
        trade_no: testTradeNo(id),
        total_fee: PRICE,
        partner_id: PARTNER,
        seller_user_id: TEST_DEFAULTS.sellerId,
        seller_login_email: TEST_DEFAULTS.sellerEmail,
      }),
    );

  async function paidShop(answer: Answer): Promise<Shop> {
    const s = await created({ answer: byService({ send_goods_confirm_by_platform: answer }) }, 'SHIP-1');
    expect(
      (await deliver(s.escrow, await notification({ outTradeNo: 'SHIP-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
        .body,
    ).toBe('success');
    return s;
  }

  it('confirms shipment, records it, applies WAIT_BUYER_CONFIRM_GOODS; the later notify is a duplicate', async () => {
    const s = await paidShop(async () => new Response(await shippedReply('SHIP-1')));
    const order = await s.escrow.sendGoods('SHIP-1', {
      logisticsName: '顺丰速运',
      invoiceNo: 'SF1234567890',
      transportType: 'EXPRESS',
    });
    expect(order).toMatchObject({ phase: 'shipped', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS', version: 3 });
    expect(order.shipping).toMatchObject({
      logisticsName: '顺丰速运',
      invoiceNo: 'SF1234567890',
      transportType: 'EXPRESS',
    });
    expect(await s.escrow.getOrder('SHIP-1')).toEqual(order);

    const call = s.gateway.calls.find((c) => c.method === 'POST')!;
    const sent = Object.fromEntries(decodeForm(call.body!, 'utf-8'));
    expect(sent).toMatchObject({
      service: 'send_goods_confirm_by_platform',
      trade_no: testTradeNo('SHIP-1'),
      logistics_name: '顺丰速运',
      invoice_no: 'SF1234567890',
      transport_type: 'EXPRESS',
      // the buyer's choice, as the order records it (the only option offered, EXPRESS)
      create_transport_type: 'EXPRESS',
    });
    expect(s.hooks.events.filter((e) => e.kind === 'shipped').map((e) => e.idempotencyKey)).toEqual(['SHIP-1:shipped']);
    const [logged] = await s.escrow.listLog({ limit: 1 });
    expect(logged).toMatchObject({
      channel: 'send_goods',
      verdict: 'applied',
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      detail: null,
    });
    expect(await codeOf(s.escrow.replay(logged!.id))).toBe('REPLAY_REFUSED');

    expect(
      (await deliver(s.escrow, await notification({ outTradeNo: 'SHIP-1', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' })))
        .body,
    ).toBe('success');
    expect(s.hooks.events.filter((e) => e.kind === 'shipped')).toHaveLength(1);
  });

  it('RETRY is sent once more (the call is idempotent)', async () => {
    let calls = 0;
    const s = await paidShop(async () =>
      ++calls === 1
        ? new Response('<alipay><is_success>F</is_success><error>RETRY</error></alipay>')
        : new Response(await shippedReply('SHIP-1')),
    );
    expect((await s.escrow.sendGoods('SHIP-1', { logisticsName: 'EMS', transportType: 'EMS' })).phase).toBe('shipped');
    expect(calls).toBe(2);
  });

  it('an unsigned reply: RESPONSE_SIGN_INVALID, logged as rejected; no shipment recorded, nothing applied', async () => {
    const s = await paidShop(
      async () => new Response((await shippedReply('SHIP-1')).replace(/<sign>[^<]*<\/sign>/, '<sign/>')),
    );
    expect(await codeOf(s.escrow.sendGoods('SHIP-1', { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
    expect(await s.escrow.getOrder('SHIP-1')).toMatchObject({ shipping: null, phase: 'paid', version: 1 });
    expect(s.hooks.events.filter((e) => e.kind === 'shipped')).toEqual([]);
    expect((await s.escrow.listLog({ limit: 1 }))[0]).toMatchObject({
      channel: 'send_goods',
      verdict: 'rejected',
      code: 'RESPONSE_SIGN_INVALID',
    });
  });

  it('a signed reply about another trade_no, or naming no out_trade_no: GATEWAY_RESPONSE_INVALID, nothing recorded', async () => {
    const other = sampleTradeBase({
      out_trade_no: 'SHIP-1',
      trade_no: '2099999999999999',
      total_fee: PRICE,
      seller_user_id: TEST_DEFAULTS.sellerId,
    });
    const { out_trade_no: _omitted, ...anonymous } = sampleTradeBase({
      trade_no: testTradeNo('SHIP-1'),
      total_fee: PRICE,
      seller_user_id: TEST_DEFAULTS.sellerId,
    });
    for (const fields of [other, anonymous]) {
      const s = await paidShop(async () => new Response(await signedTradeXml('tradeBase', fields)));
      expect(await codeOf(s.escrow.sendGoods('SHIP-1', { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
        'GATEWAY_RESPONSE_INVALID',
      );
      expect(await s.escrow.getOrder('SHIP-1')).toMatchObject({
        shipping: null,
        phase: 'paid',
        tradeNo: testTradeNo('SHIP-1'),
        version: 1,
      });
    }
  });

  it('a refusal is thrown and logged; no shipment recorded', async () => {
    const s = await paidShop(
      () => new Response('<alipay><is_success>F</is_success><error>TRADE_STATUS_NOT_AVAILD</error></alipay>'),
    );
    expect(await codeOf(s.escrow.sendGoods('SHIP-1', { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
      'TRADE_STATUS_NOT_AVAILD',
    );
    expect((await s.escrow.getOrder('SHIP-1'))!).toMatchObject({ shipping: null, phase: 'paid', version: 1 });
    expect((await s.escrow.listLog({ limit: 1 }))[0]).toMatchObject({
      channel: 'send_goods',
      verdict: 'rejected',
      code: 'TRADE_STATUS_NOT_AVAILD',
    });
  });

  /** create_transport_type of the send-goods call `s` made, if any. */
  const sentCreateTransportType = (s: Shop): string | undefined =>
    Object.fromEntries(decodeForm(s.gateway.calls.find((c) => c.method === 'POST')!.body!, 'utf-8'))[
      'create_transport_type'
    ];

  it('with several logistics options, create_transport_type is what the payment notification says the buyer chose', async () => {
    const s = await created(
      { answer: byService({ send_goods_confirm_by_platform: async () => new Response(await shippedReply('SHIP-3')) }) },
      'SHIP-3',
      TWO_OPTIONS,
    );
    expect((await s.escrow.getOrder('SHIP-3'))!.logisticsType).toBeNull();
    const paid = await notification({
      outTradeNo: 'SHIP-3',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { logistics_type: 'EMS' },
    });
    expect((await deliver(s.escrow, paid)).body).toBe('success');
    expect((await s.escrow.getOrder('SHIP-3'))!).toMatchObject({ logisticsType: 'EMS', version: 1 });
    await s.escrow.sendGoods('SHIP-3', { logisticsName: 'EMS', transportType: 'EMS' });
    expect(sentCreateTransportType(s)).toBe('EMS');
    // a later message stating nothing about logistics keeps the choice
    const shipped = await notification({
      outTradeNo: 'SHIP-3',
      tradeStatus: 'TRADE_FINISHED',
      extra: { logistics_type: '' },
    });
    expect((await deliver(s.escrow, shipped)).body).toBe('success');
    expect((await s.escrow.getOrder('SHIP-3'))!).toMatchObject({ phase: 'finished', logisticsType: 'EMS' });
  });

  it('when no message stated the choice, create_transport_type is left out', async () => {
    const s = await created(
      { answer: byService({ send_goods_confirm_by_platform: async () => new Response(await shippedReply('SHIP-4')) }) },
      'SHIP-4',
      TWO_OPTIONS,
    );
    const paid = await notification({
      outTradeNo: 'SHIP-4',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { logistics_type: '' },
    });
    expect((await deliver(s.escrow, paid)).body).toBe('success');
    await s.escrow.sendGoods('SHIP-4', { logisticsName: 'EMS', transportType: 'EMS' });
    expect(sentCreateTransportType(s)).toBeUndefined();
    expect((await s.escrow.getOrder('SHIP-4'))!.logisticsType).toBeNull();
  });

  it('a duplicate notification fills in the choice the message that moved the order lacked', async () => {
    const s = await created(
      {
        answer: byService({
          single_trade_query: async () => new Response(await signedTradeXml('trade', queryFields('SHIP-5'))),
        }),
      },
      'SHIP-5',
      TWO_OPTIONS,
    );
    expect(await s.escrow.reconcile('SHIP-5')).toMatchObject({ verdict: 'applied' });
    expect((await s.escrow.getOrder('SHIP-5'))!).toMatchObject({ phase: 'paid', logisticsType: null, version: 1 });
    const paid = await notification({
      outTradeNo: 'SHIP-5',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { logistics_type: 'EMS' },
    });
    expect((await deliver(s.escrow, paid)).body).toBe('success');
    expect((await s.escrow.getOrder('SHIP-5'))!).toMatchObject({ phase: 'paid', logisticsType: 'EMS', version: 2 });
    expect((await s.escrow.listLog({ limit: 1 }))[0]).toMatchObject({
      channel: 'notify',
      verdict: 'duplicate',
      reply: 'success',
    });
    expect(s.hooks.events).toHaveLength(2);
    // once known, a message that moves nothing does not change it again (nor the version)
    const other = await notification({
      outTradeNo: 'SHIP-5',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { logistics_type: 'EXPRESS' },
    });
    expect((await deliver(s.escrow, other)).body).toBe('success');
    expect((await s.escrow.getOrder('SHIP-5'))!).toMatchObject({ logisticsType: 'EMS', version: 2 });
  });

  it('before Alipay named the trade: TRADE_STATUS_NOT_AVAILD without calling the gateway; unknown order: UNKNOWN_ORDER', async () => {
    const s = await created({}, 'SHIP-2');
    expect(await codeOf(s.escrow.sendGoods('SHIP-2', { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
      'TRADE_STATUS_NOT_AVAILD',
    );
    expect(await codeOf(s.escrow.sendGoods('NOBODY', { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
      'UNKNOWN_ORDER',
    );
    expect(s.gateway.calls).toEqual([]);
  });
});
