/**
 * `@alipay-escrow/core` — Alipay escrow trade (担保交易, create_partner_trade_by_buyer) for any
 * runtime with Web APIs: Node 20+, Cloudflare Workers, Deno.
 *
 * @module core
 */

// GBK and RSA are always installed by this entry (the receiver entry leaves them out)
import { installFullSupport } from './full-support.js';

installFullSupport();

// errors: one class with codes, and the catalogue behind `explain`
export * from './errors/index.js';

// charsets: utf-8 and gbk (gb2312 is read as gbk)
export * from './charset/index.js';

// signing
export type { SignType, SignatureKeys, RsaKeyInput, SignOptions, NotifyVerifyResult, NotifyIdChecker } from './protocol/sign-types.js';
export { signParams, verifyParams, signBytes, verifyBytes, type SignedParams } from './protocol/sign.js';
export { signedPairs, presignString, presignBytes, type ParamInput } from './protocol/presign.js';
export { formEncodePairs, formEncodeValue, percentEncodeBytes } from './protocol/form-encode.js';
export { md5, md5Hex } from './crypto/md5.js';
export { timingSafeEqual, timingSafeEqualString } from './crypto/constant-time.js';

// the payment request (buyer → gateway)
export * from './protocol/payment-request.js';
export { parseYuan, formatYuan } from './protocol/amount.js';
export { renderPaymentForm, renderPaymentPage } from './protocol/html-form.js';
export { escapeHtml } from './protocol/html-escape.js';
export { resolveGateway, LIVE_GATEWAY_URL, type GatewayTarget } from './protocol/callback-url.js';
export {
  readPaymentParams,
  checkPaymentRequest,
  type PaymentParamsReading,
  type CheckPaymentOptions,
  type CheckedPaymentRequest,
} from './protocol/read-payment-params.js';

// notifications and returns (gateway → merchant), verified from raw bytes
export { parseFormBody, type RawParam } from './protocol/form-body.js';
export { readLoggedMessage, type LoggedMessage } from './protocol/logged-message.js';
export { ambiguityOf } from './protocol/unambiguous.js';
export { rawPresignBytes, type RawPresignOptions } from './protocol/raw-presign.js';
export { DEFAULT_MAX_BODY_BYTES, type BodyInput } from './protocol/body-input.js';
export {
  verifyNotification,
  verifyReturn,
  type VerifyMessageOptions,
  type VerifyResult,
  type VerifiedMessage,
  type RejectedMessage,
} from './protocol/verify-message.js';
export { diagnoseMessage, type MessageDiagnosis, type DiagnoseMessageOptions } from './protocol/diagnose-message.js';

// the gateway client (notify_verify, send goods, query, close)
export * from './gateway/index.js';

// the escrow state machine (pure)
export * from './escrow/index.js';

// stores: memory, and one SQL store for SQLite (better-sqlite3, D1) and Postgres (pg, PGlite)
export * from './store/index.js';

// the merchant side: createEscrow → createPayment, handleNotify, handleReturn, reconcile, sendGoods, replay
export * from './handlers/index.js';

// sweep: stuck orders found, reconciled or reported (escrow.sweep, hooks.onStuck)
export * from './sweep/index.js';
