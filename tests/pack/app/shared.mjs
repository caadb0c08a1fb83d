// What both apps share: a merchant, an escrow over a memory store whose gateway answers
// notify_verify in-process, and one signed notification sent to the running app. Imports only
// the installed packages (this folder is copied into a fresh project outside the workspace).
import { createEscrow, createGatewayClient, createMemoryStore } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';

const keys = { signType: 'MD5', key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' };
const merchant = {
  partner: '2088101122130001',
  keys,
  charset: 'utf-8',
  seller: { id: TEST_DEFAULTS.sellerId },
  notifyUrl: 'https://shop.example.com/alipay/notify',
  returnUrl: 'https://shop.example.com/alipay/return',
};

export function shopEscrow() {
  const gateway = createGatewayClient({ partner: merchant.partner, keys, charset: 'utf-8' });
  return createEscrow({
    merchant,
    store: createMemoryStore(),
    gateway: { ...gateway, notifyVerify: acceptingNotifyIds() },
  });
}

/** Seeds an order, POSTs its signed WAIT_SELLER_SEND_GOODS notification, prints one JSON line. */
export async function payOnce(escrow, notifyUrl) {
  await escrow.createPayment({
    outTradeNo: 'PACK-1',
    subject: '测试商品',
    price: '10.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
  const notice = await buildTestNotification({
    keys,
    outTradeNo: 'PACK-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '10.00',
  });
  const response = await fetch(notice.request(notifyUrl));
  const order = await escrow.getOrder('PACK-1');
  console.log(JSON.stringify({ status: response.status, body: await response.text(), phase: order?.phase ?? null }));
}
