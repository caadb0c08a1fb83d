// Cross-protocol forgery: with MD5 one key signs the merchant's requests and Alipay's messages, and
// the pre-sign string `k=v&k=v…` has no escaping. A buyer who gets `&notify_id=…&out_trade_no=
// VICTIM&…&trade_status=TRADE_FINISHED` into a field of his own order has the merchant sign a
// string that is also the pre-sign string of a notification (or return) saying VICTIM is paid.
// Two layers stop it, each tested on its own: the library refuses to sign such a value
// (PARAM_AMBIGUOUS), and verification refuses a message shaped like a request — `&` inside a
// decoded value or a name outside [a-z0-9_] (MESSAGE_AMBIGUOUS), a request-only parameter such as
// `_input_charset` (REQUEST_PARAM_IN_MESSAGE) — before looking at its signature.
import { AlipayEscrowError, buildPaymentRequest, verifyNotification, verifyReturn } from '@alipay-escrow/core';
import { formEncodePairs, presignBytes, signBytes } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { describe, expect, it } from 'vitest';
import {
  forgedMessage,
  forgedPairs,
  GENUINE_NOTIFY_ID,
  INJECTED,
  KEYS,
  legacySignedRequest,
  merchantEscrow,
  merchantFor,
  PARTNER,
  SWALLOW,
  VICTIM,
  VICTIM_PRICE,
} from './forgery-kit.js';

type Field = 'subject' | 'body' | 'receive_address';
interface Shape {
  field: Field;
  trailing: boolean;
  swallowIn: 'value' | 'name';
}

// subject sorts last among the order's fields, so it needs no trailing parameter unless one that
// sorts after it (token) is signed too; body and receive_address always need one.
const SHAPES: Shape[] = [
  { field: 'subject', trailing: false, swallowIn: 'value' },
  { field: 'subject', trailing: true, swallowIn: 'value' },
  { field: 'subject', trailing: false, swallowIn: 'name' },
  { field: 'body', trailing: true, swallowIn: 'value' },
  { field: 'body', trailing: true, swallowIn: 'name' },
  { field: 'receive_address', trailing: true, swallowIn: 'value' },
  { field: 'receive_address', trailing: true, swallowIn: 'name' },
];
const CHARSETS: Charset[] = ['utf-8', 'gbk'];
const label = (s: Shape, cs: Charset) =>
  `${s.field}, ${s.trailing ? 'with' : 'without'} a trailing swallow, swallowing in a ${s.swallowIn}, ${cs}`;

async function forgery(shape: Shape, charset: Charset): Promise<{ message: string; presign: string }> {
  const extra =
    shape.field === 'subject' && shape.trailing ? { token: '201103290c9f9f2c03db4267a4c8e1bfe3adfd52' } : {};
  const injected = shape.trailing ? `${INJECTED}${SWALLOW}` : INJECTED;
  const { presign, sign } = await legacySignedRequest(charset, shape.field, injected, extra);
  return { message: forgedMessage(forgedPairs(presign, shape.swallowIn), sign, charset), presign };
}

async function seedVictim(escrow: Awaited<ReturnType<typeof merchantEscrow>>['escrow']): Promise<void> {
  await escrow.createPayment({
    outTradeNo: VICTIM,
    subject: '羊绒大衣',
    price: VICTIM_PRICE,
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
}

async function expectVictimUnpaid(setup: Awaited<ReturnType<typeof merchantEscrow>>): Promise<void> {
  expect(await setup.escrow.getOrder(VICTIM)).toMatchObject({ version: 0, phase: 'created', tradeStatus: null });
  expect(await setup.escrow.listEffects(VICTIM)).toEqual([]);
  expect(setup.calls).toEqual([]);
}

const FORGERY_CODES = ['MESSAGE_AMBIGUOUS', 'REQUEST_PARAM_IN_MESSAGE'];

describe('cross-protocol forgery: a request the merchant signed, replayed as a notification', () => {
  for (const charset of CHARSETS) {
    for (const shape of SHAPES) {
      it(`notify: VICTIM stays unpaid, the reply is fail, the log says why (${label(shape, charset)})`, async () => {
        const setup = merchantEscrow(charset);
        await seedVictim(setup.escrow);
        const { message } = await forgery(shape, charset);
        const response = await setup.escrow.handleNotify(
          new Request('https://shop.example.com/alipay/notify', { method: 'POST', body: message }),
        );
        expect(await response.text()).toBe('fail');
        await expectVictimUnpaid(setup);
        const [entry] = await setup.escrow.listLog({ limit: 1 });
        expect(entry).toMatchObject({ channel: 'notify', verdict: 'rejected', reply: 'fail' });
        expect(FORGERY_CODES).toContain(entry!.code);
        // refused before anything else: the gateway was not even asked about the notify_id
        expect(setup.asked).toEqual([]);
      });

      it(`return: VICTIM stays unpaid, the buyer sees the neutral page (${label(shape, charset)})`, async () => {
        const setup = merchantEscrow(charset);
        await seedVictim(setup.escrow);
        const { message } = await forgery(shape, charset);
        const response = await setup.escrow.handleReturn(
          new Request(`https://shop.example.com/alipay/return?${message}`),
        );
        expect(response.status).toBe(200);
        const page = await response.text();
        expect(page).toContain('This page could not verify the payment directly');
        expect(page).not.toContain(VICTIM);
        await expectVictimUnpaid(setup);
        const [entry] = await setup.escrow.listLog({ limit: 1 });
        expect(entry).toMatchObject({ channel: 'return', verdict: 'rejected' });
        expect(FORGERY_CODES).toContain(entry!.code);
      });
    }
  }
});

describe('layer 1, verification alone: the forged shapes are refused whatever the signature says', () => {
  const confirmAll = async () => ({ outcome: 'verified' as const, body: 'true' });

  for (const charset of CHARSETS) {
    it(`its signature is the merchant's, yet it is refused before the signature check (${charset})`, async () => {
      const shape: Shape = { field: 'body', trailing: true, swallowIn: 'value' };
      const { message } = await forgery(shape, charset);
      const r = await verifyNotification(message, { keys: KEYS, charset, checkNotifyId: confirmAll });
      expect(r.valid).toBe(false);
      if (r.valid) return;
      // the swallowing parameter is `_input_charset`, a name only requests carry
      expect(r.code).toBe('REQUEST_PARAM_IN_MESSAGE');
      expect(r.signatureChecked).toBe(false);
      expect(r.params?.['out_trade_no']).toBe(VICTIM);
    });

    it(`a name that swallows the request (\`_input_charset=…&…&body\`) is MESSAGE_AMBIGUOUS (${charset})`, async () => {
      const { message } = await forgery({ field: 'body', trailing: true, swallowIn: 'name' }, charset);
      const r = await verifyReturn(`?${message}`, { keys: KEYS, charset, checkNotifyId: confirmAll });
      expect(r.valid ? 'OK' : r.code).toBe('MESSAGE_AMBIGUOUS');
    });
  }

  it('a swallowing parameter that is not request-only: the `&service=` inside its value gives it away', async () => {
    // A request signed by other software, without `_input_charset`: its first parameter is `body`,
    // so the forged notification swallows the request into `body` — a name notifications carry.
    const request = {
      body: 'b',
      notify_url: 'https://shop.example.com/alipay/notify',
      out_trade_no: 'ATTACKER',
      partner: PARTNER,
      service: 'create_partner_trade_by_buyer',
      subject: `x&notify_id=${GENUINE_NOTIFY_ID}&out_trade_no=${VICTIM}&seller_id=${PARTNER}&total_fee=${VICTIM_PRICE}&trade_status=TRADE_FINISHED`,
    };
    const sign = await signBytes(presignBytes(request, 'utf-8'), KEYS, 'utf-8');
    const swallowed = `b&notify_url=${request.notify_url}&out_trade_no=ATTACKER&partner=${PARTNER}&service=create_partner_trade_by_buyer&subject=x`;
    const forged: [string, string][] = [
      ['body', swallowed],
      ['notify_id', GENUINE_NOTIFY_ID],
      ['out_trade_no', VICTIM],
      ['seller_id', PARTNER],
      ['total_fee', VICTIM_PRICE],
      ['trade_status', 'TRADE_FINISHED'],
    ];
    // same bytes as the request the merchant signed, so the merchant's signature is valid for it
    expect(new TextDecoder().decode(presignBytes(forged, 'utf-8'))).toBe(
      new TextDecoder().decode(presignBytes(request, 'utf-8')),
    );
    const message = formEncodePairs([...forged, ['sign', sign], ['sign_type', 'MD5']], 'utf-8');
    const r = await verifyNotification(message, { keys: KEYS, charset: 'utf-8', checkNotifyId: confirmAll });
    expect(r.valid ? 'OK' : r.code).toBe('MESSAGE_AMBIGUOUS');
    expect(r.valid ? true : r.signatureChecked).toBe(false);
  });

  it('with no `&` anywhere, a request-only parameter such as `_input_charset` still gives it away', async () => {
    // A string the merchant signed outside the library, whose parameters happen to be exactly a
    // notification's plus `_input_charset` (every signed request carries it: docs/internals/signing.md#what-is-signed, CR p5): each `&`
    // separates two parameters, so only the request-only name betrays it.
    const params = {
      _input_charset: 'utf-8',
      notify_id: GENUINE_NOTIFY_ID,
      out_trade_no: VICTIM,
      seller_id: PARTNER,
      total_fee: VICTIM_PRICE,
      trade_status: 'TRADE_FINISHED',
    };
    const sign = await signBytes(presignBytes(params, 'utf-8'), KEYS, 'utf-8');
    const message = formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', 'MD5']], 'utf-8');
    const r = await verifyNotification(message, { keys: KEYS, charset: 'utf-8', checkNotifyId: confirmAll });
    expect(r.valid ? 'OK' : r.code).toBe('REQUEST_PARAM_IN_MESSAGE');
    expect(r.valid ? true : r.signatureChecked).toBe(false);
  });
});

describe('layer 2, signing alone: the library will not sign the injected text', () => {
  for (const charset of CHARSETS) {
    for (const field of ['subject', 'body', 'receive_address'] as const) {
      it(`buildPaymentRequest and createPayment refuse \`&\` in ${field} with PARAM_AMBIGUOUS (${charset})`, async () => {
        const injected = `杭州${INJECTED}${SWALLOW}`;
        const order = {
          outTradeNo: 'ATTACKER-001',
          subject: field === 'subject' ? injected : '围巾',
          ...(field === 'body' ? { body: injected } : {}),
          receive: { name: '张三', ...(field === 'receive_address' ? { address: injected } : {}) },
          price: '0.01',
          quantity: 1,
          logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }] as const,
        };
        const built = await buildPaymentRequest(order as never, merchantFor(charset)).catch((e: unknown) => e);
        expect(AlipayEscrowError.is(built)).toBe(true);
        expect(built).toMatchObject({ code: 'PARAM_AMBIGUOUS', field, status: 400 });

        const { escrow } = merchantEscrow(charset);
        const created = await escrow.createPayment(order as never).catch((e: unknown) => e);
        expect(created).toMatchObject({ code: 'PARAM_AMBIGUOUS', field });
        expect(await escrow.getOrder('ATTACKER-001')).toBeUndefined();
      });
    }
  }
});
