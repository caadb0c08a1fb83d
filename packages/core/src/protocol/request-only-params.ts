/**
 * Parameters that only the merchant's requests to Alipay carry, never a notification (C table 6-1,
 * pp23-26) or a return_url visit (C table 5-1, pp18-22). A received message that has one is
 * imitating a request the merchant signed, to borrow that signature (REQUEST_PARAM_IN_MESSAGE).
 *
 * How the list is made: every request parameter of the four signed services, minus every name a
 * message carries (docs/internals/payment-request.md#parameters, docs/internals/notifications.md#fields).
 *
 * - create_partner_trade_by_buyer, C table 4-1 (pp13-17): service, partner, _input_charset,
 *   notify_url, return_url, seller_account_name, buyer_account_name, show_url, logistics groups 2
 *   and 3 (`logistics_*_1`, `logistics_*_2`), it_b_pay, t_s_send_1, t_s_send_2, t_b_rec_post,
 *   token; and the parameters the create documents name outside that table: error_notify_url and
 *   item_orders_info (CR p7-8), agent and t_b_pay (the request sample, C p18), anti_phishing_key
 *   and exter_invoke_ip (the anti-phishing codes of C table 11-1).
 * - send_goods_confirm_by_platform, S table 4-1 (pp7-8): logistics_name, invoice_no,
 *   transport_type, create_transport_type, seller_ip (plus service, partner, _input_charset).
 * - single_trade_query (gateway/trade-query.ts): nothing beyond service, partner, _input_charset
 *   and the trade numbers.
 * - close_trade (gateway/close-trade.ts): out_order_no.
 *
 * Left out because messages carry them too (the tables above and the samples of C p26 and C p22):
 * out_trade_no, trade_no, subject, body, price, quantity, discount, total_fee, payment_type,
 * seller_id, seller_email, buyer_id, buyer_email, the first logistics group (logistics_type,
 * logistics_fee, logistics_payment) and receive_name, receive_address, receive_zip, receive_phone,
 * receive_mobile. `sign` and `sign_type` are in both and never signed.
 */
export const REQUEST_ONLY_PARAMS: readonly string[] = Object.freeze([
  // every signed request
  'service',
  'partner',
  '_input_charset',
  // create_partner_trade_by_buyer (C table 4-1)
  'notify_url',
  'return_url',
  'show_url',
  'seller_account_name',
  'buyer_account_name',
  'logistics_type_1',
  'logistics_fee_1',
  'logistics_payment_1',
  'logistics_type_2',
  'logistics_fee_2',
  'logistics_payment_2',
  'it_b_pay',
  't_s_send_1',
  't_s_send_2',
  't_b_rec_post',
  'token',
  // create, named outside table 4-1 (docs/internals/payment-request.md#parameters; CR p7-8, C p18, C table 11-1)
  'error_notify_url',
  'item_orders_info',
  'agent',
  't_b_pay',
  'anti_phishing_key',
  'exter_invoke_ip',
  // send_goods_confirm_by_platform (S table 4-1)
  'logistics_name',
  'invoice_no',
  'transport_type',
  'create_transport_type',
  'seller_ip',
  // close_trade (gateway/close-trade.ts)
  'out_order_no',
]);

const REQUEST_ONLY = new Set(REQUEST_ONLY_PARAMS);

/** True for a parameter only a request to Alipay has ({@link REQUEST_ONLY_PARAMS}). */
export function isRequestOnlyParam(name: string): boolean {
  return REQUEST_ONLY.has(name);
}
