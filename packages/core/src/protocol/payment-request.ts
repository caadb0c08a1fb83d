import { formatYuan } from './amount.js';
import { formEncodePairs } from './form-encode.js';
import { renderPaymentForm, renderPaymentPage } from './html-form.js';
import type { EscrowOrder, MerchantConfig, PaymentFormOptions, PaymentRequest } from './order-types.js';
import { signedPairs } from './presign.js';
import { signParams } from './sign.js';
import { checkMerchant } from './validate-merchant.js';
import { checkOrder } from './validate-order.js';

export type {
  BuyerIdentity,
  Consignee,
  EscrowOrder,
  EscrowTimeouts,
  LogisticsOption,
  LogisticsOptions,
  LogisticsPayment,
  LogisticsType,
  MerchantConfig,
  PayableAmount,
  PaymentFormOptions,
  PaymentRequest,
  SellerIdentity,
} from './order-types.js';

/**
 * Builds the signed `create_partner_trade_by_buyer` request for one order: checks the merchant
 * configuration and the order against every documented rule (throwing AlipayEscrowError with the
 * gateway's own code where one exists, `field` naming the parameter), signs it in the merchant's
 * charset, and returns the parameters, a GET URL and an auto-submitting form. Nothing is stored
 * and nothing is sent: {@link Escrow.createPayment} also stores the order for the notifications.
 *
 * Amounts are sent as 2-decimal yuan ("10" → "10.00"); empty optional values are left out;
 * `payment_type` is always 1.
 *
 * Throws, for the merchant configuration (status 500): ILLEGAL_PARTNER, KEY_INVALID,
 * RSA_KEY_INVALID, SIGN_TYPE_UNSUPPORTED, CHARSET_UNSUPPORTED, CONFIG_INVALID (missing keys, bad
 * `gatewayUrl` or `unencodable`), ILLEGAL_ARGUMENT (no seller, bad seller id); for the order:
 * ILLEGAL_ARGUMENT (missing or malformed field, price or quantity out of range, bad timeout),
 * AMOUNT_INVALID, ILLEGAL_LOGISTICS_FORMAT, TOTAL_FEE_LESSEQUAL_ZERO, TOTAL_FEE_GREATER_THAN_MAX,
 * CALLBACK_URL_INVALID, FIELD_TOO_LONG, CHARSET_UNENCODABLE, BUYER_SELLER_EQUAL.
 */
export async function buildPaymentRequest(order: EscrowOrder, merchant: MerchantConfig): Promise<PaymentRequest> {
  const config = checkMerchant(merchant);
  const checked = checkOrder(order, config);
  const { charset } = config;
  const signed = await signParams(checked.pairs, config.keys, { charset, unencodable: config.unencodable });
  const params: [string, string][] = [
    ...signedPairs(checked.pairs),
    ['sign', signed.sign],
    ['sign_type', signed.signType],
  ];
  const gatewayUrl = config.gateway.url;
  const action = `${gatewayUrl}?_input_charset=${charset}`;
  const url = `${gatewayUrl}?${formEncodePairs(params, charset)}`;
  const form = (options: PaymentFormOptions = {}): string => renderPaymentForm(action, params, charset, options);
  return {
    params,
    presign: signed.presign,
    sign: signed.sign,
    gatewayUrl,
    action,
    url,
    form,
    page: (options = {}) => renderPaymentPage(form(options), options.title),
    payable: checked.payable.map((cents) => ({ cents: Number(cents), yuan: formatYuan(cents) })),
    charset,
  };
}
