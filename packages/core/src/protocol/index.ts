/**
 * `@alipay-escrow/core/protocol`: the wire format underneath `createEscrow` — signing and the
 * presign string, form encoding in the merchant's charset, raw form bodies, amounts in yuan, the
 * payment request and its HTML form, reading a payment request back, verifying and diagnosing
 * notifications and returns, and reading logged messages. Importing it installs GBK and RSA, as the
 * root entry does.
 *
 * @module protocol
 */
import { installFullSupport } from '../full-support.js';

installFullSupport();

// signing
export type {
  SignType,
  SignatureKeys,
  RsaKeyInput,
  SignOptions,
  NotifyVerifyResult,
  NotifyIdChecker,
} from './sign-types.js';
export { signParams, verifyParams, signBytes, verifyBytes, type SignedParams } from './sign.js';
export { signedPairs, presignString, presignBytes, type ParamInput } from './presign.js';
export { formEncodePairs, formEncodeValue, percentEncodeBytes } from './form-encode.js';

// the payment request (buyer → gateway)
export {
  buildPaymentRequest,
  type BuyerIdentity,
  type Consignee,
  type EscrowOrder,
  type EscrowTimeouts,
  type LogisticsOption,
  type LogisticsOptions,
  type LogisticsPayment,
  type LogisticsType,
  type MerchantConfig,
  type PayableAmount,
  type PaymentFormOptions,
  type PaymentRequest,
  type SellerIdentity,
} from './payment-request.js';
export { parseYuan, formatYuan } from './amount.js';
export { renderPaymentForm, renderPaymentPage } from './html-form.js';
export { escapeHtml } from './html-escape.js';
export { resolveGateway, LIVE_GATEWAY_URL, type GatewayTarget } from './callback-url.js';
export {
  readPaymentParams,
  checkPaymentRequest,
  type PaymentParamsReading,
  type CheckPaymentOptions,
  type CheckedPaymentRequest,
} from './read-payment-params.js';

// notifications and returns (gateway → merchant), verified from raw bytes
export { parseFormBody, type RawParam } from './form-body.js';
export { readLoggedMessage, type LoggedMessage } from './logged-message.js';
export { ambiguityOf } from './unambiguous.js';
export { rawPresignBytes, type RawPresignOptions } from './raw-presign.js';
export { DEFAULT_MAX_BODY_BYTES, type BodyInput } from './body-input.js';
export {
  verifyNotification,
  verifyReturn,
  type VerifyMessageOptions,
  type VerifyResult,
  type VerifiedMessage,
  type RejectedMessage,
} from './verify-message.js';
export { diagnoseMessage, type MessageDiagnosis, type DiagnoseMessageOptions } from './diagnose-message.js';
