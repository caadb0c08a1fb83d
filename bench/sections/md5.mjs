// MD5 of a 600-byte pre-sign string: our pure-TS md5Hex against node:crypto's native MD5.
// Result: md5_vs_node_crypto = ours ÷ node:crypto throughput (1 = as fast as native).

import { createHash } from 'node:crypto';
import { md5Hex } from '../../packages/core/dist/crypto/md5.js';

const SIZE = 600;

/**
 * A realistic thing to hash: the sorted create_partner_trade_by_buyer parameters joined with
 * `&` (UTF-8, with a Chinese subject and body) followed by the 32-character MD5 key, padded
 * through the `body` field to exactly SIZE bytes.
 */
function presignBytes() {
  const build = (filler) =>
    '_input_charset=utf-8' +
    `&body=春季新款纯棉T恤，男女同款，支持七天无理由退换。${filler}` +
    '&logistics_fee=10.00&logistics_payment=BUYER_PAY&logistics_type=EXPRESS' +
    '&notify_url=https://shop.example.com/alipay/notify' +
    '&out_trade_no=20261125143015000123&partner=2088101122136241&payment_type=1&price=128.00' +
    '&quantity=2&receive_address=浙江省杭州市西湖区文三路 100 号&receive_mobile=13800138000' +
    '&receive_name=张三&return_url=https://shop.example.com/alipay/return' +
    '&seller_email=seller@example.com&service=create_partner_trade_by_buyer&subject=纯棉T恤' +
    '760bdzec6y9goq7ctyx96ezkz78287de';
  const encoder = new TextEncoder();
  const missing = SIZE - encoder.encode(build('')).length;
  if (missing < 0) throw new Error(`md5 bench input is ${-missing} bytes over ${SIZE}`);
  const bytes = encoder.encode(build(' Size M, colour white.'.repeat(10).slice(0, missing)));
  if (bytes.length !== SIZE) throw new Error(`md5 bench input is ${bytes.length} bytes, want ${SIZE}`);
  return bytes;
}

export async function run(h) {
  const input = presignBytes();
  const expected = createHash('md5').update(input).digest('hex');
  if (md5Hex(input) !== expected) throw new Error('md5Hex disagrees with node:crypto on the bench input');

  const r = await h.compare(
    { name: 'md5Hex 600 B (ours)', fn: () => md5Hex(input) },
    { name: "node:crypto createHash('md5') hex", fn: () => createHash('md5').update(input).digest('hex') },
    { minMs: 3000, rounds: 9, warmupMs: 400 },
  );
  return { rows: r.rows, results: { md5_vs_node_crypto: r.ratio } };
}
