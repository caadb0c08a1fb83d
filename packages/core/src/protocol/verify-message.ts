import type { BodyInput } from './body-input.js';
import { diagnoseSignature } from './diagnose-signature.js';
import { returnQuery, verifyMessage, type VerifyMessageOptions, type VerifyResult } from './verify-core.js';

export {
  decodeParams,
  type RejectedMessage,
  type VerifiedMessage,
  type VerifyMessageOptions,
  type VerifyResult,
} from './verify-core.js';

/**
 * Verifies an asynchronous notification from its raw POST body, stricter than the official demo.
 * Before the signature is looked at, a message shaped like a cut-up request is refused: a name
 * outside `[a-z0-9_]`, or a value holding `&` followed by a request parameter's name
 * (MESSAGE_AMBIGUOUS); a parameter only requests carry, such as `_input_charset`
 * (REQUEST_PARAM_IN_MESSAGE). Then: exact signature over the received bytes (constant-time), a
 * `sign_type` that is present must be the configured one, notify_id required and confirmed by the
 * gateway (unless `checkNotifyId` is `false`). Values are decoded with `options.charset` only
 * after the signature matched. Never
 * throws for a bad message: the result says why (see {@link protocol!RejectedMessage.code | RejectedMessage.code}). This only
 * verifies: {@link Escrow.handleNotify} also logs, cross-checks and applies the message.
 */
export async function verifyNotification(body: BodyInput, options: VerifyMessageOptions): Promise<VerifyResult> {
  return verifyMessage(body, options, diagnoseSignature);
}

/**
 * Verifies a return_url visit from its query string (`new URL(request.url).search`), with the same
 * rules. Its notify_id expires about a minute after Alipay redirected the buyer.
 */
export async function verifyReturn(query: string | URL, options: VerifyMessageOptions): Promise<VerifyResult> {
  return verifyMessage(returnQuery(query), options, diagnoseSignature);
}
