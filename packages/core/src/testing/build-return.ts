import { formEncodePairs } from '../protocol/form-encode.js';
import type { TestReturnInput } from './input.js';
import { messageParams } from './message-params.js';
import { signMessage } from './sign-message.js';
import { randomReturnNotifyId } from './test-ids.js';

/** What {@link buildTestReturn} resolves to: the buyer's signed return visit. */
export interface TestReturn {
  /** returnUrl with Alipay's signed parameters appended to its query. */
  url: URL;
  /** Every parameter sent, decoded (including is_success, sign and sign_type). */
  params: Record<string, string>;
  /** The visit's `notify_id` (the input's, or a random base64-like one). */
  notifyId: string;
  /** A fresh GET Request for `url`, as the buyer's browser sends it. */
  request(): Request;
}

/**
 * A correctly signed return_url visit (the browser GET after payment; Alipay sends it with
 * trade_status WAIT_SELLER_SEND_GOODS). Parameters are in name order, as in the spec's sample,
 * with sign and sign_type last. Verifies with `verifyReturn(url, …)`.
 *
 * Alipay appends its parameters to the return_url's own query, and such extra parameters are not
 * signed: a return_url with a query of its own therefore fails verification, here as in reality.
 * notify_id is encoded once (the spec's sample shows it escaped twice; the signature covers
 * whatever value arrives, so both verify).
 */
export async function buildTestReturn(input: TestReturnInput): Promise<TestReturn> {
  const charset = input.charset ?? 'utf-8';
  const notifyId = input.notifyId ?? randomReturnNotifyId();
  const fields = messageParams(input, notifyId);
  fields['is_success'] = 'T';
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(fields).sort()) sorted[k] = fields[k]!;
  const params = await signMessage(sorted, input.keys, charset, input.extra);
  const { sign_type: signType, sign, ...rest } = params;
  const ordered: Record<string, string> = { ...rest };
  if (sign !== undefined) ordered['sign'] = sign;
  if (signType !== undefined) ordered['sign_type'] = signType;

  const url = new URL(input.returnUrl);
  const query = formEncodePairs(Object.entries(ordered), charset);
  url.search = url.search.length > 1 ? `${url.search.slice(1)}&${query}` : query;
  return {
    url,
    params: ordered,
    notifyId,
    request: () => new Request(url, { method: 'GET' }),
  };
}
