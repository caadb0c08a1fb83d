import { formEncodePairs } from '../protocol/form-encode.js';
import { ALIPAY_NOTIFY_CONTENT_TYPE, ALIPAY_NOTIFY_USER_AGENT, TEST_DEFAULTS } from './defaults.js';
import type { TestNotificationInput } from './input.js';
import { messageParams } from './message-params.js';
import { signMessage } from './sign-message.js';
import { randomNotifyId } from './test-ids.js';

/** What {@link buildTestNotification} resolves to: the signed message in every form a test needs. */
export interface TestNotification {
  /** Every field sent, decoded (including sign and sign_type), in the order sent. */
  params: Record<string, string>;
  /** The exact POST body: form-encoded bytes in the input's charset. */
  body: Uint8Array;
  /** The same body as text (ASCII: every non-ASCII byte is percent-encoded). */
  bodyText: string;
  /** The message's `notify_id` (the input's, or a random 32-hex-digit one). */
  notifyId: string;
  /**
   * A fresh POST Request carrying the body, with Alipay's real (malformed) Content-Type and
   * User-Agent. Default url: TEST_DEFAULTS.notifyUrl. `headers` are added or override.
   */
  request(url?: string, headers?: Record<string, string>): Request;
}

/**
 * A correctly signed asynchronous notification (trade_status_sync) for any trade and refund
 * status, as Alipay POSTs it to notify_url. Verifies with `verifyNotification` using the same
 * keys and charset. Fields are shaped like real ones: gmt_* times match how far the trade got,
 * refund fields appear only with `refundStatus`.
 *
 * Throws RSA_KEY_INVALID for RSA keys without `privateKey`, CHARSET_UNENCODABLE for a value the
 * charset cannot hold.
 *
 * @example
 * ```ts
 * import { verifyNotification } from '@alipay-escrow/core';
 * import { buildTestNotification } from '@alipay-escrow/core/testing';
 *
 * const keys = { signType: 'MD5', key: 'test-key-0123456789abcdef0123456' } as const;
 * const notification = await buildTestNotification({
 *   keys,
 *   outTradeNo: 'order-1001',
 *   tradeStatus: 'WAIT_SELLER_SEND_GOODS',
 *   totalFee: '0.01',
 * });
 * const result = await verifyNotification(notification.body, { keys, charset: 'utf-8', checkNotifyId: false });
 * // result.valid === true
 * ```
 */
export async function buildTestNotification(input: TestNotificationInput): Promise<TestNotification> {
  const charset = input.charset ?? 'utf-8';
  const notifyId = input.notifyId ?? randomNotifyId();
  const params = await signMessage(messageParams(input, notifyId), input.keys, charset, input.extra);
  const bodyText = formEncodePairs(Object.entries(params), charset);
  const body = new TextEncoder().encode(bodyText);
  return {
    params,
    body,
    bodyText,
    notifyId,
    request(url = TEST_DEFAULTS.notifyUrl, headers = {}) {
      return new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': ALIPAY_NOTIFY_CONTENT_TYPE, 'User-Agent': ALIPAY_NOTIFY_USER_AGENT, ...headers },
        body: body.slice(),
      });
    },
  };
}
