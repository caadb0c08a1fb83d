// The behaviour every adapter must show, written once and run by each adapter's tests on its own
// runtime (Node over a real server, workerd, Deno). PORTABLE: imports only vitest (or the Deno
// shim standing in for it) and @alipay-escrow/core; describe/it only, no hooks; portable matchers.
//
//   runAdapterSuite('hono on node', async ({ charset }) => {
//     const { escrow } = createSuiteEscrow({ charset });
//     …start a server or wrap an in-process fetch…
//     return { baseUrl, notifyPath: '/alipay/notify', returnPath: '/alipay/return', escrow, keys: SUITE_KEYS, charset, stop };
//   });
//
// Every test starts its own harness and stops it, pass or fail, so tests share nothing.
import type { Escrow, SignatureKeys } from '@alipay-escrow/core';
import {
  DEFAULT_MAX_BODY_BYTES,
  formEncodePairs,
  presignBytes,
  presignString,
  signBytes,
} from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import {
  ALIPAY_NOTIFY_CONTENT_TYPE,
  buildTestNotification,
  buildTestReturn,
  formatAlipayTime,
  tamperNotification,
  type TestNotification,
} from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { SUITE_PRICE } from './escrow.js';

export interface Harness {
  /** Origin of a running server, e.g. `http://127.0.0.1:43121`: requests go out with the global fetch. */
  baseUrl?: string;
  /**
   * Or an in-process fetch (`app.request`, `SELF.fetch`, a worker's `fetch(request, env, ctx)`).
   * When both are given, requests are addressed to `baseUrl` and handed to this function.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Where the notify handler is mounted, e.g. `/alipay/notify`. */
  notifyPath: string;
  returnPath: string;
  /** The escrow behind the handlers (or one over the same store): seeds orders, reads orders and the log. */
  escrow: Escrow;
  /** The merchant's keys and charset: the suite signs its messages with them. */
  keys: SignatureKeys;
  charset: Charset;
  stop(): Promise<void>;
}

/** What the suite asks of a harness: the merchant's charset (a GBK merchant for the GBK test). */
export interface HarnessSetup {
  charset: Charset;
}

export type StartHarness = (setup: HarnessSetup) => Promise<Harness>;

const TIMEOUT_MS = 30_000;
let serial = 0;

function orderId(label: string): string {
  serial += 1;
  return `AS-${label}-${Date.now().toString(36)}-${serial}`;
}

function urlOf(h: Harness, path: string): string {
  return `${h.baseUrl ?? 'http://localhost'}${path}`;
}

function send(h: Harness, request: Request): Promise<Response> {
  return h.fetch ? h.fetch(request) : fetch(request);
}

function post(h: Harness, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(urlOf(h, h.notifyPath), { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

async function reply(response: Response): Promise<{ status: number; body: string; type: string | null }> {
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') };
}

async function seed(h: Harness, outTradeNo: string): Promise<void> {
  await h.escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: SUITE_PRICE,
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
}

function paidNotice(
  h: Harness,
  outTradeNo: string,
  charset: Charset = h.charset,
  notifyTime?: string,
): Promise<TestNotification> {
  return buildTestNotification({
    keys: h.keys,
    charset,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: SUITE_PRICE,
    notifyTime,
  });
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The newest log entry of an order, with its raw bytes as text (bodies are ASCII: percent-encoded). */
async function lastLog(h: Harness, outTradeNo: string) {
  const [entry] = await h.escrow.listLog({ outTradeNo, limit: 1 });
  expect(entry).toBeDefined();
  return { ...entry!, rawText: text(entry!.raw) };
}

async function expectUntouched(h: Harness, outTradeNo: string): Promise<void> {
  expect(await h.escrow.getOrder(outTradeNo)).toMatchObject({ version: 0, phase: 'created', tradeStatus: null });
  expect(await h.escrow.listEffects(outTradeNo)).toEqual([]);
}

async function withHarness(
  start: StartHarness,
  setup: HarnessSetup,
  body: (h: Harness) => Promise<void>,
): Promise<void> {
  const h = await start(setup);
  try {
    await body(h);
  } finally {
    await h.stop();
  }
}

/**
 * A cross-protocol forgery: the merchant signed (with the low-level signer, standing for a string
 * signed before the library refused "&") a request whose subject carries notification pairs, and
 * the forger cut a notification out of that pre-sign string. Its signature is the merchant's.
 */
async function forgedFromRequest(h: Harness, victim: string): Promise<string> {
  const injected = `&notify_id=${'7'.repeat(32)}&out_trade_no=${victim}&total_fee=${SUITE_PRICE}&trade_status=TRADE_FINISHED`;
  const request: Record<string, string> = {
    _input_charset: h.charset,
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
    logistics_type: 'EXPRESS',
    out_trade_no: `${victim}-ATTACKER`,
    payment_type: '1',
    price: '0.01',
    quantity: '1',
    service: 'create_partner_trade_by_buyer',
    subject: `x${injected}`,
  };
  const presign = presignString(request);
  const sign = await signBytes(presignBytes(request, h.charset), h.keys, h.charset);
  const head = presign.slice(0, presign.indexOf(injected));
  const pairs: [string, string][] = [['_input_charset', head.slice(head.indexOf('=') + 1)]];
  for (const segment of injected.slice(1).split('&'))
    pairs.push([segment.slice(0, segment.indexOf('=')), segment.slice(segment.indexOf('=') + 1)]);
  return formEncodePairs([...pairs, ['sign', sign], ['sign_type', h.keys.signType]], h.charset);
}

/** A body stream of `chunks` × 16 KiB with no declared length (sent chunked over HTTP). */
function unsizedStream(chunks: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
    },
  });
}

export function runAdapterSuite(name: string, start: StartHarness): void {
  const utf8 = (body: (h: Harness) => Promise<void>) => () => withHarness(start, { charset: 'utf-8' }, body);

  describe(`adapter suite: ${name}`, () => {
    it(
      'a genuine notification: exactly `success`, the order advances, the raw bytes are logged',
      utf8(async (h) => {
        const id = orderId('paid');
        await seed(h, id);
        const notice = await paidNotice(h, id);
        const r = await reply(await send(h, notice.request(urlOf(h, h.notifyPath))));
        expect(r).toMatchObject({ status: 200, body: 'success' });
        expect(r.type).toMatch(/^text\/plain/);
        expect(await h.escrow.getOrder(id)).toMatchObject({
          phase: 'paid',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          version: 1,
        });
        expect((await h.escrow.listEffects(id)).map((e) => e.kind)).toContain('paid');
        expect(await lastLog(h, id)).toMatchObject({
          channel: 'notify',
          method: 'POST',
          verdict: 'applied',
          reply: 'success',
          notifyId: notice.notifyId,
          rawText: notice.bodyText,
        });
      }),
      TIMEOUT_MS,
    );

    it(
      'a duplicate: `success` again, no second transition or effect, logged as duplicate',
      utf8(async (h) => {
        const id = orderId('dup');
        await seed(h, id);
        const notice = await paidNotice(h, id);
        expect((await reply(await send(h, notice.request(urlOf(h, h.notifyPath))))).body).toBe('success');
        const order = await h.escrow.getOrder(id);
        const effects = await h.escrow.listEffects(id);
        const again = await reply(await send(h, notice.request(urlOf(h, h.notifyPath))));
        expect(again).toMatchObject({ status: 200, body: 'success' });
        expect(await h.escrow.getOrder(id)).toEqual(order);
        expect(await h.escrow.listEffects(id)).toEqual(effects);
        expect((await lastLog(h, id)).verdict).toBe('duplicate');
      }),
      TIMEOUT_MS,
    );

    it(
      'a forged notification (another key): `fail`, nothing changes, the attempt is logged',
      utf8(async (h) => {
        const id = orderId('forged');
        await seed(h, id);
        const forged = await buildTestNotification({
          keys: { signType: 'MD5', key: 'x'.repeat(32) },
          charset: h.charset,
          outTradeNo: id,
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          totalFee: SUITE_PRICE,
        });
        expect(await reply(await send(h, forged.request(urlOf(h, h.notifyPath))))).toMatchObject({
          status: 200,
          body: 'fail',
        });
        await expectUntouched(h, id);
        expect(await lastLog(h, id)).toMatchObject({
          verdict: 'rejected',
          code: 'SIGN_MISMATCH',
          reply: 'fail',
          rawText: forged.bodyText,
        });
      }),
      TIMEOUT_MS,
    );

    it(
      'a request the merchant signed, cut into a notification (cross-protocol forgery): `fail`, nothing changes, logged',
      utf8(async (h) => {
        const id = orderId('cut');
        await seed(h, id);
        const forged = await forgedFromRequest(h, id);
        const r = await reply(await send(h, post(h, forged, { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE })));
        expect(r).toMatchObject({ status: 200, body: 'fail' });
        await expectUntouched(h, id);
        const entry = await lastLog(h, id);
        expect(entry).toMatchObject({ verdict: 'rejected', reply: 'fail' });
        expect(['MESSAGE_AMBIGUOUS', 'REQUEST_PARAM_IN_MESSAGE']).toContain(entry.code);
      }),
      TIMEOUT_MS,
    );

    it(
      'a tampered amount: `fail`, nothing changes, the attempt is logged',
      utf8(async (h) => {
        const id = orderId('tampered');
        await seed(h, id);
        const tampered = tamperNotification((await paidNotice(h, id)).body, { total_fee: '0.01' });
        const r = await reply(await send(h, post(h, tampered.slice(), { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE })));
        expect(r).toMatchObject({ status: 200, body: 'fail' });
        await expectUntouched(h, id);
        expect(await lastLog(h, id)).toMatchObject({
          verdict: 'rejected',
          code: 'SIGN_MISMATCH',
          reply: 'fail',
          rawText: text(tampered),
        });
      }),
      TIMEOUT_MS,
    );

    it(
      'a GBK body sent to a UTF-8 merchant (wrong charset): `fail`, nothing changes, logged',
      utf8(async (h) => {
        const id = orderId('charset');
        await seed(h, id);
        const gbk = await paidNotice(h, id, 'gbk');
        expect((await reply(await send(h, gbk.request(urlOf(h, h.notifyPath))))).body).toBe('fail');
        await expectUntouched(h, id);
        const entry = await lastLog(h, id);
        expect(entry).toMatchObject({ verdict: 'rejected', reply: 'fail', rawText: gbk.bodyText });
        expect(['CHARSET_MISMATCH', 'SIGN_MISMATCH', 'CHARSET_UNDECODABLE']).toContain(entry.code);
      }),
      TIMEOUT_MS,
    );

    // Core answers `fail`; a body parser mounted before the handler (Koa's parse Alipay's form) may
    // answer its own 413 first, with its own text. Either way: 413, and never `success`.
    it(
      'a body over the limit (Content-Length declared): 413, not `success`',
      utf8(async (h) => {
        const big = new Uint8Array(DEFAULT_MAX_BODY_BYTES + 1).fill(0x61);
        const r = await reply(await send(h, post(h, big, { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE })));
        expect(r.status).toBe(413);
        expect(r.body).not.toBe('success');
      }),
      TIMEOUT_MS,
    );

    it(
      'a body over the limit without Content-Length (streamed): 413, not `success`',
      utf8(async (h) => {
        const chunks = Math.ceil(DEFAULT_MAX_BODY_BYTES / (16 * 1024)) + 1;
        const r = await reply(
          await send(h, post(h, unsizedStream(chunks), { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE })),
        );
        expect(r.status).toBe(413);
        expect(r.body).not.toBe('success');
      }),
      TIMEOUT_MS,
    );

    it(
      'GET on notify: 405 with Allow: POST; POST on return: 405 with Allow: GET',
      utf8(async (h) => {
        const get = await send(h, new Request(urlOf(h, h.notifyPath), { method: 'GET' }));
        expect(get.headers.get('allow')).toBe('POST');
        expect(await reply(get)).toMatchObject({ status: 405, body: 'fail' });
        const postReturn = await send(h, new Request(urlOf(h, h.returnPath), { method: 'POST', body: 'a=b' }));
        expect(postReturn.status).toBe(405);
        expect(postReturn.headers.get('allow')).toBe('GET');
        await postReturn.body?.cancel();
      }),
      TIMEOUT_MS,
    );

    it(
      'Content-Type is not trusted: Alipay’s malformed one, a standard form type, or none all work',
      utf8(async (h) => {
        const types = [
          ALIPAY_NOTIFY_CONTENT_TYPE,
          'application/x-www-form-urlencoded',
          'application/x-www-form-urlencoded; charset=UTF-8',
          null,
        ];
        for (const [i, type] of types.entries()) {
          const id = orderId(`ct${i}`);
          await seed(h, id);
          const notice = await paidNotice(h, id);
          const request = post(h, notice.body.slice(), type === null ? {} : { 'content-type': type });
          expect([String(type), (await reply(await send(h, request))).body]).toEqual([String(type), 'success']);
          expect(await h.escrow.getOrder(id)).toMatchObject({ phase: 'paid', version: 1 });
          expect((await lastLog(h, id)).rawText).toBe(notice.bodyText);
        }
      }),
      TIMEOUT_MS,
    );

    it(
      'a GBK merchant: a GBK body is verified byte for byte and applied',
      () =>
        withHarness(start, { charset: 'gbk' }, async (h) => {
          const id = orderId('gbk');
          await seed(h, id);
          const notice = await buildTestNotification({
            keys: h.keys,
            charset: 'gbk',
            outTradeNo: id,
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
            totalFee: SUITE_PRICE,
            subject: '测试商品：羊毛围巾',
            extra: { receive_name: '张三', receive_address: '杭州市文三路' },
          });
          expect(notice.bodyText).toContain('%B2%E2%CA%D4'); // 测试 in GBK
          expect(await reply(await send(h, notice.request(urlOf(h, h.notifyPath))))).toMatchObject({
            status: 200,
            body: 'success',
          });
          expect(await h.escrow.getOrder(id)).toMatchObject({ phase: 'paid', version: 1 });
          expect(await lastLog(h, id)).toMatchObject({ verdict: 'applied', rawText: notice.bodyText });
        }),
      TIMEOUT_MS,
    );

    it(
      'return_url: the result page, the order advances, the later notify is a duplicate',
      utf8(async (h) => {
        const id = orderId('return');
        await seed(h, id);
        // One notify_time for both: a notify stating the same status at a LATER second is recorded
        // (the order learns the time, version 2), which would make this test depend on the clock.
        const notifyTime = formatAlipayTime(new Date());
        const visit = await buildTestReturn({
          keys: h.keys,
          charset: h.charset,
          returnUrl: urlOf(h, h.returnPath),
          outTradeNo: id,
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          totalFee: SUITE_PRICE,
          notifyTime,
        });
        const page = await reply(await send(h, visit.request()));
        expect(page.status).toBe(200);
        expect(page.type).toBe('text/html; charset=utf-8');
        expect(page.body).toContain('付款成功');
        expect(page.body).toContain(id);
        expect(await h.escrow.getOrder(id)).toMatchObject({ phase: 'paid', version: 1 });
        expect(await lastLog(h, id)).toMatchObject({
          channel: 'return',
          method: 'GET',
          verdict: 'applied',
          reply: '200',
        });
        expect(
          (await reply(await send(h, (await paidNotice(h, id, h.charset, notifyTime)).request(urlOf(h, h.notifyPath)))))
            .body,
        ).toBe('success');
        expect((await lastLog(h, id)).verdict).toBe('duplicate');
        expect((await h.escrow.getOrder(id))!.version).toBe(1);
      }),
      TIMEOUT_MS,
    );
  });
}
