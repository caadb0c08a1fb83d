// Full sign of a typical payment request and full verify of a typical notification, ours against
// a careful Node-only baseline written with node:crypto + iconv-lite (+ node:querystring's
// byte-level unescape), measured in the same run.
// Results: sign_vs_baseline, verify_vs_baseline (UTF-8), verify_gbk_vs_baseline.

import { createHash, timingSafeEqual } from 'node:crypto';
import { unescapeBuffer } from 'node:querystring';
import iconv from 'iconv-lite';
import { signParams } from '../../packages/core/dist/protocol/sign.js';
import { verifyNotification } from '../../packages/core/dist/protocol/verify-message.js';
import { formEncodePairs } from '../../packages/core/dist/protocol/form-encode.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const keys = { signType: 'MD5', key: KEY };

const request = {
  service: 'create_partner_trade_by_buyer',
  partner: '2088101122136241',
  _input_charset: 'utf-8',
  payment_type: '1',
  notify_url: 'https://shop.example.com/alipay/notify',
  return_url: 'https://shop.example.com/alipay/return',
  seller_id: '2088101122136241',
  out_trade_no: '20261125143015000123',
  subject: '纯棉T恤 男女同款',
  body: '春季新款纯棉T恤，支持七天无理由退换。',
  price: '128.00',
  quantity: '1',
  logistics_type: 'EXPRESS',
  logistics_fee: '10.00',
  logistics_payment: 'BUYER_PAY',
  receive_name: '张三',
  receive_address: '浙江省杭州市西湖区文三路100号',
  receive_mobile: '13800138000',
};

// A WAIT_SELLER_SEND_GOODS notification shaped like a real one (31 fields).
const notification = {
  discount: '0.00',
  payment_type: '1',
  subject: '纯棉T恤 男女同款',
  trade_no: '2026112521001004330200012345',
  buyer_email: 'buyer@example.com',
  gmt_create: '2026-11-25 14:30:15',
  notify_type: 'trade_status_sync',
  quantity: '1',
  out_trade_no: '20261125143015000123',
  seller_id: '2088101122136241',
  notify_time: '2026-11-25 14:31:02',
  body: '春季新款纯棉T恤，支持七天无理由退换。',
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  is_total_fee_adjust: 'N',
  total_fee: '138.00',
  gmt_payment: '2026-11-25 14:31:01',
  seller_email: 'seller@example.com',
  price: '128.00',
  buyer_id: '2088102122524333',
  notify_id: '70fec0c2730b27528665af4517c27b95',
  use_coupon: 'N',
  logistics_type: 'EXPRESS',
  logistics_fee: '10.00',
  logistics_payment: 'BUYER_PAY',
  receive_name: '张三',
  receive_address: '浙江省杭州市西湖区文三路100号',
  receive_zip: '310013',
  receive_phone: '0571-88158090',
  receive_mobile: '13800138000',
  gmt_logistics_modify: '2026-11-25 14:30:15',
};

const iconvName = (cs) => (cs === 'gbk' ? 'gbk' : 'utf8');

/** Baseline sign: filter, sort, join, encode once with iconv-lite, MD5 with node:crypto. */
function baselineSign(params, charset) {
  const presign = Object.keys(params)
    .filter((k) => params[k] !== '' && k !== 'sign' && k !== 'sign_type')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  const sign = createHash('md5')
    .update(iconv.encode(presign + KEY, iconvName(charset)))
    .digest('hex');
  return { presign, sign };
}

/** Baseline verify: split the raw body, unescape to bytes, sign over bytes, decode with iconv-lite. */
function baselineVerify(body, charset) {
  const text = body.toString('latin1');
  const pairs = [];
  let sign;
  for (const seg of text.split('&')) {
    const eq = seg.indexOf('=');
    const k = unescapeBuffer(seg.slice(0, eq), true).toString('latin1');
    const v = unescapeBuffer(seg.slice(eq + 1), true);
    if (k === 'sign') sign = v.toString('latin1');
    else if (k !== 'sign_type' && v.length > 0) pairs.push([k, v]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const parts = [];
  pairs.forEach(([k, v], i) => {
    parts.push(Buffer.from(`${i ? '&' : ''}${k}=`, 'latin1'), v);
  });
  parts.push(Buffer.from(KEY, 'latin1'));
  const expected = createHash('md5').update(Buffer.concat(parts)).digest();
  const given = Buffer.from(sign ?? '', 'hex');
  if (given.length !== 16 || !timingSafeEqual(expected, given)) return { valid: false };
  const params = {};
  for (const [k, v] of pairs) params[k] = iconv.decode(v, iconvName(charset));
  return { valid: true, params };
}

async function signedBody(params, charset) {
  const { sign } = await signParams(params, keys, { charset });
  return Buffer.from(
    formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', 'MD5']], charset),
    'latin1',
  );
}

export async function run(h) {
  const rows = [];
  const results = {};

  const ourSign = await signParams(request, keys, { charset: 'utf-8' });
  if (ourSign.sign !== baselineSign(request, 'utf-8').sign) throw new Error('sign disagrees with the baseline');
  const s = await h.compareAsync(
    { name: 'sign a payment request (ours)', fn: () => signParams(request, keys, { charset: 'utf-8' }) },
    { name: 'baseline: node:crypto + iconv-lite', fn: () => baselineSign(request, 'utf-8') },
    { minMs: 2000, rounds: 7 },
  );
  rows.push(...s.rows);
  results.sign_vs_baseline = s.ratio;

  for (const charset of ['utf-8', 'gbk']) {
    const body = await signedBody(notification, charset);
    const bytes = new Uint8Array(body);
    const options = { keys, charset, checkNotifyId: false };
    const ours = await verifyNotification(bytes, options);
    const base = baselineVerify(body, charset);
    if (!ours.valid || !base.valid || ours.params.receive_name !== base.params.receive_name) {
      throw new Error(`verify (${charset}) disagrees with the baseline`);
    }
    const v = await h.compareAsync(
      { name: `verify a ${charset} notification (ours)`, fn: () => verifyNotification(bytes, options) },
      { name: `baseline: node:crypto + iconv-lite (${charset})`, fn: () => baselineVerify(body, charset) },
      { minMs: 3000, rounds: 9 },
    );
    rows.push(...v.rows);
    results[charset === 'utf-8' ? 'verify_vs_baseline' : 'verify_gbk_vs_baseline'] = v.ratio;
  }
  return { rows, results };
}
