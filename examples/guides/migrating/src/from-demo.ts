/**
 * What replaces each part of Alipay's official escrow demo (PHP / Java, v3.3): the configuration,
 * the payment page, the branches of notify_url, the bare signature check, the send-goods call.
 * The comments name the demo's variables and functions each line takes over.
 */
import {
  createGatewayClient,
  verifyNotification,
  type Escrow,
  type EscrowHooks,
  type MerchantConfig,
  type OrderRecord,
} from '@alipay-escrow/core';
import type { NotifyIdChecker } from '@alipay-escrow/core/protocol';

export interface DemoAccount {
  partner: string;
  key: string;
  sellerEmail: string;
}

// #region config
export function merchantFromDemoConfig(account: DemoAccount): MerchantConfig {
  return {
    // $alipay_config['partner'] / AlipayConfig.partner
    partner: account.partner,
    // $alipay_config['key'] and ['sign_type']
    keys: { signType: 'MD5', key: account.key },
    // $alipay_config['input_charset']: keep the one your site uses
    charset: 'gbk',
    // $seller_email in alipayapi.php
    seller: { email: account.sellerEmail },
    // $notify_url and $return_url: new routes instead of notify_url.php and
    // return_url.php
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
  };
}
// #endregion config

export interface ShopOrder {
  no: string;
  subject: string;
  price: string;
  receiverName?: string;
  receiverAddress?: string;
}

// #region pay
/**
 * alipayapi.php / alipayapi.jsp: the page that sends the buyer to the cashier.
 */
export async function paymentPage(escrow: Escrow, order: ShopOrder): Promise<string> {
  const payment = await escrow.createPayment({
    outTradeNo: order.no, // $out_trade_no
    subject: order.subject, // $subject
    price: order.price, // $price
    quantity: 1, // $quantity
    // $logistics_type, $logistics_fee, $logistics_payment
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    // $receive_name, $receive_address
    receive: {
      name: order.receiverName ?? '',
      address: order.receiverAddress ?? '',
    },
  });
  // buildRequestForm($parameter, "get", "确认"), with every value HTML-escaped
  return payment.page({ method: 'get' });
}
// #endregion pay

/** Your order table: what the demo's "//请在这里加上商户的业务逻辑程序代码" did by hand. */
export interface OrderTable {
  markPaid(order: OrderRecord, idempotencyKey: string): Promise<void>;
  markShipped(order: OrderRecord, idempotencyKey: string): Promise<void>;
  markFinished(order: OrderRecord, idempotencyKey: string): Promise<void>;
  markClosed(order: OrderRecord, idempotencyKey: string): Promise<void>;
  recordRefund(order: OrderRecord, refundStatus: string, idempotencyKey: string): Promise<void>;
}

// #region hooks
/**
 * The `if ($_POST['trade_status'] == …)` branches of notify_url.php, as hooks.
 */
export function hooksFromDemoBranches(orders: OrderTable): EscrowHooks {
  return {
    // WAIT_SELLER_SEND_GOODS
    onPaid: ({ order, idempotencyKey }) => orders.markPaid(order, idempotencyKey),
    // WAIT_BUYER_CONFIRM_GOODS
    onShipped: ({ order, idempotencyKey }) => orders.markShipped(order, idempotencyKey),
    // TRADE_FINISHED
    onFinished: ({ order, idempotencyKey }) => orders.markFinished(order, idempotencyKey),
    // TRADE_CLOSED: fell into the demo's "其他状态判断" and was never handled
    onClosed: ({ order, idempotencyKey }) => orders.markClosed(order, idempotencyKey),
    // refund_status: the demo never read it
    onRefund: ({ order, detail, idempotencyKey }) => orders.recordRefund(order, detail ?? '', idempotencyKey),
  };
}
// #endregion hooks

// #region verify-only
/**
 * AlipayNotify->verifyNotify() / AlipayNotify.verify(params), for code that
 * keeps its own order logic: the raw POST body in, the decoded parameters out,
 * or null (then answer `fail`).
 */
export async function verifyNotifyBody(
  rawBody: Uint8Array,
  merchant: MerchantConfig,
  checkNotifyId: NotifyIdChecker = createGatewayClient(merchant).notifyVerify,
): Promise<Record<string, string> | null> {
  const result = await verifyNotification(rawBody, {
    keys: merchant.keys,
    charset: merchant.charset,
    checkNotifyId,
  });
  // result.code and result.hint say why not
  return result.valid ? result.params : null;
}
// #endregion verify-only

// #region ship
/**
 * The send-goods demo (send_goods_confirm_by_platform, alipayapi.php): confirm
 * the shipment.
 */
export async function confirmShipment(escrow: Escrow, orderNo: string, waybill: string): Promise<OrderRecord> {
  // $trade_no is looked up from the order; $logistics_name, $invoice_no,
  // $transport_type:
  return escrow.sendGoods(orderNo, {
    logisticsName: '顺丰速运',
    invoiceNo: waybill,
    transportType: 'EXPRESS',
  });
}
// #endregion ship
