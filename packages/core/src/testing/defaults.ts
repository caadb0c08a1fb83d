/**
 * The parties and header values test messages use unless told otherwise. Configure your app's
 * seller (for the seller cross-check) with `TEST_DEFAULTS.sellerId` / `sellerEmail`, or pass
 * your own to the builders.
 */
export const TEST_DEFAULTS = Object.freeze({
  sellerId: '2088101122136241',
  sellerEmail: 'seller@example.com',
  buyerId: '2088102122524333',
  buyerEmail: 'buyer@example.com',
  subject: '测试商品',
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
