import { AlipayEscrowError } from '../errors/error.js';
import type { ErrorCode } from '../errors/codes.js';
import { formatYuan } from './amount.js';
import { assertCallbackUrl } from './callback-url.js';
import { assertFits, statusFor, textToSend } from './field-text.js';
import { checkLogistics, logisticsPairs, payableWith } from './logistics.js';
import { checkTimeouts } from './timeouts.js';
import { checkPrice, checkQuantity, checkTotals, parseAmount } from './validate-amounts.js';
import type { EscrowOrder } from './order-types.js';
import { ALIPAY_USER_ID, givenString } from './given-string.js';
import type { CheckedMerchant } from './validate-merchant.js';
import { assertUnambiguous } from './unambiguous.js';

export const SERVICE = 'create_partner_trade_by_buyer';

export interface CheckedOrder {
  /** Every parameter to sign and send (unsorted; empty values never appear). */
  pairs: [string, string][];
  /** Payable total per logistics option, in fen. */
  payable: bigint[];
}

function orderError(code: ErrorCode, field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError(code, message, { hint, field });
}

const SHOW_URL_HINT =
  'A query in show_url must not use a bare "&": put the product in the path (https://shop.example.com/item/9) or write each "&" of the query as %26; the link still works in the browser.';

/** Collects parameters: charset-checked (NCR-substituted if asked), length-checked, empties skipped. */
class ParamList {
  readonly pairs: [string, string][] = [];
  constructor(private readonly merchant: CheckedMerchant) {}

  /**
   * Adds a value that has already been checked; returns the text as sent. A value holding `&` is
   * PARAM_AMBIGUOUS (see unambiguous.ts), 400 for the order and 500 for the merchant's own
   * configuration; the character references the 'ncr' policy writes are the one `&` allowed.
   */
  add(param: string, value: string, source: string, maxLength?: number): string {
    assertUnambiguous(param, value, {
      source,
      status: statusFor(source),
      ...(param === 'show_url' ? { hint: SHOW_URL_HINT } : {}),
    });
    const text = textToSend(value, param, this.merchant.charset, this.merchant.unencodable);
    if (maxLength !== undefined) assertFits(text, maxLength, param, source);
    this.pairs.push([param, text]);
    return text;
  }

  /** Adds an optional string (undefined / '' → left out of the request entirely). */
  optional(param: string, value: unknown, source: string, maxLength?: number): string | undefined {
    const given = givenString(value, param, source);
    return given === undefined ? undefined : this.add(param, given, source, maxLength);
  }
}

function checkOutTradeNo(value: unknown): string {
  const text = givenString(value, 'out_trade_no', 'order.outTradeNo');
  if (text === undefined) {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'out_trade_no',
      'order.outTradeNo (out_trade_no) is empty.',
      'Give every order a unique number of 1–64 characters (Alipay escrow interface spec, p. 14).',
    );
  }
  if (text.trim() !== text) {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'out_trade_no',
      `order.outTradeNo (out_trade_no) ${JSON.stringify(text)} starts or ends with whitespace.`,
      'Trim it: Alipay echoes it back and a stray space makes it match no order in your system.',
    );
  }
  return text;
}

function checkSubject(value: unknown): string {
  const text = givenString(value, 'subject', 'order.subject');
  if (text === undefined || text.trim() === '') {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'subject',
      'order.subject (subject) is empty.',
      'Give the order a title the buyer will see at the cashier (Alipay escrow interface spec, p. 14).',
    );
  }
  return text;
}

function checkUserId(value: string | undefined, param: string, source: string): void {
  if (value !== undefined && !ALIPAY_USER_ID.test(value)) {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      param,
      `${source} (${param}) ${JSON.stringify(value)} is not an Alipay user id.`,
      'A user id is 16 digits starting with 2088; leave it out if you only know the login.',
    );
  }
}

function sameAccount(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function checkBuyer(order: EscrowOrder, merchant: CheckedMerchant, params: ParamList): void {
  const buyer = order.buyer ?? {};
  const id = givenString(buyer.id, 'buyer_id', 'order.buyer.id');
  checkUserId(id, 'buyer_id', 'order.buyer.id');
  const email = params.optional('buyer_email', buyer.email, 'order.buyer.email', 100);
  const accountName = params.optional('buyer_account_name', buyer.accountName, 'order.buyer.accountName', 100);
  if (id !== undefined) params.add('buyer_id', id, 'order.buyer.id');
  const seller = merchant.seller;
  const sellerLogins = [seller.email, seller.accountName];
  const equal =
    (id !== undefined && id === seller.id) ||
    [email, accountName].some((login) => sellerLogins.some((s) => sameAccount(login, s)));
  if (equal) {
    throw orderError(
      'BUYER_SELLER_EQUAL',
      id !== undefined && id === seller.id ? 'buyer_id' : email !== undefined ? 'buyer_email' : 'buyer_account_name',
      'The buyer account given in order.buyer is the seller account itself.',
      'A seller cannot buy from itself (Alipay escrow access rules, p. 11): test with a second Alipay account, or leave order.buyer out.',
    );
  }
}

function addCallbacks(order: EscrowOrder, merchant: CheckedMerchant, params: ParamList): void {
  const live = merchant.gateway.live;
  const urls: [string, unknown, string, string | undefined][] = [
    ['notify_url', order.notifyUrl, 'merchant.notifyUrl', merchant.notifyUrl],
    ['return_url', order.returnUrl, 'merchant.returnUrl', merchant.returnUrl],
  ];
  for (const [param, own, fallbackSource, fallback] of urls) {
    const ownSource = `order.${param === 'notify_url' ? 'notifyUrl' : 'returnUrl'}`;
    const given = givenString(own, param, ownSource);
    const value = given ?? fallback;
    if (value === undefined) continue;
    const source = given === undefined ? fallbackSource : ownSource;
    assertCallbackUrl(value, { param, source, allowQuery: false, live });
    params.add(param, value, source);
  }
  const showUrl = givenString(order.showUrl, 'show_url', 'order.showUrl');
  if (showUrl !== undefined) {
    assertCallbackUrl(showUrl, { param: 'show_url', source: 'order.showUrl', allowQuery: true, live: false });
    params.add('show_url', showUrl, 'order.showUrl', 400);
  }
}

function addReceive(order: EscrowOrder, params: ParamList): void {
  const r = order.receive ?? {};
  params.optional('receive_name', r.name, 'order.receive.name', 128);
  params.optional('receive_address', r.address, 'order.receive.address', 256);
  params.optional('receive_zip', r.zip, 'order.receive.zip', 20);
  params.optional('receive_phone', r.phone, 'order.receive.phone', 30);
  params.optional('receive_mobile', r.mobile, 'order.receive.mobile');
}

/**
 * Checks an order against every documented rule and returns the parameters to sign. Throws
 * AlipayEscrowError with the gateway's own code where the documents name one.
 */
export function checkOrder(order: EscrowOrder, merchant: CheckedMerchant): CheckedOrder {
  if (order === null || typeof order !== 'object') {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'order',
      'The order is missing.',
      'Pass { outTradeNo, subject, price, quantity, logistics }.',
    );
  }
  const params = new ParamList(merchant);
  params.add('service', SERVICE, 'service');
  params.add('partner', merchant.partner, 'merchant.partner');
  params.add('_input_charset', merchant.charset, 'merchant.charset');
  params.add('payment_type', '1', 'payment_type');
  if (merchant.seller.id !== undefined) params.add('seller_id', merchant.seller.id, 'merchant.seller.id');
  if (merchant.seller.email !== undefined)
    params.add('seller_email', merchant.seller.email, 'merchant.seller.email', 100);
  if (merchant.seller.accountName !== undefined) {
    params.add('seller_account_name', merchant.seller.accountName, 'merchant.seller.accountName', 100);
  }

  params.add('out_trade_no', checkOutTradeNo(order.outTradeNo), 'order.outTradeNo', 64);
  params.add('subject', checkSubject(order.subject), 'order.subject', 256);
  params.optional('body', order.body, 'order.body', 400);

  const price = checkPrice(order.price);
  const quantity = checkQuantity(order.quantity);
  const hasDiscount = order.discount !== undefined && order.discount !== '';
  const discount = hasDiscount ? parseAmount(order.discount, 'discount', 'order.discount') : 0n;
  const logistics = checkLogistics(order.logistics);
  params.add('price', formatYuan(price), 'order.price');
  params.add('quantity', quantity.toString(), 'order.quantity');
  if (hasDiscount) params.add('discount', formatYuan(discount), 'order.discount');
  for (const [param, value] of logisticsPairs(logistics)) params.add(param, value, 'order.logistics');

  const goods = price * quantity + discount;
  const payable = logistics.map((option) => payableWith(goods, option));
  const goodsText = `price ${formatYuan(price)} × quantity ${quantity}${hasDiscount ? ` + discount ${formatYuan(discount)}` : ''}`;
  checkTotals(payable, (i) => {
    const option = logistics[i]!;
    const fee =
      option.payment === 'BUYER_PAY_AFTER_RECEIVE'
        ? 'fee not counted (BUYER_PAY_AFTER_RECEIVE)'
        : `fee ${formatYuan(option.feeCents)}`;
    return `${goodsText} + ${fee}`;
  });

  addCallbacks(order, merchant, params);
  checkBuyer(order, merchant, params);
  addReceive(order, params);
  for (const [param, value, source] of checkTimeouts(order.timeouts)) params.add(param, value, source);
  params.optional('token', order.token, 'order.token', 40);
  return { pairs: params.pairs, payable };
}
