// handleNotify at the HTTP level: what is refused before and during verification, the body limit,
// Content-Type ignored, GBK bodies, the IP allow-list, what the log keeps.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import { buildTestNotification, tamperNotification } from '../../src/testing/index.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { LOG_RAW_PREFIX_BYTES } from '../../src/store/log-limits.js';
import { deliver, merchant, notification, orderInput, PRICE, shop, type Shop } from './harness.js';

const NOTIFY_URL = 'https://shop.example.com/alipay/notify';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function paidShop(over: Parameters<typeof shop>[1] = {}, id = 'H-1'): Promise<Shop> {
  const s = shop(createMemoryStore(), over);
  await s.escrow.createPayment(orderInput(id));
  return s;
}

function post(body: BodyInit | null, headers: Record<string, string> = {}, init: RequestInit = {}): Request {
  return new Request(NOTIFY_URL, { method: 'POST', body, headers, ...init });
}

/** A body stream of `total` bytes in 16 KiB chunks that counts what was pulled from it. */
function countingStream(total: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(16 * 1024).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk.slice());
    },
  });
  return { stream, pulled: () => pulled };
}

async function expectUnchanged(s: Shop, id = 'H-1'): Promise<void> {
  expect((await s.escrow.getOrder(id))!).toMatchObject({ version: 0, phase: 'created' });
  expect(await s.escrow.listEffects(id)).toEqual([]);
  expect(s.hooks.events).toEqual([]);
}

describe('refused before verification', () => {
  for (const method of ['GET', 'PUT', 'HEAD']) {
    it(`${method} → 405 with Allow: POST and body fail`, async () => {
      const s = await paidShop();
      const response = await s.escrow.handleNotify(new Request(NOTIFY_URL, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await response.text()).toBe('fail');
      expect(await s.escrow.listLog()).toEqual([]);
    });
  }

  it('413 when Content-Length is over the limit, without reading the body', async () => {
    const s = await paidShop({ maxBodyBytes: 100_000 });
    const source = countingStream(10 * 1024 * 1024);
    const response = await s.escrow.handleNotify(
      post(source.stream, { 'content-length': String(10 * 1024 * 1024) }, { duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toBe('fail');
    // at most what the stream buffers by itself; reading up to the limit would pull 7 chunks
    expect(source.pulled()).toBeLessThanOrEqual(16 * 1024);
    // logged, without the body it never read
    const log = await s.escrow.listLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      verdict: 'rejected',
      code: 'BODY_TOO_LARGE',
      reply: 'fail',
      rawSize: 0,
      authenticity: 'none',
    });
  });

  it('413 for a stream without Content-Length that grows past the limit: reading stops early', async () => {
    const s = await paidShop({ maxBodyBytes: 20_000 });
    const source = countingStream(10 * 1024 * 1024);
    const response = await s.escrow.handleNotify(post(source.stream, {}, { duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe('fail');
    // 10 MiB offered, at most a few chunks read
    expect(source.pulled()).toBeLessThan(200 * 1024);
  });

  it('a body exactly at the limit is read; one byte more is not', async () => {
    const message = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    const at = await paidShop({ maxBodyBytes: message.body.length });
    expect((await deliver(at.escrow, message)).body).toBe('success');
    const under = await paidShop({ maxBodyBytes: message.body.length - 1 });
    const reply = await deliver(under.escrow, message);
    expect([reply.status, reply.body]).toEqual([413, 'fail']);
  });
});

describe('verification', () => {
  it('a forged notification (signed with another key): fail, nothing changes, logged', async () => {
    const s = await paidShop();
    const forged = await buildTestNotification({
      keys: { signType: 'MD5', key: 'x'.repeat(32) },
      outTradeNo: 'H-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: PRICE,
    });
    const reply = await deliver(s.escrow, forged);
    expect([reply.status, reply.body]).toEqual([200, 'fail']);
    await expectUnchanged(s);
    expect(s.gateway.calls).toEqual([]); // notify_verify is not even asked
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({
      verdict: 'rejected',
      code: 'SIGN_MISMATCH',
      reply: 'fail',
      outTradeNo: 'H-1',
      notifyId: forged.notifyId,
    });
    expect(entry!.raw).toEqual(forged.body);
  });

  it('a tampered amount: fail, nothing changes, logged', async () => {
    const s = await paidShop();
    const genuine = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    const tampered = tamperNotification(genuine.body, { total_fee: '0.01' });
    const reply = await deliver(s.escrow, post(tampered.slice() as Uint8Array<ArrayBuffer>));
    expect(reply.body).toBe('fail');
    await expectUnchanged(s);
    expect((await s.escrow.listLog())[0]).toMatchObject({ verdict: 'rejected', code: 'SIGN_MISMATCH' });
  });

  it('a sign_type other than the configured one: fail', async () => {
    const s = await paidShop();
    const message = await notification({
      outTradeNo: 'H-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { sign_type: 'RSA' },
    });
    expect((await deliver(s.escrow, message)).body).toBe('fail');
    await expectUnchanged(s);
    expect((await s.escrow.listLog())[0]).toMatchObject({ verdict: 'rejected', code: 'SIGN_TYPE_MISMATCH' });
  });

  it('a GBK body to a UTF-8 merchant (wrong charset): fail, nothing changes, logged', async () => {
    const s = await paidShop();
    const gbk = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS', charset: 'gbk' });
    expect((await deliver(s.escrow, gbk)).body).toBe('fail');
    await expectUnchanged(s);
    const [entry] = await s.escrow.listLog();
    expect(entry!.verdict).toBe('rejected');
    expect(['CHARSET_MISMATCH', 'SIGN_MISMATCH', 'CHARSET_UNDECODABLE']).toContain(entry!.code);
  });

  it('an empty body and a JSON body: fail, logged', async () => {
    const s = await paidShop();
    expect((await deliver(s.escrow, post(''))).body).toBe('fail');
    expect((await deliver(s.escrow, post('{"out_trade_no":"H-1"}', { 'content-type': 'application/json' }))).body).toBe(
      'fail',
    );
    expect((await s.escrow.listLog()).map((e) => e.code).sort()).toEqual(['BODY_ALREADY_PARSED', 'BODY_EMPTY']);
    await expectUnchanged(s);
  });

  it('Content-Type is ignored: Alipay’s malformed one, none at all, or a wrong one all work', async () => {
    for (const [i, contentType] of [
      'application/x-www-form-urlencoded; text/html; charset=UTF-8',
      null,
      'text/plain',
      'application/json',
    ].entries()) {
      const id = `CT-${i}`;
      const s = await paidShop({}, id);
      const message = await notification({ outTradeNo: id, tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
      const request = new Request(NOTIFY_URL, { method: 'POST', body: message.body.slice(), headers });
      if (contentType === null) expect(request.headers.get('content-type')).toBeNull();
      expect((await deliver(s.escrow, request)).body).toBe('success');
    }
  });

  it('a GBK merchant verifies a GBK body byte for byte, and decodes its Chinese fields', async () => {
    const s = shop(createMemoryStore(), { merchant: merchant({ charset: 'gbk' }) });
    await s.escrow.createPayment(orderInput('GBK-1', { subject: '测试商品：羊毛围巾' }));
    const message = await notification({
      outTradeNo: 'GBK-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      charset: 'gbk',
      subject: '测试商品：羊毛围巾',
      extra: { receive_name: '张三', receive_address: '杭州市文三路' },
    });
    expect(message.bodyText).toContain('%B2%E2%CA%D4'); // 测试 in GBK
    expect((await deliver(s.escrow, message)).body).toBe('success');
    expect((await s.escrow.getOrder('GBK-1'))!.phase).toBe('paid');
    expect(s.hooks.events[0]!.order.subject).toBe('测试商品：羊毛围巾');
  });

  it('a body streamed in small chunks without Content-Length is read whole', async () => {
    const s = await paidShop();
    const message = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= message.body.length) return controller.close();
        controller.enqueue(message.body.slice(offset, offset + 7));
        offset += 7;
      },
    });
    expect((await deliver(s.escrow, post(stream, {}, { duplex: 'half' } as RequestInit))).body).toBe('success');
    expect((await s.escrow.listLog())[0]!.raw).toEqual(message.body);
  });
});

describe('the log', () => {
  it('keeps the raw bytes, the headers with credentials redacted, and the remote address', async () => {
    const s = await paidShop();
    const message = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    await deliver(
      s.escrow,
      message.request(NOTIFY_URL, {
        cookie: 'session=abc',
        authorization: 'Basic dXNlcjpwYXNz',
        'proxy-authorization': 'Bearer t',
        'x-request-id': 'r-1',
      }),
      '121.0.26.1',
    );
    const [entry] = await s.escrow.listLog();
    expect(entry!.raw).toEqual(message.body);
    expect(entry!.headers).toMatchObject({
      cookie: '[redacted]',
      authorization: '[redacted]',
      'proxy-authorization': '[redacted]',
      'x-request-id': 'r-1',
      'user-agent': 'Mozilla/4.0',
    });
    expect(JSON.stringify(entry!.headers)).not.toContain('abc');
    expect(entry).toMatchObject({
      channel: 'notify',
      method: 'POST',
      remoteAddress: '121.0.26.1',
      verdict: 'applied',
      reply: 'success',
      notifyId: message.notifyId,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      replayOf: null,
    });
  });

  it('a genuine notification is logged whole, with its size, SHA-256 and authenticity verified', async () => {
    const s = await paidShop();
    const message = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    await deliver(s.escrow, message);
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({
      authenticity: 'verified',
      rawSize: message.body.length,
      rawSha256: await sha256(message.body),
    });
    expect(entry!.raw).toEqual(message.body);
  });

  it('a refused request keeps its size, SHA-256 and only the first LOG_RAW_PREFIX_BYTES of its body', async () => {
    const s = await paidShop();
    const junk = new TextEncoder().encode(`out_trade_no=H-1&x=${'a'.repeat(60_000)}`);
    expect((await deliver(s.escrow, post(junk.slice()))).body).toBe('fail');
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({
      verdict: 'rejected',
      authenticity: 'none',
      rawSize: junk.length,
      rawSha256: await sha256(junk),
      outTradeNo: 'H-1',
    });
    expect(entry!.raw).toEqual(junk.subarray(0, LOG_RAW_PREFIX_BYTES));
    await expectUnchanged(s);
  });

  it('a refusal that only notify_verify made keeps the whole body (authenticity signature)', async () => {
    const s = await paidShop({ notifyVerify: async () => ({ outcome: 'rejected', body: 'false' }) });
    const message = await notification({
      outTradeNo: 'H-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      extra: { memo: 'm'.repeat(5000) },
    });
    expect((await deliver(s.escrow, message)).body).toBe('fail');
    const [entry] = await s.escrow.listLog();
    expect(entry).toMatchObject({
      verdict: 'rejected',
      code: 'NOTIFY_VERIFY_FAILED',
      authenticity: 'signature',
      rawSize: message.body.length,
    });
    expect(entry!.raw).toEqual(message.body);
  });

  it('keeps the headers bounded: at most 32, values cut, about 1.5 KiB in all, the rest counted', async () => {
    const s = await paidShop();
    const headers: Record<string, string> = { cookie: 'session=abc' };
    for (let i = 0; i < 60; i++) headers[`x-junk-${String(i).padStart(2, '0')}`] = 'v'.repeat(3000);
    const message = await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    expect((await deliver(s.escrow, message.request(NOTIFY_URL, headers))).body).toBe('success');
    const [entry] = await s.escrow.listLog();
    const names = Object.keys(entry!.headers);
    expect(names.length).toBeLessThanOrEqual(33);
    expect(entry!.headers).toMatchObject({ 'user-agent': 'Mozilla/4.0', cookie: '[redacted]' });
    expect(Object.values(entry!.headers).every((v) => v.length <= 256)).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(entry!.headers)).length).toBeLessThanOrEqual(1600);
    expect(entry!.headers['[omitted]']).toMatch(/^\d+ header\(s\) left out of the log$/);
  });

  it('when the log cannot be written, nothing is applied: fail (the entry is written after verification)', async () => {
    const store = createMemoryStore();
    // a genuine message's entry is written by the pipeline's first step, with the read of the order
    const s = shop({ ...store, receive: async () => Promise.reject(new Error('log table locked')) });
    await s.escrow.createPayment(orderInput('H-1'));
    expect(
      (await deliver(s.escrow, await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }))).body,
    ).toBe('fail');
    expect(s.gateway.calls.map((c) => c.method)).toEqual(['GET']); // notify_verify only
    expect((await store.getOrder('H-1'))!.version).toBe(0);
    expect(s.hooks.events).toEqual([]);
    expect(await store.listLog()).toEqual([]);
  });
});

describe('IP allow-list', () => {
  const paid = () => notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

  it('off by default: any or no address is accepted', async () => {
    const s = await paidShop();
    expect((await deliver(s.escrow, await paid(), '8.8.8.8')).body).toBe('success');
    const t = await paidShop();
    expect((await deliver(t.escrow, await paid())).body).toBe('success');
  });

  for (const address of ['121.0.26.1', '121.0.27.254', '110.75.159.254', '115.124.16.9', '::ffff:121.0.26.2']) {
    it(`on, default ranges: ${address} is accepted`, async () => {
      const s = await paidShop({ ipAllowList: {} });
      expect((await deliver(s.escrow, await paid(), address)).body).toBe('success');
    });
  }

  for (const address of ['8.8.8.8', '121.0.28.1', '110.75.160.1', '115.124.17.1', '::1', 'not-an-ip', undefined]) {
    it(`on, default ranges: ${String(address)} → 403 fail, logged, nothing verified`, async () => {
      const s = await paidShop({ ipAllowList: {} });
      const reply = await deliver(s.escrow, await paid(), address);
      expect([reply.status, reply.body]).toEqual([403, 'fail']);
      expect(s.gateway.calls).toEqual([]);
      await expectUnchanged(s);
      expect((await s.escrow.listLog())[0]).toMatchObject({
        verdict: 'rejected',
        code: 'IP_NOT_ALLOWED',
        reply: 'fail',
        remoteAddress: address ?? null,
      });
    });
  }

  it('custom ranges replace the defaults', async () => {
    const s = await paidShop({ ipAllowList: { ranges: ['10.1.0.0/16'] } });
    expect((await deliver(s.escrow, await paid(), '121.0.26.1')).status).toBe(403);
    expect((await deliver(s.escrow, await paid(), '10.1.200.3')).body).toBe('success');
  });

  it('behind a trusted proxy: the hop the proxy appended (the rightmost) is the client', async () => {
    const s = await paidShop({ ipAllowList: { trustedProxyHeader: 'X-Forwarded-For' } });
    const spoofed = (await paid()).request(NOTIFY_URL, { 'x-forwarded-for': '121.0.26.1, 8.8.8.8' });
    expect((await deliver(s.escrow, spoofed, '10.0.0.2')).status).toBe(403);
    const genuine = (await paid()).request(NOTIFY_URL, { 'x-forwarded-for': '8.8.8.8, 121.0.26.1' });
    expect((await deliver(s.escrow, genuine, '10.0.0.2')).body).toBe('success');
    expect((await s.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBe('121.0.26.1');
  });

  it('behind two proxies: trustedProxyHops 2 takes the second hop from the right', async () => {
    const s = await paidShop({ ipAllowList: { trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: 2 } });
    const genuine = (await paid()).request(NOTIFY_URL, { 'x-forwarded-for': '8.8.8.8, 121.0.26.1, 10.0.0.3' });
    expect((await deliver(s.escrow, genuine, '10.0.0.2')).body).toBe('success');
    const short = (await paid()).request(NOTIFY_URL, { 'x-forwarded-for': '121.0.26.1' });
    expect((await deliver(s.escrow, short, '10.0.0.2')).status).toBe(403);
    expect((await s.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBeNull();
  });

  it('a bad trustedProxyHops is refused when the escrow is created', () => {
    for (const ipAllowList of [
      { trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: 0 },
      { trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: 1.5 },
      { trustedProxyHeader: 'x-forwarded-for', trustedProxyHops: '2' as unknown as number },
      { trustedProxyHops: 2 },
    ]) {
      expect(() => createEscrow({ merchant: merchant(), store: createMemoryStore(), ipAllowList })).toThrow(
        expect.objectContaining({ code: 'CONFIG_INVALID', field: 'ipAllowList.trustedProxyHops' }),
      );
    }
  });

  it('without a configured proxy header, a client-sent X-Forwarded-For is ignored', async () => {
    const s = await paidShop({ ipAllowList: {} });
    const spoofing = (await paid()).request(NOTIFY_URL, { 'x-forwarded-for': '121.0.26.1' });
    expect((await deliver(s.escrow, spoofing, '8.8.8.8')).status).toBe(403);
  });

  it('a bad range is refused when the escrow is created', () => {
    for (const ranges of [['121.0.26.0/33'], ['121.0.26'], ['::1/128'], ['121.0.26.0/23/1']]) {
      try {
        createEscrow({ merchant: merchant(), store: createMemoryStore(), ipAllowList: { ranges } });
        throw new Error('expected throw');
      } catch (e) {
        expect((e as AlipayEscrowError).code).toBe('CONFIG_INVALID');
        expect((e as AlipayEscrowError).field).toBe('ipAllowList.ranges');
      }
    }
  });
});
