import type { Charset, UnencodablePolicy } from '../charset/index.js';
import type { SignatureKeys } from './sign-types.js';

/** Escrow shipping methods (docs/internals/payment-request.md#logistics; C p34, table 11-3). `DIRECT` is not accepted by this interface. */
export type LogisticsType = 'POST' | 'EXPRESS' | 'EMS';

/** Who pays shipping (docs/internals/payment-request.md#logistics; C p34, table 11-4). With BUYER_PAY_AFTER_RECEIVE the fee is not in the total. */
export type LogisticsPayment = 'BUYER_PAY' | 'SELLER_PAY' | 'BUYER_PAY_AFTER_RECEIVE';

/** One shipping choice offered to the buyer. */
export interface LogisticsOption {
  /**
   * The shipping method (`logistics_type`, `logistics_type_1`, ...): `POST`, `EXPRESS` or `EMS`.
   */
  type: LogisticsType;
  /** Yuan as a decimal string with at most 2 decimals, ≥ 0 ("0", "10", "10.5", "12.00"). */
  fee: string;
  /**
   * Who pays the fee (`logistics_payment`, ...): `BUYER_PAY`, `SELLER_PAY` or
   * `BUYER_PAY_AFTER_RECEIVE`.
   */
  payment: LogisticsPayment;
}

/** One to three shipping choices; the first is the default (`logistics_type`, …). */
export type LogisticsOptions =
  | readonly [LogisticsOption]
  | readonly [LogisticsOption, LogisticsOption]
  | readonly [LogisticsOption, LogisticsOption, LogisticsOption];

/** Custom timeouts. Each needs the custom-timeout feature on the account (else SELF_TIMEOUT_NOT_SUPPORT). */
export interface EscrowTimeouts {
  /** `it_b_pay`: close an unpaid trade after 1m…15d (integer + m/h/d), or `1c` (midnight today). */
  itBPay?: string;
  /** `t_s_send_1`: days (`7d`) after which the buyer may refund an unshipped trade. */
  tSSend1?: string;
  /** `t_s_send_2`: days (`7d`) after which the buyer is advised to refund an unshipped trade. */
  tSSend2?: string;
  /** `t_b_rec_post`: days (`7d`) after which a POST trade completes without the buyer's confirmation. */
  tBRecPost?: string;
}

/** One order, as the merchant's code knows it. Empty strings count as "not given". */
export interface EscrowOrder {
  /** `out_trade_no`: 1–64 bytes, unique in your system, no surrounding whitespace. */
  outTradeNo: string;
  /** `subject`: at most 256 bytes (128 Chinese characters). */
  subject: string;
  /** `body`: at most 400 bytes. */
  body?: string;
  /** `price`: unit price in yuan, "0.01" … "1000000.00". */
  price: string;
  /** `quantity`: a positive integer. */
  quantity: number | string;
  /** `discount`: yuan added to the total; negative for a discount ("-3.00"). */
  discount?: string;
  /**
   * `logistics_type` / `logistics_fee` / `logistics_payment` (and `_1`, `_2`): one to three options
   * with distinct types; the first is the default. A bad one throws ILLEGAL_LOGISTICS_FORMAT.
   */
  logistics: LogisticsOptions;
  /** `show_url`: the goods page linked from the cashier. */
  showUrl?: string;
  /** Overrides `MerchantConfig.notifyUrl` for this order. */
  notifyUrl?: string;
  /** Overrides `MerchantConfig.returnUrl` for this order. */
  returnUrl?: string;
  /** Pre-fills the buyer's account (`buyer_id`, `buyer_email`, `buyer_account_name`). */
  buyer?: BuyerIdentity;
  /** Consignee (`receive_*`). Alipay uses it only when both name and address are given (docs/internals/payment-request.md#consignee, CR p7). */
  receive?: Consignee;
  /**
   * `it_b_pay`, `t_s_send_1`, `t_s_send_2`, `t_b_rec_post`; leave it out unless Alipay enabled
   * custom timeouts on your account.
   */
  timeouts?: EscrowTimeouts;
  /** `token`: quick-login (快捷登录) token, at most 40 bytes. */
  token?: string;
}

/** The buyer account an order pre-fills at the cashier ({@link EscrowOrder.buyer}); every field is optional. */
export interface BuyerIdentity {
  /** `buyer_email`: the buyer's Alipay login, at most 100 bytes. */
  email?: string;
  /** `buyer_id`: the buyer's Alipay user id, 2088 + 12 digits (ILLEGAL_ARGUMENT otherwise). */
  id?: string;
  /** `buyer_account_name`: the buyer's alias account, at most 100 bytes. */
  accountName?: string;
}

/** Where the goods go (`receive_*`, {@link EscrowOrder.receive}); Alipay uses it only when both name and address are given. */
export interface Consignee {
  /** `receive_name`: the consignee's name, at most 128 bytes. */
  name?: string;
  /** `receive_address`: the delivery address, at most 256 bytes. */
  address?: string;
  /** `receive_zip`: the postcode, at most 20 bytes. */
  zip?: string;
  /** `receive_phone`: the consignee's telephone number, at most 30 bytes. */
  phone?: string;
  /** `receive_mobile`: the consignee's mobile number. */
  mobile?: string;
}

/** The seller account that receives the money. At least one field; Alipay's priority: id > accountName > email. */
export interface SellerIdentity {
  /** `seller_id`: 2088 + 12 digits (recommended: a login can change, the id cannot). */
  id?: string;
  /** `seller_email`: the seller's Alipay login. */
  email?: string;
  /** `seller_account_name`: the seller's alias account. */
  accountName?: string;
}

/** The merchant's account settings, shared by every order. */
export interface MerchantConfig {
  /** `partner`: 2088 + 12 digits. */
  partner: string;
  /**
   * MD5 key, or RSA keys (`privateKey` signs the request; `alipayPublicKey` is needed by
   * {@link createEscrow} to verify notifications).
   */
  keys: SignatureKeys;
  /** `_input_charset`: the charset the request is signed and sent in. */
  charset: Charset;
  /**
   * Who receives the money (`seller_id`, `seller_email`, `seller_account_name`); at least one is
   * required (ILLEGAL_ARGUMENT otherwise).
   */
  seller: SellerIdentity;
  /**
   * `notify_url`: where Alipay POSTs notifications. Absolute http(s), no query, fragment or `!`;
   * against the production gateway it must be publicly reachable (CALLBACK_URL_INVALID otherwise).
   * An order's own `notifyUrl` wins.
   */
  notifyUrl?: string;
  /**
   * `return_url`: where the buyer's browser is sent after paying; same rules as `notifyUrl`. An
   * order's own `returnUrl` wins.
   */
  returnUrl?: string;
  /** Default `https://mapi.alipay.com/gateway.do`. http is accepted only for a loopback host (the local sandbox). */
  gatewayUrl?: string;
  /** A character the charset cannot hold: 'error' (default) or 'ncr' (sent as `&#NNN;`). */
  unencodable?: UnencodablePolicy;
}

/** How the auto-submitting form is rendered. */
export interface PaymentFormOptions {
  /** Default 'post'. With 'get' the browser sends the fields as the query (CR p8 allows both: docs/internals/payment-request.md#form). */
  method?: 'post' | 'get';
  /** Default true: a script submits the form at once; the button shows only without JavaScript. */
  autoSubmit?: boolean;
  /** Text of the submit button. */
  submitLabel?: string;
  /** The form's id (default `alipay-escrow-form`); change it when a page holds several forms. */
  id?: string;
  /** A CSP nonce for the inline submit script. */
  nonce?: string;
}

/** The buyer's payable total for one logistics option. */
export interface PayableAmount {
  /** Integer fen (cents). */
  cents: number;
  /** The same, as a 2-decimal yuan string ("338.00"). */
  yuan: string;
}

/** A signed `create_partner_trade_by_buyer` request, ready to send the buyer to. */
export interface PaymentRequest {
  /** Every parameter exactly as sent: the signed pairs sorted by name, then `sign`, `sign_type`. */
  params: [string, string][];
  /** The pre-sign string (decoded text, without the key). */
  presign: string;
  /** The signature (`sign`): 32 lowercase hex digits for MD5, base64 for RSA. */
  sign: string;
  /** The gateway URL (no query). */
  gatewayUrl: string;
  /** The form action: `${gatewayUrl}?_input_charset=${charset}` (docs/internals/payment-request.md#form, CR p8). */
  action: string;
  /** A GET URL carrying every parameter: `${gatewayUrl}?${query}`. */
  url: string;
  /** An auto-submitting HTML form fragment (every value HTML-escaped). */
  form: (options?: PaymentFormOptions) => string;
  /** A complete HTML page around the form. Serve it as `text/html; charset=utf-8`. */
  page: (options?: PaymentFormOptions & { title?: string }) => string;
  /** The buyer's payable total for each logistics option, in the order given. */
  payable: PayableAmount[];
  /** The `_input_charset` the request was signed and encoded in. */
  charset: Charset;
}
