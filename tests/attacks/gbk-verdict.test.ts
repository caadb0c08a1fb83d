// Attack: one signed GBK body, a different verdict on each runtime. The core used to decode GBK with
// the runtime's TextDecoder('gbk'), and Node (code page 936), workerd and Deno (GB18030 editions)
// disagree: FF was U+F8F5 on Node and undecodable elsewhere; 81 30 81 30 was undecodable on Node
// and U+0080 on workerd and Deno; A8BC and FE59 were different characters. A notification carrying
// such bytes was applied on one runtime and answered `fail` forever on another. GBK is now decoded
// with the library's own table; these are the answers every runtime gives (the same cases run in
// workerd and Deno in packages/core/test/charset-gbk-runtimes.test.ts).
import { verifyNotification, type Escrow } from '@alipay-escrow/core';
import { percentEncodeBytes, signBytes } from '@alipay-escrow/core/protocol';
import { describe, expect, it } from 'vitest';
import { TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { attackShop } from './shop-kit.js';

const KEY = 'gbkverdict0attack0key00000000000';
const keys = { signType: 'MD5', key: KEY } as const;
const ORDER = 'GBK-VERDICT-1';

function shop(): Promise<Escrow> {
  return attackShop({ keys, charset: 'gbk', orders: [{ outTradeNo: ORDER, subject: '围巾' }] });
}

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g)!, (h) => parseInt(h, 16));
}

/** A genuinely signed GBK "paid" notification whose receive_name is exactly `nameBytes`. */
async function paidNotification(nameBytes: Uint8Array): Promise<string> {
  const ascii = new TextEncoder();
  const pairs: [string, Uint8Array][] = [
    ['notify_id', ascii.encode('a6f3c2e1b0d94f8e7a6b5c4d3e2f1a0b')],
    ['notify_time', ascii.encode('2026-03-01 16:00:00')],
    ['notify_type', ascii.encode('trade_status_sync')],
    ['out_trade_no', ascii.encode(ORDER)],
    ['receive_name', nameBytes],
    ['seller_id', ascii.encode(TEST_DEFAULTS.sellerId)],
    ['total_fee', ascii.encode('0.01')],
    ['trade_no', ascii.encode('2026030121001004110000000001')],
    ['trade_status', ascii.encode('WAIT_SELLER_SEND_GOODS')],
  ];
  const parts = pairs.flatMap(([name, value], i) => [ascii.encode(`${i === 0 ? '' : '&'}${name}=`), value]);
  const presign = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    presign.set(p, at);
    at += p.length;
  }
  const sign = await signBytes(presign, keys, 'gbk');
  return [
    ...pairs.map(([name, value]) => `${name}=${percentEncodeBytes(value)}`),
    `sign=${sign}`,
    'sign_type=MD5',
  ].join('&');
}

async function deliver(
  escrow: Escrow,
  body: string,
): Promise<{ reply: string; code: string | null; phase: string | undefined }> {
  const response = await escrow.handleNotify(
    new Request('https://shop.example.com/alipay/notify', { method: 'POST', body }),
  );
  const [entry] = await escrow.listLog({ limit: 1 });
  return { reply: await response.text(), code: entry?.code ?? null, phase: (await escrow.getOrder(ORDER))?.phase };
}

describe('a signed GBK notification gets the verdict every runtime gives', () => {
  it('bytes that are not GBK (FF, the GB18030 four-byte 81 30 81 30) are refused: fail, CHARSET_UNDECODABLE, order untouched', async () => {
    // Node used to read FF as U+F8F5 and apply the payment; workerd and Deno refused it. The
    // four-byte sequence was refused on Node, applied on workerd and Deno.
    for (const name of ['d5c5ff', 'd5c581308130']) {
      const escrow = await shop();
      expect({ name, ...(await deliver(escrow, await paidNotification(fromHex(name)))) }).toEqual({
        name,
        reply: 'fail',
        code: 'CHARSET_UNDECODABLE',
        phase: 'created',
      });
    }
  });

  it('A8BC and FE59 are applied, and read as U+1E3F and U+9FB4 (not the private-use U+E7C7 / U+E81E)', async () => {
    const body = await paidNotification(fromHex('d5c5a8bcfe59c8fd'));
    const escrow = await shop();
    expect(await deliver(escrow, body)).toEqual({ reply: 'success', code: null, phase: 'paid' });

    const verified = await verifyNotification(body, { keys, charset: 'gbk', checkNotifyId: false });
    expect(verified.valid && verified.params['receive_name']).toBe('张\u1E3F\u9FB4三');
  });
});
