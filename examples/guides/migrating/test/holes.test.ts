// The holes of the official demo, each shown closed: every message below would have passed the
// demo's verifyNotify() (or been mangled by it); the library refuses or keeps it exact.
import {
  AlipayEscrowError,
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  verifyNotification,
} from '@alipay-escrow/core';
import {
  acceptingNotifyIds,
  buildTestNotification,
  resignNotification,
  TEST_DEFAULTS,
  tamperNotification,
} from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { merchantFromDemoConfig, paymentPage, verifyNotifyBody } from '../src/from-demo.js';

const account = {
  partner: '2088101122136241',
  key: 'migrate0guide0key0migrate0guide0',
  sellerEmail: TEST_DEFAULTS.sellerEmail,
};
const merchant = merchantFromDemoConfig(account);
const keys = merchant.keys;
const accepting = acceptingNotifyIds();

async function genuine(): Promise<Uint8Array> {
  const n = await buildTestNotification({
    keys,
    charset: 'gbk',
    outTradeNo: 'M-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '25.00',
  });
  return n.body;
}

async function verdict(body: Uint8Array | string): Promise<string> {
  const result = await verifyNotification(body, {
    keys,
    charset: 'gbk',
    checkNotifyId: accepting,
  });
  return result.code;
}

describe('holes of the official demo, closed', () => {
  it('accepts the genuine message, through the drop-in for verifyNotify()', async () => {
    const params = await verifyNotifyBody(await genuine(), merchant, accepting);
    expect(params?.['subject']).toBe('测试商品');
  });

  it('compares the signature exactly (the demo used ==)', async () => {
    // #region loose-compare
    // PHP: "0e462097431906509019562988736854" == "0" is true, so sign=0 passed
    // whenever the real
    // MD5 happened to be 0e followed by digits. Here only the exact 32 lower-
    // case hex characters pass.
    const body = await genuine();
    expect(await verdict(tamperNotification(body, { sign: '0' }))).toBe('SIGN_MISMATCH');
    expect(await verdict(tamperNotification(body, { sign: '0e462097431906509019562988736854' }))).toBe('SIGN_MISMATCH');
    // #endregion loose-compare
  });

  it('requires notify_id (the demo skipped the gateway check without one)', async () => {
    // #region notify-id
    const withoutId = await resignNotification(await genuine(), { notify_id: null }, { keys, charset: 'gbk' });
    // correctly signed, still refused
    expect(await verdict(withoutId)).toBe('NOTIFY_ID_MISSING');
    // #endregion notify-id
  });

  it('takes notify_verify as true only when the answer is exactly `true`, over https', async () => {
    // #region atn
    // The demo matched /true$/i, so an answer like "untrue" passed; its default
    // transport was http.
    const untrue = createGatewayClient({
      ...merchant,
      fetch: async () => new Response('untrue'),
    }).notifyVerify;
    const result = await verifyNotification(await genuine(), {
      keys,
      charset: 'gbk',
      checkNotifyId: untrue,
    });
    expect(result.code).toBe('NOTIFY_VERIFY_FAILED');
    expect(() =>
      createGatewayClient({
        ...merchant,
        gatewayUrl: 'http://notify.alipay.com/trade/notify_query.do',
      }),
    ).toThrow(AlipayEscrowError);
    // #endregion atn
  });

  it('refuses a sign_type other than the configured one', async () => {
    // #region sign-type
    expect(await verdict(tamperNotification(await genuine(), { sign_type: 'RSA' }))).toBe('SIGN_TYPE_MISMATCH');
    // #endregion sign-type
  });

  it('refuses duplicate parameters (PHP kept the last one, Java joined them with commas)', async () => {
    // #region duplicate
    const body = new TextDecoder().decode(await genuine());
    expect(await verdict(`${body}&total_fee=0.01`)).toBe('DUPLICATE_PARAM');
    // #endregion duplicate
  });

  it('never renames parameters ($_POST turned a.b into a_b): a name Alipay never sends is refused', async () => {
    // #region names
    const withDottedName = await resignNotification(await genuine(), { 'extra.info': 'x' }, { keys, charset: 'gbk' });
    const result = await verifyNotification(withDottedName, {
      keys,
      charset: 'gbk',
      checkNotifyId: accepting,
    });
    // Alipay's names are a-z, 0-9 and _ only: anything else is a forgery, not a rename.
    expect(result).toMatchObject({ valid: false, code: 'MESSAGE_AMBIGUOUS' });
    const withNewField = await resignNotification(await genuine(), { extra_info: 'x' }, { keys, charset: 'gbk' });
    const kept = await verifyNotification(withNewField, { keys, charset: 'gbk', checkNotifyId: accepting });
    expect(kept.valid && kept.params['extra_info']).toBe('x');
    // #endregion names
  });

  it('escapes every value of the payment form (the demo wrote them raw)', async () => {
    // #region escape
    const escrow = createEscrow({ merchant, store: createMemoryStore() });
    const page = await paymentPage(escrow, {
      no: 'M-2',
      subject: `Tom's "best" <soap>`,
      price: '25.00',
    });
    expect(page).toContain('value="Tom&#39;s &quot;best&quot; &lt;soap&gt;"');
    // #endregion escape
  });

  it('checks the amount and the seller against the order (the demo checked neither)', async () => {
    // #region cross-check
    const gateway = {
      ...createGatewayClient(merchant),
      notifyVerify: accepting,
    };
    const escrow = createEscrow({
      merchant,
      store: createMemoryStore(),
      gateway,
    });
    await escrow.createPayment({
      outTradeNo: 'M-1',
      subject: '手工皂',
      price: '25.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    });
    const cheap = await resignNotification(await genuine(), { total_fee: '0.01' }, { keys, charset: 'gbk' });
    const otherSeller = await resignNotification(
      await genuine(),
      { seller_email: 'someone@example.com' },
      { keys, charset: 'gbk' },
    );

    for (const body of [cheap, otherSeller]) {
      await escrow.handleNotify(
        new Request('https://shop.example.com/alipay/notify', {
          method: 'POST',
          body: body.slice(),
        }),
      );
    }
    const codes = (await escrow.listLog({ outTradeNo: 'M-1' })).map((e) => e.code).reverse();
    expect(codes).toEqual(['AMOUNT_MISMATCH', 'SELLER_MISMATCH']);
    // nothing applied
    expect((await escrow.getOrder('M-1'))?.phase).toBe('created');
    // #endregion cross-check
  });
});
