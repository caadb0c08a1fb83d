import type { Charset } from '../charset/index.js';
import type { SignatureKeys } from '../protocol/sign-types.js';

/** What a test notification (or return) says. Only the order number, status and total are required. */
export interface TestNotificationInput {
  /**
   * The keys to sign with, as Alipay would: MD5 `{ signType: 'MD5', key }`, or RSA with
   * `privateKey` = the private half of the `alipayPublicKey` your verifier is configured with.
   */
  keys: SignatureKeys;
  /** The charset of the body and of the signed bytes: your `_input_charset`. Default 'utf-8'. */
  charset?: Charset | undefined;
  /** `out_trade_no`: your order number. */
  outTradeNo: string;
  /** Sent as given, so unknown statuses (TRADE_SUCCESS, COD_…) can be tested too. */
  tradeStatus: string;
  /** When set, `refund_status` and `gmt_refund` are sent; otherwise no refund field is. */
  refundStatus?: string | undefined;
  /** Yuan, 2 decimals, e.g. '0.01'. */
  totalFee: string;
  /** Default: totalFee. */
  price?: string | undefined;
  /** Default '1'. */
  quantity?: string | undefined;
  /** Default: a 16-digit number derived from outTradeNo (`testTradeNo`). */
  tradeNo?: string | undefined;
  /** Default TEST_DEFAULTS.sellerId. */
  sellerId?: string | undefined;
  /** `seller_email`. Default TEST_DEFAULTS.sellerEmail. */
  sellerEmail?: string | undefined;
  /** `buyer_id`. Default TEST_DEFAULTS.buyerId. */
  buyerId?: string | undefined;
  /** `buyer_email`. Default TEST_DEFAULTS.buyerEmail. */
  buyerEmail?: string | undefined;
  /** Default TEST_DEFAULTS.subject (Chinese, so charset handling is exercised). */
  subject?: string | undefined;
  /** Default: random (32 hex characters for notifications, base64-like for returns). */
  notifyId?: string | undefined;
  /**
   * `yyyy-MM-dd HH:mm:ss`, Beijing time. Default: now. The gmt_* times are derived from it when it
   * is in that format (so fixed inputs give a fixed body), from the current time otherwise.
   */
  notifyTime?: string | undefined;
  /**
   * Fields to add or override, in the body and the signature. An empty string leaves the field
   * out (Alipay neither sends nor signs empty values). `sign` / `sign_type` given here replace the
   * computed ones (e.g. `{ sign_type: 'RSA' }` or `{ sign_type: '' }`).
   */
  extra?: Record<string, string> | undefined;
}

/** What a test return visit says: a {@link TestNotificationInput} plus the URL the buyer returns to. */
export interface TestReturnInput extends TestNotificationInput {
  /** Your return_url; Alipay appends its parameters to it. */
  returnUrl: string;
}
