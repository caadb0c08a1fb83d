// The receiver entry as a user installs it: imports ONLY '@alipay-escrow/core/receiver' and then
// the plug-ins, never '@alipay-escrow/core' (which installs GBK and RSA). Reads signed notifications
// that the test wrote to receiver-input.json (built with the testing kit in the workspace), and
// prints one JSON line of what happened.
import { readFileSync } from 'node:fs';
import { createMemoryStore, createReceiver } from '@alipay-escrow/core/receiver';

const input = JSON.parse(readFileSync(new URL('./receiver-input.json', import.meta.url), 'utf8'));
const verified = async () => ({ outcome: 'verified', body: 'true', status: 200 });

function merchant(charset, keys) {
  return { partner: input.partner, keys, charset, seller: { id: input.sellerId } };
}

/** A receiver over a fresh memory store holding the order, and what the notification does to it. */
async function deliver(charset, keys, body, plugins) {
  const store = createMemoryStore();
  const at = new Date().toISOString();
  await store.createOrder({
    outTradeNo: input.outTradeNo,
    partner: input.partner,
    subject: '测试商品',
    payable: ['10.00'],
    sellerId: input.sellerId,
    sellerEmail: null,
    phase: 'created',
    tradeStatus: null,
    refundStatus: null,
    refundCycle: 0,
    noticeTime: null,
    tradeNo: null,
    totalFee: null,
    shipping: null,
    logisticsType: null,
    version: 0,
    createdAt: at,
    updatedAt: at,
  });
  const receiver = createReceiver({
    merchant: merchant(charset, keys),
    store,
    gateway: { notifyVerify: verified },
    ...(plugins ? { plugins } : {}),
  });
  const response = await receiver.handleNotify(
    new Request('https://shop.example.com/alipay/notify', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(body, 'base64'),
    }),
  );
  return { reply: await response.text(), phase: (await store.getOrder(input.outTradeNo))?.phase ?? null };
}

function refusal(charset, keys) {
  try {
    createReceiver({ merchant: merchant(charset, keys), store: createMemoryStore() });
    return 'accepted';
  } catch (error) {
    return `${error.code}:${error.field}`;
  }
}

const md5 = { signType: 'MD5', key: input.md5Key };
const rsaKeys = { signType: 'RSA', privateKey: input.rsa.privateKey, alipayPublicKey: input.rsa.publicKey };
const out = {
  utf8: await deliver('utf-8', md5, input.bodies.utf8),
  gbkWithout: refusal('gbk', md5),
  rsaWithout: refusal('utf-8', rsaKeys),
};
const { gbk } = await import('@alipay-escrow/core/gbk');
const { rsa } = await import('@alipay-escrow/core/rsa');
out.gbk = await deliver('gbk', md5, input.bodies.gbk, [gbk]);
out.rsa = await deliver('utf-8', rsaKeys, input.bodies.rsa, [rsa]);
console.log(JSON.stringify(out));
