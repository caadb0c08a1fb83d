// GBK encode of a 200-character Chinese string: our table encoder against iconv-lite.
// Result: gbk_encode_vs_iconv = ours ÷ iconv-lite throughput (> 1: ours is faster).

import { createRequire } from 'node:module';
import { encodeText } from '../../packages/core/dist/charset/index.js';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');

const LENGTH = 200;

/** Product text as a merchant would send it: common hanzi, no ASCII, exactly LENGTH characters. */
function chineseText() {
  const source =
    '春季新款纯棉恤男女同款支持七天无理由退换浙江省杭州市西湖区文三路号华星科技大厦张三测试商品' +
    '这是一段商品描述价格数量件备注说明附赠礼品包邮发货快递顺丰圆通中通申通韵达';
  let text = '';
  while (text.length < LENGTH) text += source;
  return text.slice(0, LENGTH);
}

function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

export async function run(h) {
  const text = chineseText();
  // The first call builds the table; time it on its own (it happens once per process).
  const t0 = performance.now();
  const first = encodeText(text, 'gbk');
  const buildMs = performance.now() - t0;
  if (hex(first) !== hex(iconv.encode(text, 'gbk')))
    throw new Error('encodeText disagrees with iconv-lite on the bench input');
  if (first.length !== 2 * LENGTH) throw new Error(`bench input encodes to ${first.length} bytes, want ${2 * LENGTH}`);

  const r = await h.compare(
    { name: `encodeText gbk ${LENGTH} hanzi (ours)`, fn: () => encodeText(text, 'gbk') },
    { name: "iconv-lite encode(…, 'gbk')", fn: () => iconv.encode(text, 'gbk') },
    { minMs: 3000, rounds: 9, warmupMs: 400 },
  );
  return {
    rows: [...r.rows, { name: `first call incl. table build: ${buildMs.toFixed(1)} ms` }],
    results: { gbk_encode_vs_iconv: r.ratio },
  };
}
