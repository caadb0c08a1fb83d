/**
 * The parties and header values test messages use unless told otherwise. Configure your app's
 * seller (for the seller cross-check) with `TEST_DEFAULTS.sellerId` / `sellerEmail`, or pass
 * your own to the builders.
 */
export const TEST_DEFAULTS = Object.freeze({
  /** `seller_id` of test messages. */
  sellerId: '2088101122136241',
  /** `seller_email` of test messages. */
  sellerEmail: 'seller@example.com',
  /** `buyer_id` of test messages. */
  buyerId: '2088102122524333',
  /** `buyer_email` of test messages. */
  buyerEmail: 'buyer@example.com',
  /** `subject` of test messages: Chinese, so charset handling is exercised. */
  subject: '测试商品',
  /** The URL `TestNotification.request()` posts to when given none. */
  notifyUrl: 'http://localhost/alipay/notify',
});

/**
 * The Content-Type Alipay really sends with notifications: not a valid media type (two types in
 * one header). Body parsers that trust it leave the body empty; verify the raw bytes instead.
 * Sent as observed, whatever the body's charset.
 */
export const ALIPAY_NOTIFY_CONTENT_TYPE = 'application/x-www-form-urlencoded; text/html; charset=UTF-8';

/** The User-Agent of Alipay's notification client. */
export const ALIPAY_NOTIFY_USER_AGENT = 'Mozilla/4.0';
