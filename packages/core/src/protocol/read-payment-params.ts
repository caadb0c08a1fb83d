/**
 * The other side of `buildPaymentRequest`: received `create_partner_trade_by_buyer` parameters
 * (already decoded with their `_input_charset`) mapped back to the typed order, and checked by the
 * same rules the library applies before signing — so a gateway emulation (the sandbox) validates
 * exactly as the library does, and answers with the code the real gateway uses.
 */
import type { Charset } from '../charset/index.js';
import { AlipayEscrowError, bareErrorMessage } from '../errors/error.js';
import { GATEWAY_ERROR_CODES, type GatewayErrorCode } from '../errors/codes.js';
import { formatYuan } from './amount.js';
import { ALIPAY_USER_ID } from './given-string.js';
import { logisticsParamNames } from './logistics.js';
import type {
  EscrowOrder,
  EscrowTimeouts,
  LogisticsOption,
  LogisticsOptions,
  PayableAmount,
  SellerIdentity,
} from './order-types.js';
import type { CheckedMerchant } from './validate-merchant.js';
import { checkOrder } from './validate-order.js';

/** What a received create request says, as the library's types. */
export interface PaymentParamsReading {
  /** `partner`, as received (checked by the caller against its configuration). */
  partner: string | undefined;
  /** `payment_type`, as received (only `1` is valid). */
  paymentType: string | undefined;
  /** `seller_id` / `seller_email` / `seller_account_name`, empty ones left out. */
  seller: SellerIdentity;
  /** The order. Logistics options hold the received strings unchecked (undefined when absent). */
  order: EscrowOrder;
}

/** Options of {@link checkPaymentRequest}. */
export interface CheckPaymentOptions {
  /** The request's `_input_charset`: values must be representable in it. */
  charset: Charset;
  /** The account has the custom-timeout feature (it_b_pay, t_s_send_*, t_b_rec_post). Default false. */
  customTimeouts?: boolean;
}

/** A create request that passed every check. */
export interface CheckedPaymentRequest {
  /** `price`, 2-decimal yuan. */
  price: string;
  /** `quantity`, digits. */
  quantity: string;
  /** `discount`, 2-decimal yuan ("0.00" when not sent). */
  discount: string;
  /** The logistics options, fees as 2-decimal yuan. */
  logistics: LogisticsOption[];
  /** The buyer's payable total for each option: price × quantity + discount + fee (fee not counted for BUYER_PAY_AFTER_RECEIVE). */
  payable: PayableAmount[];
}

const TIMEOUT_PARAMS: [string, keyof EscrowTimeouts][] = [
  ['it_b_pay', 'itBPay'],
  ['t_s_send_1', 'tSSend1'],
  ['t_s_send_2', 'tSSend2'],
  ['t_b_rec_post', 'tBRecPost'],
];

function given(params: Record<string, string>, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

function without<T extends object>(entries: [keyof T, string | undefined][]): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of entries) if (v !== undefined) (out as Record<keyof T, string>)[k] = v;
  return out;
}

function logisticsGroups(params: Record<string, string>): LogisticsOption[] {
  const groups: LogisticsOption[] = [];
  for (let i = 0; i < 3; i++) {
    const names = logisticsParamNames(i);
    const type = given(params, names.type);
    const fee = given(params, names.fee);
    const payment = given(params, names.payment);
    if (type === undefined && fee === undefined && payment === undefined) continue;
    if (groups.length < i) {
      const missing = logisticsParamNames(i - 1).type;
      throw new AlipayEscrowError(
        'ILLEGAL_LOGISTICS_FORMAT',
        `${names.type} group is given but the group before it (${missing}) is not.`,
        {
          hint: 'Logistics groups are filled in order: group 2 needs group 1, group 3 needs group 2 (Alipay escrow access rules, p. 6).',
          field: missing,
        },
      );
    }
    // Unchecked: checkOrder reports a missing or malformed field of a group that is used.
    groups.push({ type, fee, payment } as unknown as LogisticsOption);
  }
  return groups;
}

/**
 * Maps received `create_partner_trade_by_buyer` parameters back to an order. Pure mapping: the
 * only error is ILLEGAL_LOGISTICS_FORMAT for a logistics group given after a missing one, which
 * an order cannot express. `total_fee` is not read: the gateway ignores it (docs/internals/payment-request.md#amounts, CR p6).
 */
export function readPaymentParams(params: Record<string, string>): PaymentParamsReading {
  const p = (name: string) => given(params, name);
  const buyer = without<NonNullable<EscrowOrder['buyer']>>([
    ['id', p('buyer_id')],
    ['email', p('buyer_email')],
    ['accountName', p('buyer_account_name')],
  ]);
  const receive = without<NonNullable<EscrowOrder['receive']>>([
    ['name', p('receive_name')],
    ['address', p('receive_address')],
    ['zip', p('receive_zip')],
    ['phone', p('receive_phone')],
    ['mobile', p('receive_mobile')],
  ]);
  const timeouts = without<EscrowTimeouts>(TIMEOUT_PARAMS.map(([param, option]) => [option, p(param)]));
  const optional = without<EscrowOrder>([
    ['body', p('body')],
    ['discount', p('discount')],
    ['showUrl', p('show_url')],
    ['notifyUrl', p('notify_url')],
    ['returnUrl', p('return_url')],
    ['token', p('token')],
  ]);
  const order: EscrowOrder = {
    outTradeNo: params['out_trade_no'] ?? '',
    subject: params['subject'] ?? '',
    price: params['price'] ?? '',
    quantity: params['quantity'] ?? '',
    logistics: logisticsGroups(params) as unknown as LogisticsOptions,
    ...optional,
    ...(Object.keys(buyer).length > 0 ? { buyer } : {}),
    ...(Object.keys(receive).length > 0 ? { receive } : {}),
    ...(Object.keys(timeouts).length > 0 ? { timeouts } : {}),
  };
  return {
    partner: p('partner'),
    paymentType: p('payment_type'),
    seller: without<SellerIdentity>([
      ['id', p('seller_id')],
      ['email', p('seller_email')],
      ['accountName', p('seller_account_name')],
    ]),
    order,
  };
}

const GATEWAY_CODES = new Set<string>(GATEWAY_ERROR_CODES);

/** The code the gateway answers for a problem the library names in its own terms. */
function asGatewayCode(code: string): GatewayErrorCode {
  if (GATEWAY_CODES.has(code)) return code as GatewayErrorCode;
  switch (code) {
    case 'AMOUNT_INVALID':
      return 'ILLEGAL_FEE_PARAM'; // "非法交易金额格式" (docs/internals/errors.md#create-codes)
    case 'CHARSET_UNENCODABLE':
      return 'ILLEGAL_ENCODING';
    default:
      return 'ILLEGAL_ARGUMENT'; // FIELD_TOO_LONG, CALLBACK_URL_INVALID, …
  }
}

function gatewayError(code: GatewayErrorCode, message: string, hint: string, field?: string): AlipayEscrowError {
  return new AlipayEscrowError(code, message, { hint, ...(field === undefined ? {} : { field }) });
}

function requirePresent(reading: PaymentParamsReading): void {
  const required: [string, string][] = [
    ['out_trade_no', reading.order.outTradeNo],
    ['subject', reading.order.subject],
    ['price', reading.order.price],
    ['quantity', String(reading.order.quantity)],
    ['payment_type', reading.paymentType ?? ''],
  ];
  for (const [param, value] of required) {
    if (value === '') {
      throw gatewayError(
        'ILLEGAL_ARGUMENT',
        `The required parameter ${param} is missing or empty.`,
        'Send every required parameter with a value (Alipay escrow access rules, p. 5).',
        param,
      );
    }
  }
  if (reading.paymentType !== '1') {
    throw gatewayError(
      'ILLEGAL_PAYMENT_TYPE',
      `payment_type is ${JSON.stringify(reading.paymentType)}.`,
      'Only payment_type=1 (goods purchase) is supported (Alipay escrow interface spec, p. 14, Alipay escrow access rules, p. 6).',
      'payment_type',
    );
  }
}

function checkSeller(seller: SellerIdentity): void {
  if (seller.id === undefined && seller.email === undefined && seller.accountName === undefined) {
    throw gatewayError(
      'ILLEGAL_ARGUMENT',
      'None of seller_id, seller_email, seller_account_name is given.',
      'Send seller_id (recommended, Alipay escrow access rules, p. 12) or seller_email: the gateway needs to know who receives the money (Alipay escrow interface spec, p. 15).',
      'seller_id',
    );
  }
  if (seller.id !== undefined && !ALIPAY_USER_ID.test(seller.id)) {
    throw gatewayError(
      'ILLEGAL_ARGUMENT',
      `seller_id ${JSON.stringify(seller.id)} is not an Alipay user id.`,
      'A user id is 16 digits starting with 2088.',
      'seller_id',
    );
  }
}

function checkTimeoutFeature(order: EscrowOrder, allowed: boolean): void {
  if (allowed || order.timeouts === undefined) return;
  const param = TIMEOUT_PARAMS.find(([, option]) => order.timeouts?.[option] !== undefined)![0];
  throw gatewayError(
    'SELF_TIMEOUT_NOT_SUPPORT',
    `${param} is sent, but the account has no custom-timeout agreement.`,
    'Leave it_b_pay, t_s_send_1, t_s_send_2 and t_b_rec_post out unless Alipay enabled custom timeouts for you (Alipay escrow access rules, p. 7).',
    param,
  );
}

/**
 * Checks a received create request the way the library checks an order before signing it
 * (amounts, totals, logistics groups, lengths, callback URLs, buyer ≠ seller, timeouts), and
 * returns the normalised amounts. Every error thrown carries a code the gateway itself answers
 * with (ILLEGAL_ARGUMENT, ILLEGAL_PAYMENT_TYPE, ILLEGAL_LOGISTICS_FORMAT, ILLEGAL_FEE_PARAM,
 * TOTAL_FEE_LESSEQUAL_ZERO, TOTAL_FEE_GREATER_THAN_MAX, BUYER_SELLER_EQUAL,
 * SELF_TIMEOUT_NOT_SUPPORT, ILLEGAL_ENCODING).
 *
 * One library rule is not applied: surrounding whitespace in `out_trade_no` is refused by the
 * library (a merchant-side safety rule) but accepted by the gateway, so it is checked trimmed.
 * Who the seller must be (the partner's own account) is the caller's business.
 */
export function checkPaymentRequest(
  reading: PaymentParamsReading,
  options: CheckPaymentOptions,
): CheckedPaymentRequest {
  try {
    requirePresent(reading);
    checkSeller(reading.seller);
    checkTimeoutFeature(reading.order, options.customTimeouts === true);
    const merchant: CheckedMerchant = {
      partner: reading.partner ?? '',
      keys: { signType: 'MD5', key: 'unused-by-checkOrder' },
      charset: options.charset,
      unencodable: 'error',
      gateway: { url: 'http://127.0.0.1/gateway.do', live: false },
      seller: reading.seller,
      notifyUrl: undefined,
      returnUrl: undefined,
    };
    const trimmed = reading.order.outTradeNo.trim();
    const order = { ...reading.order, outTradeNo: trimmed === '' ? reading.order.outTradeNo : trimmed };
    const checked = checkOrder(order, merchant);
    const sent = new Map(checked.pairs);
    const logistics = (reading.order.logistics as readonly LogisticsOption[]).map((_, i) => {
      const names = logisticsParamNames(i);
      return {
        type: sent.get(names.type),
        fee: sent.get(names.fee),
        payment: sent.get(names.payment),
      } as LogisticsOption;
    });
    return {
      price: sent.get('price')!,
      quantity: sent.get('quantity')!,
      discount: sent.get('discount') ?? '0.00',
      logistics,
      payable: checked.payable.map((cents) => ({ cents: Number(cents), yuan: formatYuan(cents) })),
    };
  } catch (error) {
    if (!AlipayEscrowError.is(error) || GATEWAY_CODES.has(error.code)) throw error;
    throw new AlipayEscrowError(asGatewayCode(error.code), bareErrorMessage(error), {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.field === undefined ? {} : { field: error.field }),
      cause: error,
    });
  }
}
