/**
 * Error codes the Alipay MAPI gateway itself answers with (the error tables of
 * create_partner_trade_by_buyer and send_goods_confirm_by_platform, plus codes Alipay's rules
 * documents mention).
 */
export const GATEWAY_ERROR_CODES = [
  // create_partner_trade_by_buyer business codes
  'ILLEGAL_PAYMENT_TYPE',
  'ILLEGAL_FEE_PARAM',
  'PRODUCT_NOT_EXIST',
  'EXPARTNER_INFO_UNCORRECT',
  'TRADE_DATA_MATCH_ERROR',
  'LOGISTICS_CHOOSE_ERROR',
  'ILLEGAL_REQUEST',
  'SELLER_NOT_EXIST',
  'SELLER_NOT_IN_SPECIFIED_SELLERS',
  'SELF_TIMEOUT_NOT_SUPPORT',
  'TRADE_BUYER_NOT_MATCH',
  'TRADE_SELLER_NOT_MATCH',
  'TOTAL_FEE_LESSEQUAL_ZERO',
  'TOTAL_FEE_GREATER_THAN_MAX',
  'EXTERFACE_INVOKE_CONTEXT_EXPIRED',
  'ILLEGAL_LOGISTICS_FORMAT',
  'ILLEGAL_SIGN',
  'ILLEGAL_DYN_MD5_KEY',
  'ILLEGAL_ENCRYPT',
  'ILLEGAL_ARGUMENT',
  'ILLEGAL_SERVICE',
  'ILLEGAL_USER',
  'ILLEGAL_PARTNER',
  'ILLEGAL_EXTERFACE',
  'ILLEGAL_PARTNER_EXTERFACE',
  'ILLEGAL_SECURITY_PROFILE',
  'ILLEGAL_AGENT',
  'ILLEGAL_SIGN_TYPE',
  'HAS_NO_PRIVILEGE',
  'ILLEGAL_REQUEST_REFERER',
  'ILLEGAL_ANTI_PHISHING_KEY',
  'ANTI_PHISHING_KEY_TIMEOUT',
  'ILLEGAL_EXTER_INVOKE_IP',
  // system codes
  'SYSTEM_ERROR',
  'SESSION_TIMEOUT',
  'ILLEGAL_ACCESS_SWITCH_SYSTEM',
  'ILLEGAL_TARGET_SERVICE',
  'ILLEGAL_SWITCH_SYSTEM',
  // send_goods_confirm_by_platform only
  'TRADE_NOT_EXIST',
  'TRADE_STATUS_NOT_AVAILD',
  'ILLEGAL_CHARSET',
  'ILLEGAL_CLIENT_IP',
  'ILLEGAL_ENCODING',
  'EXTERFACE_IS_CLOSED',
  // Alipay's rules documents only
  'BUYER_SELLER_EQUAL',
  'RETRY',
  // seen in other SDKs' error tables, not in Alipay's 2013 documents
  'TOTAL_FEE_OUT_OF_RANGE',
  'TRADE_NOT_ALLOWED_PAY',
  'TRADE_PRICE_NOT_MATCH',
  'TRADE_QUANTITY_NOT_MATCH',
  'TRADE_TOTALFEE_NOT_MATCH',
  'ILLEGAL_OUTTIME_ARGUMENT',
] as const;

/** Codes this library raises for problems it detects itself. */
export const LIBRARY_ERROR_CODES = [
  // configuration and input
  'CONFIG_INVALID',
  'KEY_INVALID',
  'RSA_KEY_INVALID',
  'CALLBACK_URL_INVALID',
  'CHARSET_UNSUPPORTED',
  'CHARSET_UNENCODABLE',
  'CHARSET_UNDECODABLE',
  'CHARSET_MISMATCH',
  'AMOUNT_INVALID',
  'FIELD_TOO_LONG',
  'PARAM_AMBIGUOUS',
  'TRANSPORT_TYPE_MISSING',
  // receiving a notification or return
  'BODY_TOO_LARGE',
  'BODY_READ_TIMEOUT',
  'BODY_EMPTY',
  'BODY_ALREADY_PARSED',
  'MALFORMED_BODY',
  'DUPLICATE_PARAM',
  'MESSAGE_AMBIGUOUS',
  'REQUEST_PARAM_IN_MESSAGE',
  'SIGN_MISSING',
  'SIGN_MISMATCH',
  'SIGN_TYPE_MISMATCH',
  'SIGN_TYPE_UNSUPPORTED',
  'NOTIFY_ID_MISSING',
  'NOTIFY_VERIFY_FAILED',
  'NOTIFY_VERIFY_TIMEOUT',
  'NOTIFY_ID_REUSED',
  // applying a verified notification (handlers)
  'IP_NOT_ALLOWED',
  'UNKNOWN_ORDER',
  'AMOUNT_MISMATCH',
  'SELLER_MISMATCH',
  'PARTNER_MISMATCH',
  'HOOK_FAILED',
  'EFFECT_IN_PROGRESS',
  'EFFECTS_DEFERRED',
  'CONCURRENT_UPDATE',
  'REPLAY_REFUSED',
  'INTERNAL_ERROR',
  // talking to the gateway
  'GATEWAY_TIMEOUT',
  'GATEWAY_HTTP_ERROR',
  'GATEWAY_NETWORK_ERROR',
  'GATEWAY_RESPONSE_INVALID',
  'RESPONSE_SIGN_INVALID',
] as const;

/** One of the {@link GATEWAY_ERROR_CODES}: a code the Alipay gateway answers with. */
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];
/**
 * One of the {@link LIBRARY_ERROR_CODES}: a code this library raises for a problem it detects
 * itself.
 */
export type LibraryErrorCode = (typeof LIBRARY_ERROR_CODES)[number];
/** Every code an {@link AlipayEscrowError} can carry: a gateway code or a library code. */
export type ErrorCode = GatewayErrorCode | LibraryErrorCode;

const ALL = new Set<string>([...GATEWAY_ERROR_CODES, ...LIBRARY_ERROR_CODES]);

/**
 * True when `value` is exactly (case-sensitive) one of the known gateway or library codes. Use
 * `explain` for a lenient lookup.
 */
export function isErrorCode(value: string): value is ErrorCode {
  return ALL.has(value);
}
