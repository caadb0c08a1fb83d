/** Every error code the sandbox's gateway can answer, by where it answers it. */

/** create_partner_trade_by_buyer: on the HTML error page (`<code id="error-code">`), in the order checked. */
export const CREATE_ERROR_CODES = [
  'ILLEGAL_SERVICE',
  'ILLEGAL_ARGUMENT',
  'ILLEGAL_CHARSET',
  'ILLEGAL_PARTNER',
  'ILLEGAL_SIGN_TYPE',
  'ILLEGAL_SECURITY_PROFILE',
  'ILLEGAL_SIGN',
  'ILLEGAL_ENCODING',
  'ILLEGAL_PAYMENT_TYPE',
  'ILLEGAL_FEE_PARAM',
  'ILLEGAL_LOGISTICS_FORMAT',
  'TOTAL_FEE_LESSEQUAL_ZERO',
  'TOTAL_FEE_GREATER_THAN_MAX',
  'BUYER_SELLER_EQUAL',
  'SELF_TIMEOUT_NOT_SUPPORT',
  'SELLER_NOT_EXIST',
  'TRADE_DATA_MATCH_ERROR',
  'TRADE_NOT_ALLOWED_PAY',
] as const;

/** send_goods_confirm_by_platform, single_trade_query, close_trade: `<error>` of the XML reply. */
export const SERVICE_ERROR_CODES = [
  'ILLEGAL_ARGUMENT',
  'ILLEGAL_CHARSET',
  'ILLEGAL_PARTNER',
  'ILLEGAL_SIGN_TYPE',
  'ILLEGAL_SECURITY_PROFILE',
  'ILLEGAL_SIGN',
  'ILLEGAL_ENCODING',
  'TRADE_NOT_EXIST',
  'TRADE_STATUS_NOT_AVAILD',
] as const;

/** One of {@link CREATE_ERROR_CODES}: a code the sandbox's create_partner_trade_by_buyer page can show. */
export type CreateErrorCode = (typeof CREATE_ERROR_CODES)[number];
/** One of {@link SERVICE_ERROR_CODES}: a code the sandbox's XML services can answer in `<error>`. */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];
